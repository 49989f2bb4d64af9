/**
 * Head nouns of offices: the word a title ends on ("Minister", "Secretary").
 * Matched case-sensitively on capitalized tokens; multi-word heads are
 * matched token by token by the title reader.
 */
export const officeHeads: readonly string[] = Object.freeze([
  'President', 'Vice-President', 'President-elect', 'Premier', 'Minister', 'Secretary', 'Secretary-General',
  'Ambassador', 'Chancellor', 'King', 'Queen', 'Prince', 'Princess', 'Emir', 'Amir', 'Sultan', 'Sheikh',
  'Emperor', 'Advisor', 'Adviser', 'Envoy', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Justice',
  'Attorney-General', 'General', 'Director', 'Director-General', 'Coordinator', 'Representative',
  'Senator', 'Governor', 'Commissioner', 'Chairman', 'Chairwoman', 'Chair', 'Chairperson', 'Taoiseach',
  'Tánaiste', 'Tanaiste', 'Counselor', 'Counsellor', 'Councilor', 'Councillor', 'Mayor', 'Commander',
  'Administrator', 'Head', 'Leader', 'Delegate', 'Consul', 'Chargé', 'Speaker', 'Officer', 'Chief',
  'Member', 'Deputy', 'Undersecretary', 'Under-Secretary', 'Congressman', 'Congresswoman',
  'Representative', 'Lieutenant', 'Admiral', 'Marshal', 'Colonel', 'Captain', 'Major', 'Sergeant',
  'Staff', 'Attaché', 'Negotiator', 'Sherpa', 'Registrar', 'Solicitor-General', 'Auditor-General',
  'Controller', 'Comptroller', 'Inspector-General', 'Mufti', 'Pope', 'Cardinal', 'Bishop', 'Rapporteur',
  'Ombudsman', 'Judge', 'Prosecutor', 'Executive', 'Principal'
])

/** Words that may stand before a head noun inside a title ("Deputy", "Foreign", "1st"). */
export const officeModifiers: readonly string[] = Object.freeze([
  'Former', 'Outgoing', 'Incoming', 'Then-', 'External', 'Internal', 'Overseas', 'Diaspora', 'Cabinet', 'Vice', 'Deputy', 'Principal', 'Assistant', 'Under', 'Senior', 'Acting', 'Interim', 'First', '1st',
  'Second', '2nd', 'Third', '3rd', 'Standing', 'Permanent', 'Chief', 'Special', 'Foreign', 'Defense',
  'Defence', 'National', 'Security', 'Executive', 'Joint', 'Prime', 'Crown', 'Grand', 'High', 'Lord',
  'Federal', 'State', 'Senior', 'Associate', 'Managing', 'Presidential', 'Royal', 'Trade', 'Finance',
  'Home', 'Interior', 'Justice', 'Economy', 'Economic', 'Health', 'Energy', 'Climate', 'Cabinet',
  'Parliamentary', 'Political', 'Military', 'Legal', 'Attorney', 'Commerce', 'Labor', 'Labour', 'Treasury',
  'Coordinating', 'Co', 'Co-', 'General', 'Party', 'Central', 'Committee', 'Commission', 'Bureau',
  'Council', 'Education', 'Agriculture', 'Transport', 'Army', 'Navy', 'Air', 'Force', 'Intelligence',
  'Consul', 'Emeritus', 'Minister-Counselor', 'Minister-Counsellor', 'Regional', 'Mission', 'Desk',
  'Country', 'Policy', 'Affairs', 'Public', 'Digital', 'Development', 'Information', 'Strategic',
  'Operations', 'Staff', 'Chiefs', 'Of', 'Foreign-Policy', 'Counterterrorism', 'Cyber', 'Space'
])

/**
 * Words that make up the domain of an office after "of", "for" or "to"
 * ("Secretary of Defense", "Minister for Home Affairs"). Words outside the
 * list may still be read as domain words by their suffix (-ies, -tion, …).
 */
export const officeDomains: readonly string[] = Object.freeze([
  'Affairs', 'Defense', 'Defence', 'State', 'Foreign', 'Home', 'Law', 'Justice', 'External', 'Diaspora', 'Overseas', 'Commonwealth', 'Europe', 'Interior', 'National', 'Security',
  'Treasury', 'Finance', 'Trade', 'Commerce', 'Industry', 'Energy', 'Health', 'Education', 'Interior',
  'Culture', 'Community', 'Youth', 'Digital', 'Development', 'Information', 'Policy', 'Arms', 'Control',
  'East', 'West', 'North', 'South', 'Asian', 'Pacific', 'Indo-Pacific', 'European', 'Eurasian', 'African',
  'Western', 'Hemisphere', 'Near', 'Eastern', 'Central', 'Civilian', 'Democracy', 'Human', 'Rights',
  'Legal', 'Department', 'Ministry', 'Army', 'Navy', 'Air', 'Force', 'Public', 'Expatriates',
  'Cooperation', 'Council', 'Society', 'Economic', 'Economy', 'Political', 'Military', 'Labor', 'Labour',
  'Agriculture', 'Environment', 'Climate', 'Transport', 'Transportation', 'Infrastructure', 'Tourism',
  'Planning', 'Budget', 'Management', 'Intelligence', 'Office', 'Staff', 'Chiefs', 'Joint', 'Federal',
  'Cabinet', 'Government', 'Relations', 'Resources', 'Natural', 'Water', 'Land', 'Housing', 'Urban',
  'Social', 'Welfare', 'Services', 'Science', 'Technology', 'Innovation', 'Research', 'Communications',
  'Media', 'Sports', 'Sport', 'Women', 'Family', 'Children', 'Veterans', 'Homeland', 'Manpower',
  'Investment', 'Business', 'Enterprise', 'Enterprises', 'Small', 'Medium', 'Fisheries', 'Oceans',
  'Maritime', 'Mines', 'Mining', 'Oil', 'Gas', 'Petroleum', 'Power', 'Electricity', 'Unification',
  'Gender', 'Equality', 'Local', 'Regional', 'Rural', 'Territories', 'Administration', 'Reform', 'Reforms',
  'Council', 'Bureau', 'Commission', 'Committee', 'Party', 'Assembly', 'Parliament', 'Senate', 'House',
  'Representatives', 'Nations', 'Union', 'General', 'Secretary-General', 'Permanent',
  'Mission', 'Operations', 'Strategy', 'Strategic', 'Counterterrorism', 'Terrorism', 'Cyber', 'Space',
  'Emerging', 'Critical', 'Nonproliferation', 'Proliferation', 'International', 'Global', 'Multilateral',
  'Consular', 'Diplomatic', 'Protocol', 'Peace', 'Stability', 'Crime', 'Criminal', 'Drug', 'Drugs',
  'Narcotics', 'Enforcement', 'Migration', 'Immigration', 'Refugees', 'Population', 'Humanitarian',
  'Assistance', 'Aid', 'Disaster', 'Emergency', 'Civil', 'Protection', 'Police', 'Prisons', 'Courts',
  'Judiciary', 'Legislative', 'Constitutional', 'Religious', 'Heritage', 'Arts', 'Information',
  'Broadcasting', 'Statistics', 'Revenue', 'Customs', 'Taxation', 'Monetary', 'Bank', 'Reserve',
  'Coordination', 'Europe', 'Asia', 'Americas', 'Africa', 'Mideast', 'Gulf', 'Arctic', 'Baltic',
  'Balkans', 'Caucasus', 'Sahel', 'Horn', 'Great', 'Lakes', 'Korea', 'Ukraine', 'Economic',
  'Economics', 'Energy', 'Environment', 'Secretariat', 'Sea', 'Ocean', 'Indian', 'Persian',
  'Political-Military', 'Elections', 'Electoral', 'Ethics', 'Integrity', 'Anti-Corruption', 'Corruption',
  'Trafficking', 'Persons', 'Labor', 'Standards', 'Quality', 'Food', 'Safety', 'Medical', 'Pharmaceutical',
  'Supply', 'Chain', 'Chains', 'Semiconductors', 'Quantum', 'Artificial', 'Intelligence', 'Biotechnology',
  'Nuclear', 'Atomic', 'Missile', 'Weapons', 'Disarmament', 'Verification', 'Compliance', 'Implementation',
  'Audit', 'Accounts', 'Treasury', 'Fiscal', 'Affairs', 'the', 'The'
])

/** Honorifics and styles, stripped from names and kept in `rank`. Longest first wins. */
export const honorifics: readonly string[] = Object.freeze([
  'His Royal Highness', 'Her Royal Highness', 'His Majesty', 'Her Majesty', 'His Highness', 'Her Highness',
  'His Excellency', 'Her Excellency', 'His Holiness', 'H.E.', 'H.M.', 'H.H.', 'H.R.H.', 'HE', 'HRH',
  "YB Dato' Seri", "Dato' Seri", "Datuk Seri", "Dato' Sri", "Tan Sri Dato'", 'Tan Sri', "Dato'", 'Datuk',
  'Dato', 'Datin', "Puan Sri", 'Tun', 'Toh Puan', 'YB', 'YBhg', 'YAB', 'YAM', 'Pehin', 'Dasho', 'Sheikha',
  'The Honourable', 'The Honorable', 'The Hon.', 'Hon.', 'Hon', 'The Right Honourable', 'Rt. Hon.',
  'Shri', 'Shrimati', 'Smt.', 'Smt', 'Sri', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Mx.', 'Dr.', 'Dr', 'Prof.', 'Prof', 'Professor',
  'Sir', 'Dame', 'Lord', 'Lady', 'M.', 'Mme', 'Mme.', 'Madame', 'Monsieur', 'Herr', 'Frau', 'Señor',
  'Senora', 'Señora', 'Ambassador-at-Large', 'Rev.', 'Reverend', 'Sen.', 'Rep.', 'Gov.'
])

/** Military ranks, stripped from names and kept in `rank`. */
export const militaryRanks: readonly string[] = Object.freeze([
  'Brig. Gen.', 'Maj. Gen.', 'Lt. Gen.', 'Lt. Col.', 'Lt. Cmdr.', 'Rear Adm.', 'Vice Adm.', 'Gen.', 'Adm.',
  'Col.', 'Capt.', 'Cmdr.', 'Lt.', 'Maj.', 'Sgt.', 'Cpl.', 'Brigadier General', 'Major General',
  'Lieutenant General', 'Lieutenant Colonel', 'Rear Admiral', 'Vice Admiral', 'Air Chief Marshal',
  'Air Marshal', 'Field Marshal', 'General', 'Admiral', 'Colonel', 'Commodore'
])

/** Post-nominals and suffixes kept in names ("Jr.", "III", "SC"). */
export const nameSuffixes: readonly string[] = Object.freeze([
  'Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'SC', 'S.C.', 'KC', 'K.C.', 'QC',
  'Q.C.', 'MP', 'OBE', 'CBE', 'KBE', 'PhD', 'Ph.D.', 'Esq.', 'PC'
])

/** Lower-case particles that may sit inside a name ("Staffan de Mistura"). */
export const nameParticles: readonly string[] = Object.freeze([
  'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'bin',
  'binti', 'bint', 'ibn', 'al', 'el', 'la', 'le', 'y', 'e', 'ben', 'a/l', 'a/p'
])

/** Abbreviated titles and the office they stand for ("SMS Edwin Tong"). */
export const titleAbbreviations: Readonly<Record<string, string>> = Object.freeze({
  SMS: 'Senior Minister of State',
  MOS: 'Minister of State',
  NSA: 'National Security Advisor',
  PM: 'Prime Minister',
  DPM: 'Deputy Prime Minister',
  FM: 'Foreign Minister',
  SecState: 'Secretary of State',
  SecDef: 'Secretary of Defense',
  AG: 'Attorney General',
  'A-G': 'Attorney-General',
  CJ: 'Chief Justice',
  USTR: 'United States Trade Representative',
  PS: 'Permanent Secretary'
})

/**
 * Offices that do not exist in a publisher's country: an official with such a
 * title and no stated country is foreign ("Prime Minister" in a U.S. release).
 */
export const foreignOffices: Readonly<Record<string, readonly string[]>> = Object.freeze({
  US: ['Prime Minister', 'Minister', 'King', 'Queen', 'Chancellor', 'Premier', 'Emir', 'Amir', 'Sultan', 'Taoiseach', 'Tánaiste', 'Prince', 'Emperor', 'Sheikh', 'Foreign Secretary', 'Vice Premier', 'Crown Prince', 'Grand Duke']
})
