import { Settings } from 'typebox/system'

// Turns typebox's error list into one readable line per problem. Raw, a bad enum value
// yields one 'must be equal to constant' per member plus an anyOf line, and an unknown
// key yields both 'schema is false' and 'must not have additional properties'.

/**
 * typebox buffers at most 8 errors by default (a guard against huge diagnostics), and a
 * bad category alone spends 17. Only values that already failed Check get here, one
 * scenario at a time, so the cap is raised for the duration of one synchronous pass and
 * restored before anything else can run.
 */
const MAX_ERRORS = 64

interface SchemaError {
  readonly instancePath: string
  readonly message: string
  readonly keyword?: string
  readonly params: unknown
}

interface Checker {
  Errors (value: unknown): Iterable<SchemaError>
}

/** 'sequence.2.role: must be one of system, user, assistant, tool' */
export function schemaProblems (check: Checker, value: unknown): string[] {
  const previous = Settings.Get().maxErrors
  let errors: SchemaError[]
  Settings.Set({ maxErrors: MAX_ERRORS })
  try {
    errors = [...check.Errors(value)]
  } finally {
    Settings.Set({ maxErrors: previous })
  }
  const unionPaths = new Set(errors.filter(e => e.keyword === 'anyOf').map(e => e.instancePath))
  const allowed = new Map<string, string[]>()
  const out: string[] = []
  for (const e of errors) {
    const p = e.params as { allowedValue?: unknown, additionalProperties?: string[], requiredProperties?: string[] }
    if (e.keyword === 'boolean') continue
    if (e.keyword === 'const' && unionPaths.has(e.instancePath)) {
      const list = allowed.get(e.instancePath) ?? []
      list.push(String(p.allowedValue))
      allowed.set(e.instancePath, list)
      continue
    }
    const path = pathText(e.instancePath)
    if (e.keyword === 'anyOf') {
      const values = allowed.get(e.instancePath)
      out.push(`${path}: ${values === undefined ? e.message : `must be one of ${values.join(', ')}`}`)
    } else if (p.additionalProperties !== undefined) {
      out.push(`${path}: unknown field(s) ${p.additionalProperties.join(', ')}`)
    } else if (p.requiredProperties !== undefined) {
      out.push(`${path}: missing field(s) ${p.requiredProperties.join(', ')}`)
    } else {
      out.push(`${path}: ${e.message}`)
    }
  }
  return [...new Set(out)]
}

function pathText (instancePath: string): string {
  return instancePath === '' ? '(root)' : instancePath.slice(1).replaceAll('/', '.')
}
