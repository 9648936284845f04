import Type, { type Static } from 'typebox'

// The single source of truth for configuration. Every field has a description and a
// default; objects reject unknown keys so a typo is an error, not a silent default.
// docs/configuration.md is generated from this schema (npm run docs:config).

const Strict = { additionalProperties: false } as const

export const ServerSchema = Type.Object({
  host: Type.String({ default: '127.0.0.1', description: 'Address the public API listens on. Without API keys only a loopback address is allowed.' }),
  port: Type.Integer({ minimum: 0, maximum: 65535, default: 8080, description: 'Public API port (0 picks a free port).' }),
  adminHost: Type.String({ default: '127.0.0.1', description: 'Address of the admin port (/metrics, /admin/*).' }),
  adminPort: Type.Integer({ minimum: 0, maximum: 65535, default: 9090, description: 'Admin port (0 picks a free port).' }),
  maxBodyBytes: Type.Integer({ minimum: 1024, maximum: 67108864, default: 1048576, description: 'Largest accepted request body; larger bodies get 413 payload_too_large without being buffered.' }),
  allowJsFallback: Type.Boolean({ default: false, description: 'Start even when the native uWebSockets.js binary failed to load and the slow pure-JS fallback is in use.' }),
  securityContact: Type.String({ minLength: 1, default: 'mailto:security@infershield.dev', description: 'Contact line of /.well-known/security.txt (RFC 9116): where to report vulnerabilities in this deployment.' }),
  securityPolicyUrl: Type.String({ minLength: 1, default: 'https://infershield.dev/security', description: 'Policy line of /.well-known/security.txt.' }),
  shutdownGraceMs: Type.Integer({ minimum: 0, maximum: 600000, default: 15000, description: 'On SIGTERM/SIGINT, how long in-flight requests and streams may take to finish before the process exits.' }),
}, { ...Strict, default: {}, description: 'Listening sockets and request limits.' })

const ApiKey = Type.String({ minLength: 16, maxLength: 256 })

/** A tenant label: what operators write under detection.tenants. `key-` is reserved for unlabelled keys. */
export const TENANT_LABEL = '^(?!key-)[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'

export const LabelledKeySchema = Type.Object({
  key: Type.String({ minLength: 16, maxLength: 256, description: 'The API key (hashed at load).' }),
  tenant: Type.String({ pattern: TENANT_LABEL, description: 'Tenant this key belongs to. Keys with the same tenant share sessions and detection.tenants overrides.' }),
}, Strict)

export const AuthSchema = Type.Object({
  apiKeys: Type.Array(Type.Union([ApiKey, LabelledKeySchema]), { default: [], description: 'Gateway API keys accepted as "Authorization: Bearer <key>": a key, or {key, tenant} to give it a tenant name that detection.tenants can address (unlabelled keys get the tenant "key-<hash prefix>"). Empty: the gateway runs open as tenant "default", and only on a loopback address. Keys are hashed at load; only hashes are kept and logged.' }),
}, { ...Strict, default: {}, description: 'Client authentication.' })

export const UpstreamSchema = Type.Object({
  url: Type.String({ default: '', description: 'Base URL of the OpenAI-compatible provider, e.g. https://api.openai.com/v1. Empty: the built-in mock provider is started in-process.' }),
  apiKey: Type.String({ default: '', description: 'Key sent to the provider as "Authorization: Bearer". The client\'s gateway key is never forwarded.' }),
  timeoutMs: Type.Integer({ minimum: 100, maximum: 600000, default: 60000, description: 'Time allowed for the provider to send response headers, and between body chunks; past it the client gets 504 upstream_timeout.' }),
  connections: Type.Integer({ minimum: 1, maximum: 4096, default: 128, description: 'Keep-alive connections in the upstream pool.' }),
}, { ...Strict, default: {}, description: 'The provider requests are forwarded to.' })

export const MockSchema = Type.Object({
  latencyMs: Type.Integer({ minimum: 0, maximum: 60000, default: 0, description: 'Latency the in-process mock provider adds to each response.' }),
  echo: Type.Boolean({ default: false, description: 'The mock provider answers with the last user message (to see output handling).' }),
}, { ...Strict, default: {}, description: 'The built-in mock provider, used when upstream.url is empty.' })

export const WorkersSchema = Type.Object({
  count: Type.Union([Type.Integer({ minimum: 0, maximum: 256 }), Type.Literal('auto')], { default: 'auto', description: 'Detection shards, one worker thread each; "auto" = number of cores minus one (at least 1: the main thread keeps a core for HTTP); 0 = evaluate inline on the main thread.' }),
  maxQueue: Type.Integer({ minimum: 1, maximum: 1000000, default: 4096, description: 'Requests waiting per shard before new ones get 503 overloaded.' }),
  maxQueueWaitMs: Type.Integer({ minimum: 1, maximum: 600000, default: 10000, description: 'A request that waited longer than this for its detection shard gets 503 overloaded instead of being evaluated late (load shedding).' }),
}, { ...Strict, default: {}, description: 'Session-sharded detection workers.' })

export const SessionSchema = Type.Object({
  store: Type.Union([Type.Literal('memory'), Type.Literal('redis')], { default: 'memory', description: 'Where session state lives.' }),
  ttlSeconds: Type.Integer({ minimum: 1, maximum: 2592000, default: 3600, description: 'A session expires this long after its last action.' }),
  historyWindow: Type.Integer({ minimum: 1, maximum: 1000, default: 50, description: 'Recent actions kept per session for chain analysis (the total count is kept forever).' }),
  cacheMaxSessions: Type.Integer({ minimum: 1, maximum: 10000000, default: 100000, description: 'Sessions held in each shard\'s hot cache (LRU).' }),
  cacheMaxBytes: Type.Integer({ minimum: 1048576, maximum: 68719476736, default: 268435456, description: 'Approximate bytes of session state held in each shard\'s hot cache (LRU).' }),
  redisUrl: Type.String({ default: 'redis://127.0.0.1:6379', description: 'Redis URL when store is "redis" and no cluster nodes are given (redis:// or rediss://; user and password may be in the URL).' }),
  redisClusterNodes: Type.Array(Type.String({ pattern: '^[^\\s:]+:\\d{1,5}$' }), { default: [], description: 'Redis Cluster seed nodes as host:port. Non-empty: the store connects to the cluster (credentials and TLS from redisUrl) instead of a single server.' }),
  redisTimeoutMs: Type.Integer({ minimum: 10, maximum: 60000, default: 250, description: 'Time a Redis command may take before the store counts Redis as unavailable for that request.' }),
  onUnavailable: Type.Union([Type.Literal('fail-open'), Type.Literal('fail-closed')], { default: 'fail-open', description: 'When Redis is unavailable: "fail-open" serves from each shard\'s hot cache (cross-instance view lost, actions reconciled later); "fail-closed" answers 503 not_ready.' }),
  redisEntryFormat: Type.Union([Type.Literal(2), Type.Literal(3)], { default: 3, description: 'Format of the session entries this instance writes to Redis (it reads 1, 2 and 3). 3 takes about a third less Redis memory; set 2 while a rolling upgrade from a release that cannot read 3 is under way (docs/upgrading.md).' }),
}, { ...Strict, default: {}, description: 'Session state.' })

const RequestsPerSecond = { minimum: 0.001, maximum: 1000000 } as const
const Burst = { minimum: 1, maximum: 1000000 } as const

export const RateLimitOverrideSchema = Type.Object({
  enabled: Type.Optional(Type.Boolean({ description: 'false exempts this key from rate limiting.' })),
  requestsPerSecond: Type.Optional(Type.Number({ ...RequestsPerSecond, description: 'Replaces rateLimit.requestsPerSecond for this key.' })),
  burst: Type.Optional(Type.Integer({ ...Burst, description: 'Replaces rateLimit.burst for this key.' })),
}, Strict)

export const RateLimitSchema = Type.Object({
  enabled: Type.Boolean({ default: false, description: 'Limit requests per API key (token bucket) on /v1/chat/completions and /v1/analyze; over the limit: 429 rate_limited with Retry-After. See docs/rate-limiting.md.' }),
  requestsPerSecond: Type.Number({ ...RequestsPerSecond, default: 10, description: 'Sustained rate per API key: tokens added to its bucket per second (fractions allowed: 0.5 = 30 per minute).' }),
  burst: Type.Integer({ ...Burst, default: 20, description: 'Bucket capacity: requests a key may send at once after being idle.' }),
  store: Type.Union([Type.Literal('auto'), Type.Literal('memory'), Type.Literal('redis')], { default: 'auto', description: 'Where buckets live: "memory" = per instance, "redis" = shared by every instance (session.redisUrl), "auto" = redis when session.store is redis, else memory.' }),
  onStoreUnavailable: Type.Union([Type.Literal('local'), Type.Literal('fail-open'), Type.Literal('fail-closed')], { default: 'local', description: 'When Redis cannot answer: "local" = enforce the same limits per instance in memory, "fail-open" = do not limit, "fail-closed" = 503 not_ready.' }),
  redisTimeoutMs: Type.Integer({ minimum: 1, maximum: 10000, default: 250, description: 'A rate-limit call to Redis slower than this counts as Redis unavailable for that request.' }),
  overrides: Type.Record(Type.String(), RateLimitOverrideSchema, { default: {}, description: 'Per-key limits by tenant id (the `tenant` of decision log lines: the key\'s label from auth.apiKeys when it has one, keys sharing a label sharing one bucket; otherwise "key-" + 16 hex digits of the key\'s SHA-256; "default" when the gateway runs without keys).' }),
}, { ...Strict, default: {}, description: 'Rate limiting per API key.' })

export const PolicyOverrideSchema = Type.Object({
  enabled: Type.Optional(Type.Boolean({ description: 'false disables the policy.' })),
  weight: Type.Optional(Type.Number({ minimum: 0, maximum: 2, description: 'Replaces the policy\'s default weight.' })),
  params: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'Policy parameters; see GET /admin/policies for each schema.' })),
}, Strict)

/** Routes that evaluate requests, by the name used in metrics and detection.routes. */
export const ROUTE_IDS = ['chat_completions', 'analyze'] as const
export type RouteId = typeof ROUTE_IDS[number]

const ROLES = ['system', 'developer', 'user', 'assistant', 'tool'] as const

export const LayerPolicySchema = Type.Object({
  enabled: Type.Optional(Type.Boolean({ description: 'false disables the policy in this scope; true re-enables it.' })),
  weight: Type.Optional(Type.Number({ minimum: 0, maximum: 2, description: 'Replaces the policy\'s weight in this scope.' })),
}, Strict)

export const AllowlistEntrySchema = Type.Object({
  name: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$', description: 'Shown in explanations, logs and metrics; defaults to the entry\'s scope and position.' })),
  exact: Type.Optional(Type.String({ minLength: 3, maxLength: 512, description: 'Text that is allowed where it appears (matched on normalized text).' })),
  pattern: Type.Optional(Type.String({ minLength: 1, maxLength: 512, description: 'A regular expression run by the linear-time engine; patterns it cannot run in linear time are rejected at load.' })),
  ignoreCase: Type.Optional(Type.Boolean({ description: 'Match regardless of case (patterns are then matched against lower-cased text: write them in lower case).' })),
  policies: Type.Optional(Type.Array(Type.String(), { maxItems: 64, description: 'Only findings of these policy ids are allowed (default: every policy).' })),
  categories: Type.Optional(Type.Array(Type.String(), { maxItems: 16, description: 'Only findings of these categories are allowed.' })),
  roles: Type.Optional(Type.Array(Type.Union(ROLES.map(r => Type.Literal(r))), { maxItems: 5, description: 'Only in messages of these roles (e.g. [system] for your own prompt).' })),
}, Strict)

const OverrideLayerFields = {
  blockThreshold: Type.Optional(Type.Number({ minimum: 0, maximum: 100, description: 'Block threshold in this scope.' })),
  flagThreshold: Type.Optional(Type.Number({ minimum: 0, maximum: 100, description: 'Flag threshold in this scope.' })),
  mode: Type.Optional(Type.Union([Type.Literal('enforce'), Type.Literal('monitor')], { description: '"monitor": what would be blocked is forwarded and flagged (would_block) instead.' })),
  policies: Type.Optional(Type.Record(Type.String(), LayerPolicySchema, { description: 'Per-policy enable/weight by policy id.' })),
  categories: Type.Optional(Type.Record(Type.String(), LayerPolicySchema, { description: 'Enable/weight for every policy of a category.' })),
  allowlist: Type.Optional(Type.Array(AllowlistEntrySchema, { maxItems: 256, description: 'Allowlist entries added in this scope.' })),
}

// One optional layer per route; `satisfies` fails the build when ROUTE_IDS and this drift.
const routeLayers = {
  chat_completions: Type.Optional(Type.Object(OverrideLayerFields, { ...Strict, description: 'Overrides for POST /v1/chat/completions.' })),
  analyze: Type.Optional(Type.Object(OverrideLayerFields, { ...Strict, description: 'Overrides for POST /v1/analyze.' })),
} satisfies Record<RouteId, unknown>

function routeOverrides (options: Record<string, unknown>) {
  return Type.Object(routeLayers, { ...Strict, ...options })
}

export const TenantOverrideSchema = Type.Object({
  ...OverrideLayerFields,
  routes: Type.Optional(routeOverrides({ description: 'Overrides for this tenant on one route.' })),
}, Strict)

export const DetectionSchema = Type.Object({
  blockThreshold: Type.Number({ minimum: 0, maximum: 100, default: 80, description: 'Risk score at or above which a request is blocked.' }),
  flagThreshold: Type.Number({ minimum: 0, maximum: 100, default: 50, description: 'Risk score at or above which a request is forwarded but flagged.' }),
  sessionBoostMax: Type.Number({ minimum: 0, maximum: 2, default: 0.5, description: 'Largest extra factor applied to new findings in a session with recent flagged or blocked turns.' }),
  sessionBoostDecayTurns: Type.Integer({ minimum: 1, maximum: 1000, default: 10, description: 'Turns after which an earlier incident no longer boosts the score.' }),
  maxMessageChars: Type.Integer({ minimum: 256, maximum: 4194304, default: 65536, description: 'Characters of each message that are scanned; the rest is cut and the cut is reported.' }),
  maxTotalChars: Type.Integer({ minimum: 1024, maximum: 16777216, default: 262144, description: 'Characters scanned per request over all messages.' }),
  maxDecodeDepth: Type.Integer({ minimum: 0, maximum: 8, default: 3, description: 'Nesting depth of encodings (base64 inside URL-encoding, …) that is decoded.' }),
  maxDecodedSegments: Type.Integer({ minimum: 0, maximum: 1024, default: 32, description: 'Decoded payloads scanned per request.' }),
  minEncodedLength: Type.Integer({ minimum: 4, maximum: 1024, default: 16, description: 'Shortest run of characters that is tried as an encoded payload.' }),
  policies: Type.Record(Type.String(), PolicyOverrideSchema, { default: {}, description: 'Per-policy overrides by policy id.' }),
  toolDefinitions: Type.Union([Type.Literal('flag'), Type.Literal('block'), Type.Literal('off')], { default: 'flag', description: 'The request\'s tool definitions (tools, functions) are read as untrusted tool text, to catch instructions hidden in them (tool poisoning). "flag": findings there flag the request (forwarded, logged) but cannot block it alone; "block": they block like any finding; "off": definitions are not read. See docs/detection.md §1.' }),
  mode: Type.Union([Type.Literal('enforce'), Type.Literal('monitor')], { default: 'enforce', description: '"monitor": requests that score at or above the block threshold are forwarded and flagged (would_block) instead of blocked.' }),
  categories: Type.Record(Type.String(), LayerPolicySchema, { default: {}, description: 'Enable/weight for every policy of a category, by category name; a policy\'s own setting wins. See docs/policy-overrides.md.' }),
  allowlist: Type.Array(AllowlistEntrySchema, { default: [], maxItems: 1024, description: 'Text ({exact} or {pattern}) whose findings are dropped, optionally only for some policies, categories or roles. See docs/policy-overrides.md.' }),
  allowlistMaxMatchChars: Type.Integer({ minimum: 16, maximum: 4096, default: 512, description: 'An allowlist match longer than this allows nothing: it bounds how much text one entry can cover.' }),
  routes: routeOverrides({ default: {}, description: 'Overrides per route (chat_completions, analyze) for every tenant: thresholds, mode, policies, categories, allowlist.' }),
  tenants: Type.Record(Type.String(), TenantOverrideSchema, { default: {}, description: 'Overrides per tenant name (auth.apiKeys tenant labels), with their own routes; layered global → route → tenant → tenant route.' }),
}, { ...Strict, default: {}, description: 'Detection thresholds, scanning bounds, policy overrides and allowlists.' })

const OutputAction = (def: 'redact' | 'block' | 'flag', what: string) => Type.Union([Type.Literal('redact'), Type.Literal('block'), Type.Literal('flag'), Type.Literal('off')], {
  default: def,
  description: `What to do with ${what} in a provider's answer: "redact" (replace with [REDACTED:<kind>]), "block" (withhold the answer with response_blocked, or cut the stream), "flag" (relay unchanged, log and record), "off" (do not scan).`,
})

export const CanarySchema = Type.Object({
  mode: Type.Union([Type.Literal('off'), Type.Literal('system-prompt'), Type.Literal('always')], { default: 'off', description: 'Plant a per-session canary line in the system prompt forwarded to the provider: "system-prompt" when the request has a system or developer message, "always" (adds a system message when there is none), "off".' }),
  secret: Type.String({ default: '', description: 'HMAC key the canary is derived from (per tenant and session), at least 32 characters when mode is not "off". Give every instance the same secret so they plant and recognise the same canary.' }),
}, { ...Strict, default: {}, description: 'Canary token for system-prompt leak detection.' })

export const OutputSchema = Type.Object({
  pii: OutputAction('redact', 'personal data (e-mail, phone, SSN, card, IBAN)'),
  secrets: OutputAction('redact', 'credentials (API keys, tokens, private keys, passwords)'),
  exfiltration: OutputAction('block', 'markdown/HTML images and links that carry data to a foreign host'),
  systemPromptLeak: OutputAction('block', 'the canary or a verbatim copy of the system prompt'),
  exfiltrationMinRisk: Type.Number({ minimum: 0, maximum: 100, default: 50, description: 'Risk from which an exfiltration policy\'s signal on an answer counts (links that need a click score lower than auto-loaded images).' }),
  promptLeakMinWords: Type.Integer({ minimum: 6, maximum: 200, default: 14, description: 'Consecutive words of a system-prompt line an answer must repeat verbatim to count as a leak; also the shortest prompt line compared.' }),
  holdBackChars: Type.Integer({ minimum: 64, maximum: 4096, default: 128, description: 'Streaming: trailing characters held back until the next chunk so a value split across chunks is scanned whole (more is held for an unbroken token, URL or open markdown image).' }),
  canary: CanarySchema,
}, { ...Strict, default: {}, description: 'Scanning of provider answers (non-streamed and streamed): per-category actions, canary, hold-back window.' })

export const LogSchema = Type.Object({
  level: Type.Union([Type.Literal('fatal'), Type.Literal('error'), Type.Literal('warn'), Type.Literal('info'), Type.Literal('debug'), Type.Literal('trace'), Type.Literal('silent')], { default: 'info', description: 'pino log level.' }),
  includeContent: Type.Boolean({ default: false, description: 'Put prompt text in decision log lines. Off by default: logs then never contain prompts.' }),
}, { ...Strict, default: {}, description: 'Logging.' })

export const AdminSchema = Type.Object({
  token: Type.String({ default: '', description: 'Bearer token for /admin/*. Empty: /admin/* answers 401 (metrics stay open on the admin port).' }),
}, { ...Strict, default: {}, description: 'Admin API.' })

export const ConfigSchema = Type.Object({
  server: ServerSchema,
  auth: AuthSchema,
  upstream: UpstreamSchema,
  mock: MockSchema,
  workers: WorkersSchema,
  session: SessionSchema,
  rateLimit: RateLimitSchema,
  detection: DetectionSchema,
  output: OutputSchema,
  log: LogSchema,
  admin: AdminSchema,
}, { ...Strict, default: {} })

export type ConfigInput = Static<typeof ConfigSchema>
