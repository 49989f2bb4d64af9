/**
 * One outcome action: the verbs that express it, its normalized kind, and the
 * CAMEO event code (Conflict and Mediation Event Observations, Gerner et al.,
 * version 1.1b3) that event-data research uses for it.
 */
export interface ActionEntry {
  /** Normalized kind, e.g. `"reaffirm"`. */
  readonly kind: string
  /** CAMEO code, e.g. `"030"`. */
  readonly cameo: string
  /** CAMEO name of the code. */
  readonly label: string
  /** Base forms of the verbs (phrasal verbs with a space: `"call on"`). */
  readonly verbs: readonly string[]
}

/** The outcome action table. Documented in `docs/outcomes.md`. */
export const actions: readonly ActionEntry[] = Object.freeze([
  {kind: 'reaffirm', cameo: '030', label: 'Express intent to cooperate', verbs: ['reaffirm', 'reiterate', 'affirm', 'recommit', 'renew', 'confirm', 'restate', 'reassert']},
  {kind: 'agree', cameo: '030', label: 'Express intent to cooperate', verbs: ['agree', 'decide', 'resolve', 'concur', 'consent', 'accept']},
  {kind: 'commit', cameo: '030', label: 'Express intent to cooperate', verbs: ['commit', 'pledge', 'vow', 'promise', 'undertake', 'dedicate', 'aim', 'intend', 'plan', 'seek', 'strive', 'envision', 'aspire', 'hope', 'resolve']},
  {kind: 'cooperate', cameo: '030', label: 'Express intent to cooperate', verbs: ['cooperate', 'collaborate', 'work', 'coordinate', 'strengthen', 'enhance', 'deepen', 'expand', 'promote', 'build', 'advance', 'continue', 'develop', 'pursue', 'bolster', 'broaden', 'boost', 'foster', 'facilitate', 'improve', 'increase', 'intensify', 'leverage', 'maintain', 'partner', 'prioritize', 'reinforce', 'scale', 'accelerate', 'align', 'harmonize', 'integrate', 'mobilize', 'modernize', 'protect', 'safeguard', 'secure', 'sustain', 'support', 'uphold', 'help', 'enable', 'ensure', 'explore', 'invest', 'implement', 'mitigate', 'prepare', 'pave', 'complement', 'connect', 'convene', 'engage', 'look', 'stand', 'step', 'take', 'modify', 'reduce', 'remove', 'suspend', 'retain', 'adopt', 'apply', 'combat', 'counter', 'deter', 'respond', 'tackle', 'reach', 'bring', 'rebuild', 'grow', 'underpin', 'drive', 'catalyze', 'train', 'host', 'assist']},
  {kind: 'establish', cameo: '030', label: 'Express intent to cooperate', verbs: ['establish', 'create', 'set up', 'launch', 'found', 'form', 'stand up', 'inaugurate', 'initiate', 'institute', 'open', 'introduce', 'unveil', 'designate', 'appoint', 'name', 'nominate']},
  {kind: 'discuss', cameo: '040', label: 'Consult', verbs: ['discuss', 'talk', 'review', 'consult', 'exchange', 'explore', 'examine', 'consider', 'assess', 'evaluate', 'deliberate', 'address', 'share', 'raise', 'brief', 'update', 'detail', 'outline', 'present', 'describe', 'cover', 'afford', 'focus', 'touch']},
  {kind: 'condemn', cameo: '111', label: 'Criticize or denounce', verbs: ['condemn', 'denounce', 'criticize', 'criticise', 'deplore', 'decry', 'censure', 'rebuke', 'slam', 'blame']},
  {kind: 'accuse', cameo: '112', label: 'Accuse', verbs: ['accuse', 'charge', 'allege']},
  {kind: 'express-concern', cameo: '012', label: 'Make pessimistic comment', verbs: ['worry', 'fear', 'lament', 'regret', 'mourn']},
  {kind: 'welcome', cameo: '051', label: 'Praise or endorse', verbs: ['welcome', 'commend', 'praise', 'applaud', 'congratulate', 'laud', 'hail', 'celebrate', 'endorse', 'appreciate', 'thank', 'salute', 'honor', 'honour', 'recognize', 'recognise', 'acknowledge', 'value', 'embrace', 'back', 'champion', 'admire']},
  {kind: 'announce', cameo: '010', label: 'Make public statement', verbs: ['announce', 'release', 'publish', 'issue', 'declare', 'proclaim', 'report', 'disclose', 'unveil']},
  {kind: 'emphasize', cameo: '010', label: 'Make public statement', verbs: ['emphasize', 'emphasise', 'underscore', 'stress', 'highlight', 'underline', 'note', 'state', 'observe', 'point', 'express', 'convey', 'voice', 'reflect', 'remark', 'mention', 'indicate', 'explain', 'clarify', 'assert', 'maintain', 'recall', 'stress', 'include', 'offer', 'extend', 'pay', 'assure', 'inform', 'recount']},
  {kind: 'sign', cameo: '057', label: 'Sign formal agreement', verbs: ['sign', 'conclude', 'ratify', 'initial', 'countersign', 'finalize', 'finalise', 'enter']},
  {kind: 'call-on', cameo: '020', label: 'Make an appeal or request', verbs: ['call on', 'call for', 'call upon', 'urge', 'appeal', 'request', 'ask', 'invite', 'encourage', 'press']},
  {kind: 'demand', cameo: '100', label: 'Demand', verbs: ['demand', 'insist', 'require']},
  {kind: 'oppose', cameo: '120', label: 'Reject', verbs: ['oppose', 'reject', 'refuse', 'resist', 'deny', 'dismiss', 'object']},
  {kind: 'warn', cameo: '130', label: 'Threaten', verbs: ['warn', 'threaten', 'caution']},
  {kind: 'provide-aid', cameo: '070', label: 'Provide aid', verbs: ['provide', 'donate', 'deliver', 'give', 'allocate', 'fund', 'grant', 'contribute', 'supply', 'send', 'dispatch', 'disburse', 'commit']},
  {kind: 'meet', cameo: '040', label: 'Consult', verbs: ['meet', 'hold', 'gather', 'convene', 'sit', 'speak', 'call', 'visit', 'travel', 'tour', 'receive', 'attend', 'participate', 'join', 'lead', 'chair', 'co-chair', 'witness', 'arrive']},
  {kind: 'negotiate', cameo: '046', label: 'Engage in negotiation', verbs: ['negotiate', 'mediate', 'broker', 'settle']},
  {kind: 'look-forward', cameo: '036', label: 'Express intent to meet or negotiate', verbs: ['look forward', 'anticipate', 'await']}
])

/** Verbs that only establish a meeting: a sentence whose main verb is one of these is not an outcome. */
export const establishingVerbs: readonly string[] = Object.freeze([
  'meet', 'hold', 'convene', 'gather', 'speak', 'call', 'visit', 'travel', 'arrive', 'participate', 'attend',
  'join', 'lead', 'host', 'receive', 'take', 'sit', 'launch', 'co-chair', 'chair', 'open', 'kick',
  'hold', 'tour', 'witness', 'accompany', 'pay', 'come', 'go', 'return', 'depart', 'conduct', 'organize',
  'organise', 'mark', 'commemorate', 'attract', 'follow', 'precede', 'last'
])

/** Verbs that neither report an outcome nor establish a meeting ("The meeting followed ..."). */
export const backgroundVerbs: readonly string[] = Object.freeze(['follow', 'precede', 'last', 'mark', 'commemorate', 'attract'])

/** Verbs of saying whose sentences are quotations, not outcomes. */
export const quotationVerbs: readonly string[] = Object.freeze(['say', 'tell', 'add', 'quip', 'write'])

/** Irregular verb forms: form → base. */
export const irregularForms: Readonly<Record<string, string>> = Object.freeze({
  met: 'meet', held: 'hold', spoke: 'speak', spoken: 'speak', took: 'take', taken: 'take', led: 'lead',
  gave: 'give', given: 'give', sent: 'send', sat: 'sit', saw: 'see', seen: 'see', made: 'make',
  said: 'say', told: 'tell', began: 'begin', begun: 'begin', brought: 'bring', built: 'build',
  sought: 'seek', stood: 'stand', set: 'set', put: 'put', came: 'come', went: 'go', gone: 'go',
  undertook: 'undertake', undertaken: 'undertake', wrote: 'write', written: 'write', drove: 'drive',
  driven: 'drive', grew: 'grow', grown: 'grow', paid: 'pay', laid: 'lay', found: 'found', knew: 'know',
  known: 'know', underwent: 'undergo', forgave: 'forgive', rebuilt: 'rebuild', understood: 'understand',
  withdrew: 'withdraw', kept: 'keep', felt: 'feel', left: 'leave', heard: 'hear', thought: 'think',
  became: 'become', become: 'become', won: 'win', lost: 'lose', shared: 'share', fled: 'flee',
  broke: 'break', broken: 'break', chose: 'choose', chosen: 'choose', drew: 'draw', drawn: 'draw',
  foresaw: 'foresee', foreseen: 'foresee', upheld: 'uphold', withheld: 'withhold', forgone: 'forgo',
  'set up': 'set up', 'stood up': 'stand up', 'called on': 'call on'
})

/** Auxiliaries and modals: skipped before the main verb. */
export const auxiliaries: Readonly<Record<string, 'future' | 'intent' | 'done' | 'copula'>> = Object.freeze({
  will: 'future', shall: 'future', would: 'future', 'll': 'future',
  can: 'intent', could: 'intent', may: 'intent', might: 'intent', must: 'intent', should: 'intent',
  have: 'done', has: 'done', had: 'done', do: 'done', does: 'done', did: 'done', having: 'done',
  is: 'copula', are: 'copula', was: 'copula', were: 'copula', be: 'copula', been: 'copula', being: 'copula',
  am: 'copula'
})

/** Copular verbs: "remain committed" is a state, not an outcome, in prose. */
export const copulas: readonly string[] = Object.freeze(['be', 'remain', 'stay', 'seem', 'appear', 'become'])

/** Adverbs that modify an action and are kept in `modifiers`. */
export const adverbs: readonly string[] = Object.freeze([
  'strongly', 'firmly', 'jointly', 'also', 'further', 'again', 'both', 'together', 'fully', 'warmly',
  'deeply', 'unequivocally', 'resolutely', 'steadfastly', 'once', 'each', 'all', 'separately', 'publicly',
  'formally', 'officially', 'collectively', 'mutually', 'closely', 'actively', 'additionally', 'previously',
  'recently', 'already', 'still', 'then', 'subsequently', 'repeatedly', 'consistently', 'explicitly',
  'clearly', 'emphatically', 'categorically', 'vigorously', 'sincerely', 'readily', 'swiftly', 'quickly',
  'immediately', 'promptly', 'thus', 'far', 'thereby', 'accordingly', 'likewise', 'similarly', 'not',
  'never', 'today', 'yesterday', 'bilaterally', 'trilaterally', 'virtually', 'briefly', 'just', 'only',
  'moreover', 'furthermore', 'particularly', 'especially', 'notably', 'specifically', 'ultimately',
  'reportedly', 'therefore', 'thus', 'hence', 'however', 'accordingly', 'nonetheless', 'nevertheless', 'indeed'
])

/** Verbs of intent: "aim to", "seek to" make the modality `intent`. */
export const intentVerbs: readonly string[] = Object.freeze(['aim', 'seek', 'intend', 'plan', 'hope', 'strive', 'aspire', 'envision', 'expect', 'wish', 'want', 'endeavor', 'endeavour'])
