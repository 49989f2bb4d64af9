// Generators of hostile inputs of a given size: the categories of cmark's
// pathological tests (test/pathological_tests.py in commonmark/cmark,
// rewritten here from their descriptions), the inputs known to make micromark
// slow, and HTML that makes HTML-to-mdast conversion deep or slow.
// Used by scripts/bench-robust.mjs, scripts/smoke.mjs and test/robust.test.ts.

/**
 * Repeat `unit` until the result is about `bytes` long.
 *
 * @param {string} unit
 * @param {number} bytes
 * @returns {string}
 */
function fill(unit, bytes) {
  return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)))
}

/**
 * Repeat `before` and `after` around `middle`, `n` times each, with `n` chosen
 * for about `bytes` in all.
 *
 * @param {string} before
 * @param {string} middle
 * @param {string} after
 * @param {number} bytes
 * @returns {string}
 */
function around(before, middle, after, bytes) {
  const count = Math.max(1, Math.floor(bytes / (before.length + after.length)))
  return before.repeat(count) + middle + after.repeat(count)
}

/** Markdown categories: name → generator of about `bytes` bytes. */
export const markdownCategories = {
  'nested strong emph': (bytes) => around('*a **a ', 'b', ' a** a*', bytes),
  'many emph closers with no openers': (bytes) => fill('a_ ', bytes),
  'many emph openers with no closers': (bytes) => fill('_a ', bytes),
  'many 3-emph openers with no closers': (bytes) => fill('a***', bytes),
  'many link closers with no openers': (bytes) => fill('a]', bytes),
  'many link openers with no closers': (bytes) => fill('[a', bytes),
  'mismatched openers and closers': (bytes) => fill('*a_ ', bytes),
  'emph openers then mismatched closers': (bytes) => fill('*a ', bytes / 2) + fill('_a*_ ', bytes / 2),
  'openers and closers multiple of 3': (bytes) => 'a**b' + fill('c* ', bytes),
  'link openers and emph closers': (bytes) => fill('[ a_', bytes),
  'pattern [ (]( repeated': (bytes) => fill('[ (](', bytes),
  'pattern ![[]() repeated': (bytes) => fill('![[]()', bytes),
  'nested brackets': (bytes) => around('[', 'a', ']', bytes),
  'nested block quotes': (bytes) => fill('> ', bytes) + 'a',
  'deeply nested lists': (bytes) => {
    let text = ''
    for (let depth = 0; text.length < bytes; depth++) text += '  '.repeat(depth) + '* a\n'
    return text
  },
  'U+0000 in input': (bytes) => fill('abc\u0000de\u0000\n', bytes),
  backticks: (bytes) => {
    let text = ''
    for (let size = 1; text.length < bytes; size++) text += 'e' + '`'.repeat(size)
    return text
  },
  'unclosed links A': (bytes) => fill('[a](<b', bytes),
  'unclosed links B': (bytes) => fill('[a](b', bytes),
  'unclosed <!--': (bytes) => '</' + fill('<!--', bytes),
  'unclosed <?': (bytes) => fill('a <?', bytes),
  'unclosed <![CDATA[': (bytes) => fill('a <![CDATA[', bytes),
  'tables': (bytes) => 'aaa\tbbb\n-:\t-\n' + fill('xxx\tyyy\n', bytes),
  'many references': (bytes) => {
    let text = ''
    for (let index = 1; text.length < bytes / 2; index++) text += `[${index}]: u\n`
    return text + fill('[0] [1] ', bytes / 2)
  },
  'quote list flood': (bytes) => fill('> - ', bytes),
  'nested quote lists per line': (bytes) => fill('> - > - > - > - > - > - > - > - x\n', bytes),
  'nested list items': (bytes) => fill('- a item words\n  - nested item words\n', bytes),
  'emphasis marker flood': (bytes) => fill('*a_', bytes),
  'entity flood': (bytes) => fill('&amp;&#x2019;&bogus;&', bytes),
  'ampersands without semicolons': (bytes) => fill('&', bytes),
  'inline html flood': (bytes) => fill('<span a="b">', bytes),
  'raw html ampersands': (bytes) => '<div>\n' + fill('&', bytes)
}

/** HTML categories for `parseHtmlRelease`. */
export const htmlCategories = {
  'nested divs': (bytes) => around('<div>', 'Minister Sato met Minister Dubois.', '</div>', bytes),
  'unclosed nested divs': (bytes) => fill('<div>', bytes) + 'x',
  'nested lists': (bytes) => fill('<ul><li>', bytes) + 'x',
  'nested blockquotes': (bytes) => fill('<blockquote>', bytes) + 'x',
  'unclosed bold': (bytes) => fill('<b>', bytes) + 'x',
  'distinct formatting': (bytes) => {
    let text = ''
    for (let index = 0; text.length < bytes / 2; index++) text += `<b c${index}>`
    return text + fill('<p>x</p>', bytes / 2)
  },
  'formatting reopened in blocks': (bytes) => fill('<div><b><i><u><s>', bytes / 2) + fill('</div>x', bytes / 2),
  'nested tables': (bytes) => fill('<table><tr><td>', bytes) + 'x',
  'link flood': (bytes) => fill('<a href=x>', bytes) + 'x',
  'strike flood': (bytes) => fill('<del>a<p>b</p>', bytes),
  'span flood': (bytes) => fill('<span>a</span>', bytes),
  'empty inline flood': (bytes) => fill('<b></b>', bytes) + 'x',
  'blank inline flood': (bytes) => fill('<em> </em><i><u>\n</u></i>', bytes) + 'x',
  'comment flood': (bytes) => fill('<!-- a -->', bytes),
  'script flood': (bytes) => fill('<script>alert(1)</script><p>x</p>', bytes),
  'entity flood': (bytes) => fill('&amp;&#x2019;&bogus;&', bytes),
  'ampersands without semicolons': (bytes) => fill('&', bytes)
}
