// Types of the generated standalone validator (see scripts/build-validator.mjs).

/** One validation error, as ajv reports it. */
interface ValidationError {
  instancePath: string
  schemaPath: string
  keyword: string
  params: Record<string, unknown>
  message?: string
}

/** Validate a value against the Release schema; errors are on `validate.errors`. */
declare const validate: {
  (data: unknown): boolean
  errors?: ValidationError[] | null
}

export = validate
