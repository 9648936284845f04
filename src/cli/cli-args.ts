import { parseArgs, type ParseArgsConfig } from 'node:util'

// Option parsing for the project's scripts (src/cli and perf/ both use it): --help prints
// the usage, and a bad option exits 2 with the usage instead of a stack trace.

export type Values = Record<string, string | boolean | undefined>

export function parse (options: NonNullable<ParseArgsConfig['options']>, usage: string, argv = process.argv.slice(2)): Values {
  try {
    const { values } = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean' } }, strict: true, allowPositionals: false })
    if (values.help === true) {
      process.stdout.write(`${usage}\n`)
      process.exit(0)
    }
    return values as Values
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${usage}\n`)
    process.exit(2)
  }
}

/** A number option within [min, max]; exits with usage on anything else. */
export function num (values: Values, name: string, fallback: number, min: number, max: number): number {
  const raw = values[name]
  if (raw === undefined) return fallback
  const n = Number(raw)
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    process.stderr.write(`--${name} must be a number from ${min} to ${max}, got '${String(raw)}'\n`)
    process.exit(2)
  }
  return n
}

export function str (values: Values, name: string, fallback: string): string {
  const raw = values[name]
  return typeof raw === 'string' ? raw : fallback
}
