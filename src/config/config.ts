import type { ConfigInput } from './schema.js'

/**
 * The resolved, frozen configuration the process runs with. It differs from the file
 * format where resolving removes ambiguity: API keys exist only as hashes, the worker
 * count is a number, and the upstream is either a real URL or the built-in mock.
 */
export type Auth =
  | { readonly mode: 'open' }
  | { readonly mode: 'keys', readonly keyHashes: readonly Buffer[] }

export type Upstream =
  | { readonly kind: 'mock', readonly latencyMs: number, readonly echo: boolean }
  | { readonly kind: 'remote', readonly url: string }

export interface Config {
  readonly server: ConfigInput['server']
  readonly auth: Auth
  readonly upstream: Upstream & { readonly apiKey: string, readonly timeoutMs: number, readonly connections: number }
  readonly workers: { readonly count: number, readonly maxQueue: number }
  readonly session: ConfigInput['session']
  readonly detection: ConfigInput['detection']
  readonly output: ConfigInput['output']
  readonly log: ConfigInput['log']
  readonly admin: ConfigInput['admin']
}

export class ConfigError extends Error {
  readonly problems: readonly string[]
  constructor (problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map(p => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
    this.problems = problems
  }
}
