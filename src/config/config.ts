import type { ConfigInput } from './schema.js'

/**
 * The resolved, frozen configuration the process runs with. It differs from the file
 * format where resolving removes ambiguity: API keys exist only as hashes, the worker
 * count is a number, and the upstream is either a real URL or the built-in mock.
 */
export type Auth =
  | { readonly mode: 'open' }
  | { readonly mode: 'keys', readonly keys: readonly KeyEntry[] }

/** A configured API key as the process keeps it: its hash and the tenant it authenticates as. */
export interface KeyEntry {
  readonly hash: Buffer
  readonly tenant: string
}

/** The tenant of an unlabelled key: derived from its hash, so the raw key is never needed. */
export function tenantOfHash (keyHash: Buffer): string {
  return `key-${keyHash.subarray(0, 8).toString('hex')}`
}

/** The tenant of every request when the gateway runs open (no API keys). */
export const OPEN_TENANT = 'default'

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
