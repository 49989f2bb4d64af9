// The bundle-size floor (.size-limit.cjs): what any Markdown-based release
// parser of this design must ship. unified + remark-parse + mdast-util-to-string
// + three date-fns functions, as measured in the tooling notes.
export {unified} from 'unified'
export {default as remarkParse} from 'remark-parse'
export {toString} from 'mdast-util-to-string'
export {format, isValid, parse} from 'date-fns'
