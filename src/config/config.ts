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

// The tenant of an unlabelled key (derived from its hash) and of an open gateway.
export { tenantOf as tenantOfHash, OPEN_TENANT } from './api-key.js'

export type Upstream =
  | { readonly kind: 'mock', readonly latencyMs: number, readonly echo: boolean }
  | { readonly kind: 'remote', readonly url: string }

/** Tokens per second and bucket capacity of one API key. */
export interface RateLimitRule {
  readonly ratePerSecond: number
  readonly burst: number
}

export type RateLimitBackend =
  | { readonly kind: 'memory' }
  | { readonly kind: 'redis', readonly target: { readonly url: string } | { readonly clusterNodes: readonly string[], readonly credentialsFrom: string }, readonly timeoutMs: number, readonly onUnavailable: 'local' | 'fail-open' | 'fail-closed' }

/** Rate limiting with 'auto' resolved and every override complete; `null` rule = exempt key. */
export type RateLimit =
  | { readonly enabled: false }
  | {
    readonly enabled: true
    readonly rule: RateLimitRule
    readonly overrides: Readonly<Record<string, RateLimitRule | null>>
    readonly backend: RateLimitBackend
  }

export interface Config {
  readonly server: ConfigInput['server']
  readonly auth: Auth
  readonly upstream: Upstream & { readonly apiKey: string, readonly timeoutMs: number, readonly connections: number }
  readonly workers: { readonly count: number, readonly maxQueue: number, readonly maxQueueWaitMs: number }
  readonly session: ConfigInput['session']
  readonly rateLimit: RateLimit
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
