import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { extname } from 'node:path'
import { Compile } from 'typebox/compile'
import Value from 'typebox/value'
import { parse as parseYaml } from 'yaml'
import { hashKey } from './api-key.js'
import { crossFieldProblems } from './checks.js'
import { ConfigError, tenantOfHash, type Config, type KeyEntry, type RateLimit } from './config.js'
import { ENV_BINDINGS, ENV_META, parseEnvValue } from './env.js'
import { ConfigSchema, type ConfigInput } from './schema.js'

export { hashKey }

const check = Compile(ConfigSchema)

export interface LoadOptions {
  readonly env?: NodeJS.ProcessEnv
  /** A config file; defaults to INFERSHIELD_CONFIG. */
  readonly file?: string
  /** Ignore the environment (check-config of a file on its own). */
  readonly ignoreEnv?: boolean
}

/**
 * file → env overrides → defaults → compiled check → cross-field rules → resolve → freeze.
 * Every problem is collected with its path before failing, so an operator fixes a broken
 * config in one pass rather than one error per restart.
 */
export function loadConfig (opts: LoadOptions = {}): Config {
  const env = opts.env ?? process.env
  const problems: string[] = []
  const file = opts.file ?? (opts.ignoreEnv === true ? undefined : env.INFERSHIELD_CONFIG)
  const raw: Record<string, unknown> = file === undefined || file === '' ? {} : readConfigFile(file, problems)
  if (opts.ignoreEnv !== true) applyEnv(raw, env, problems)
  const input = Value.Default(ConfigSchema, raw) as ConfigInput
  for (const e of check.Errors(input)) problems.push(`${pathOf(e.instancePath, e.params)}: ${e.message}`)
  if (problems.length > 0) throw new ConfigError(problems)
  problems.push(...crossFieldProblems(input))
  if (problems.length > 0) throw new ConfigError(problems)
  return deepFreeze(resolve(input))
}

function readConfigFile (file: string, problems: string[]): Record<string, unknown> {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    problems.push(`config file ${file}: ${(err as Error).message}`)
    return {}
  }
  try {
    const parsed: unknown = extname(file) === '.json' ? JSON.parse(text) : parseYaml(text)
    if (parsed === null || parsed === undefined) return {}
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
      problems.push(`config file ${file}: the top level must be an object`)
      return {}
    }
    return parsed as Record<string, unknown>
  } catch (err) {
    problems.push(`config file ${file}: cannot parse: ${(err as Error).message}`)
    return {}
  }
}

function applyEnv (target: Record<string, unknown>, env: NodeJS.ProcessEnv, problems: string[]): void {
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('INFERSHIELD_') || value === undefined) continue
    const binding = ENV_BINDINGS[name]
    if (binding === undefined) {
      if (!ENV_META.includes(name)) problems.push(`${name}: unknown variable`)
      continue
    }
    const parsed = parseEnvValue(value, binding.parse)
    if (!parsed.ok) {
      problems.push(`${name} (${binding.path.join('.')}): ${parsed.problem}`)
      continue
    }
    let node = target
    for (const key of binding.path.slice(0, -1)) {
      const next = node[key]
      if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {}
      node = node[key] as Record<string, unknown>
    }
    node[binding.path[binding.path.length - 1] as string] = parsed.value
  }
}

function pathOf (instancePath: string, params: unknown): string {
  const base = instancePath === '' ? '' : instancePath.slice(1).replaceAll('/', '.')
  // For "required"/"additionalProperties" the offending key is in params, not the path.
  const p = params as { additionalProperties?: string[], requiredProperties?: string[] }
  const extra = p.additionalProperties?.join(',') ?? p.requiredProperties?.join(',')
  if (extra !== undefined) return base === '' ? extra : `${base}.${extra}`
  return base === '' ? '(root)' : base
}

function keyEntryOf (k: ConfigInput['auth']['apiKeys'][number]): KeyEntry {
  const hash = hashKey(typeof k === 'string' ? k : k.key)
  return { hash, tenant: typeof k === 'string' ? tenantOfHash(hash) : k.tenant }
}

function resolve (c: ConfigInput): Config {
  const upstream = c.upstream.url === ''
    ? { kind: 'mock' as const, latencyMs: c.mock.latencyMs, echo: c.mock.echo }
    // The lookbehind keeps the trim linear on a long run of slashes.
    : { kind: 'remote' as const, url: c.upstream.url.replace(/(?<!\/)\/+$/, '') }
  return {
    server: c.server,
    auth: c.auth.apiKeys.length === 0 ? { mode: 'open' } : { mode: 'keys', keys: c.auth.apiKeys.map(keyEntryOf) },
    upstream: { ...upstream, apiKey: c.upstream.apiKey, timeoutMs: c.upstream.timeoutMs, connections: c.upstream.connections },
    workers: { count: c.workers.count === 'auto' ? autoWorkers(availableParallelism()) : c.workers.count, maxQueue: c.workers.maxQueue, maxQueueWaitMs: c.workers.maxQueueWaitMs },
    session: c.session,
    rateLimit: resolveRateLimit(c),
    detection: c.detection,
    output: c.output,
    log: c.log,
    admin: c.admin,
  }
}

function resolveRateLimit (c: ConfigInput): RateLimit {
  const r = c.rateLimit
  if (!r.enabled) return { enabled: false }
  const store = r.store === 'auto' ? c.session.store : r.store
  const overrides: Record<string, { ratePerSecond: number, burst: number } | null> = {}
  for (const [tenant, o] of Object.entries(r.overrides)) {
    overrides[tenant] = o.enabled === false ? null : { ratePerSecond: o.requestsPerSecond ?? r.requestsPerSecond, burst: o.burst ?? r.burst }
  }
  return {
    enabled: true,
    rule: { ratePerSecond: r.requestsPerSecond, burst: r.burst },
    overrides,
    backend: store === 'memory' ? { kind: 'memory' } : { kind: 'redis', target: c.session.redisClusterNodes.length > 0 ? { clusterNodes: c.session.redisClusterNodes, credentialsFrom: c.session.redisUrl } : { url: c.session.redisUrl }, timeoutMs: r.redisTimeoutMs, onUnavailable: r.onStoreUnavailable },
  }
}

function deepFreeze<T> (o: T): T {
  if (o !== null && typeof o === 'object' && !Object.isFrozen(o) && !Buffer.isBuffer(o)) {
    for (const v of Object.values(o)) deepFreeze(v)
    Object.freeze(o)
  }
  return o
}

/**
 * `workers: auto`: one shard per core but one, which the main thread keeps for parsing,
 * relaying and logging. Measured on 2 cores (docs/performance.md, "The design measured"):
 * one worker had the best throughput, two 13% less, inline 17% less.
 */
export function autoWorkers (cores: number): number {
  return Math.max(1, cores - 1)
}
