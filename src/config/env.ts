// INFERSHIELD_* variables and the config paths they override. The only place that knows
// variable names; load.ts applies them. An unknown INFERSHIELD_* variable is an error, so
// a typo does not silently leave a default in force.

export type EnvParser = 'string' | 'integer' | 'number' | 'boolean' | 'list' | 'workers'

export interface EnvBinding {
  readonly path: readonly string[]
  readonly parse: EnvParser
}

export const ENV_BINDINGS: Readonly<Record<string, EnvBinding>> = Object.freeze({
  INFERSHIELD_HOST: { path: ['server', 'host'], parse: 'string' },
  INFERSHIELD_PORT: { path: ['server', 'port'], parse: 'integer' },
  INFERSHIELD_ADMIN_HOST: { path: ['server', 'adminHost'], parse: 'string' },
  INFERSHIELD_ADMIN_PORT: { path: ['server', 'adminPort'], parse: 'integer' },
  INFERSHIELD_MAX_BODY_BYTES: { path: ['server', 'maxBodyBytes'], parse: 'integer' },
  INFERSHIELD_ALLOW_JS_FALLBACK: { path: ['server', 'allowJsFallback'], parse: 'boolean' },
  INFERSHIELD_SHUTDOWN_GRACE_MS: { path: ['server', 'shutdownGraceMs'], parse: 'integer' },
  INFERSHIELD_API_KEYS: { path: ['auth', 'apiKeys'], parse: 'list' },
  INFERSHIELD_UPSTREAM_URL: { path: ['upstream', 'url'], parse: 'string' },
  INFERSHIELD_UPSTREAM_API_KEY: { path: ['upstream', 'apiKey'], parse: 'string' },
  INFERSHIELD_UPSTREAM_TIMEOUT_MS: { path: ['upstream', 'timeoutMs'], parse: 'integer' },
  INFERSHIELD_UPSTREAM_CONNECTIONS: { path: ['upstream', 'connections'], parse: 'integer' },
  INFERSHIELD_MOCK_LATENCY_MS: { path: ['mock', 'latencyMs'], parse: 'integer' },
  INFERSHIELD_MOCK_ECHO: { path: ['mock', 'echo'], parse: 'boolean' },
  INFERSHIELD_WORKERS: { path: ['workers', 'count'], parse: 'workers' },
  INFERSHIELD_WORKER_MAX_QUEUE: { path: ['workers', 'maxQueue'], parse: 'integer' },
  INFERSHIELD_WORKER_MAX_QUEUE_WAIT_MS: { path: ['workers', 'maxQueueWaitMs'], parse: 'integer' },
  INFERSHIELD_SESSION_STORE: { path: ['session', 'store'], parse: 'string' },
  INFERSHIELD_SESSION_TTL_SECONDS: { path: ['session', 'ttlSeconds'], parse: 'integer' },
  INFERSHIELD_SESSION_HISTORY: { path: ['session', 'historyWindow'], parse: 'integer' },
  INFERSHIELD_SESSION_CACHE_MAX: { path: ['session', 'cacheMaxSessions'], parse: 'integer' },
  INFERSHIELD_SESSION_CACHE_MAX_BYTES: { path: ['session', 'cacheMaxBytes'], parse: 'integer' },
  INFERSHIELD_REDIS_URL: { path: ['session', 'redisUrl'], parse: 'string' },
  INFERSHIELD_RATE_LIMIT_ENABLED: { path: ['rateLimit', 'enabled'], parse: 'boolean' },
  INFERSHIELD_RATE_LIMIT_RPS: { path: ['rateLimit', 'requestsPerSecond'], parse: 'number' },
  INFERSHIELD_RATE_LIMIT_BURST: { path: ['rateLimit', 'burst'], parse: 'integer' },
  INFERSHIELD_RATE_LIMIT_STORE: { path: ['rateLimit', 'store'], parse: 'string' },
  INFERSHIELD_RATE_LIMIT_ON_STORE_UNAVAILABLE: { path: ['rateLimit', 'onStoreUnavailable'], parse: 'string' },
  INFERSHIELD_RATE_LIMIT_REDIS_TIMEOUT_MS: { path: ['rateLimit', 'redisTimeoutMs'], parse: 'integer' },
  INFERSHIELD_REDIS_CLUSTER_NODES: { path: ['session', 'redisClusterNodes'], parse: 'list' },
  INFERSHIELD_REDIS_TIMEOUT_MS: { path: ['session', 'redisTimeoutMs'], parse: 'integer' },
  INFERSHIELD_SESSION_ON_UNAVAILABLE: { path: ['session', 'onUnavailable'], parse: 'string' },
  INFERSHIELD_REDIS_ENTRY_FORMAT: { path: ['session', 'redisEntryFormat'], parse: 'integer' },
  INFERSHIELD_RISK_THRESHOLD: { path: ['detection', 'blockThreshold'], parse: 'number' },
  INFERSHIELD_FLAG_THRESHOLD: { path: ['detection', 'flagThreshold'], parse: 'number' },
  INFERSHIELD_TOOL_DEFINITIONS: { path: ['detection', 'toolDefinitions'], parse: 'string' },
  INFERSHIELD_OUTPUT_PII: { path: ['output', 'pii'], parse: 'string' },
  INFERSHIELD_OUTPUT_SECRETS: { path: ['output', 'secrets'], parse: 'string' },
  INFERSHIELD_OUTPUT_EXFILTRATION: { path: ['output', 'exfiltration'], parse: 'string' },
  INFERSHIELD_OUTPUT_SYSTEM_PROMPT_LEAK: { path: ['output', 'systemPromptLeak'], parse: 'string' },
  INFERSHIELD_CANARY_MODE: { path: ['output', 'canary', 'mode'], parse: 'string' },
  INFERSHIELD_CANARY_SECRET: { path: ['output', 'canary', 'secret'], parse: 'string' },
  INFERSHIELD_LOG_LEVEL: { path: ['log', 'level'], parse: 'string' },
  INFERSHIELD_LOG_INCLUDE_CONTENT: { path: ['log', 'includeContent'], parse: 'boolean' },
  INFERSHIELD_ADMIN_TOKEN: { path: ['admin', 'token'], parse: 'string' },
})

/** Variables that select things rather than override a config path. */
export const ENV_META = Object.freeze(['INFERSHIELD_CONFIG'])

export type Parsed = { ok: true, value: unknown } | { ok: false, problem: string }

export function parseEnvValue (raw: string, parser: EnvParser): Parsed {
  switch (parser) {
    case 'string': return { ok: true, value: raw }
    case 'list': return { ok: true, value: raw.split(',').map(s => s.trim()).filter(s => s.length > 0) }
    case 'boolean':
      if (/^(1|true|yes|on)$/i.test(raw)) return { ok: true, value: true }
      if (/^(0|false|no|off)$/i.test(raw)) return { ok: true, value: false }
      return { ok: false, problem: `expected a boolean (true/false), got '${raw}'` }
    case 'integer':
      return /^-?\d{1,15}$/.test(raw.trim()) ? { ok: true, value: Number(raw) } : { ok: false, problem: `expected an integer, got '${raw}'` }
    case 'number': {
      const n = Number(raw)
      return raw.trim() !== '' && Number.isFinite(n) ? { ok: true, value: n } : { ok: false, problem: `expected a number, got '${raw}'` }
    }
    case 'workers':
      if (raw.trim() === 'auto') return { ok: true, value: 'auto' }
      return parseEnvValue(raw, 'integer')
  }
}
