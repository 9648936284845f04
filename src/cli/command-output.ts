import { writeFileSync } from 'node:fs'
import { StartupError } from '../app.js'
import { ConfigError } from '../config/config.js'
import { EngineConfigError } from '../detection/engine.js'
import { CorpusError } from '../replay/load-corpus.js'

// What the report-producing commands (replay, fuzz) share: how a report reaches stdout
// or a --json file, and which failures are the user's (exit 2, one line) rather than bugs.

export interface Io {
  readonly stdout: { write (s: string): unknown }
  readonly stderr: { write (s: string): unknown }
}

export class UsageError extends Error {}

/** Writes the table (or JSON, for --json -) to stdout and the JSON to a --json file. Returns 2 when the file cannot be written, else 0. */
export function emitReport (io: Io, command: string, report: unknown, table: string, json: string | null): number {
  const text = `${JSON.stringify(report, null, 2)}\n`
  io.stdout.write(json === '-' ? text : table)
  if (json === null || json === '-') return 0
  try {
    writeFileSync(json, text)
    return 0
  } catch (err) {
    io.stderr.write(`infershield ${command}: cannot write --json ${json}: ${(err as Error).message}\n`)
    return 2
  }
}

/** Exit status for a failure the user can fix (bad arguments, corpus or configuration); rethrows anything else. */
export function exitForFailure (err: unknown, io: Io, command: string, usage: string): number {
  if (err instanceof UsageError) {
    io.stderr.write(`infershield ${command}: ${err.message}\n${usage}\n`)
    return 2
  }
  if (err instanceof CorpusError || err instanceof ConfigError || err instanceof StartupError || err instanceof EngineConfigError) {
    io.stderr.write(`infershield ${command}: ${err.message}\n`)
    return 2
  }
  throw err
}
