// ESLint flat config: TypeScript recommended rules and regex safety.
// `regexp/no-super-linear-backtracking` and `regexp/no-super-linear-move` are
// errors: every regex in src/ must run in linear time (see docs/security.md).
import js from '@eslint/js'
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {ignores: ['dist/**', 'coverage/**', 'docs/**', 'node_modules/**', 'test/generated/**']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error'
    }
  }
)
