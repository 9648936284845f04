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

export const AuthSchema = Type.Object({
  apiKeys: Type.Array(Type.String({ minLength: 16, maxLength: 256 }), { default: [], description: 'Gateway API keys accepted as "Authorization: Bearer <key>". Empty: the gateway runs open, and only on a loopback address. Keys are hashed at load; only hashes are kept and logged.' }),
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
  count: Type.Union([Type.Integer({ minimum: 0, maximum: 256 }), Type.Literal('auto')], { default: 'auto', description: 'Detection shards, one worker thread each; "auto" = number of cores; 0 = evaluate inline on the main thread.' }),
  maxQueue: Type.Integer({ minimum: 1, maximum: 1000000, default: 4096, description: 'Requests waiting per shard before new ones get 503 overloaded.' }),
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
}, { ...Strict, default: {}, description: 'Session state.' })

export const PolicyOverrideSchema = Type.Object({
  enabled: Type.Optional(Type.Boolean({ description: 'false disables the policy.' })),
  weight: Type.Optional(Type.Number({ minimum: 0, maximum: 2, description: 'Replaces the policy\'s default weight.' })),
  params: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'Policy parameters; see GET /admin/policies for each schema.' })),
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
}, { ...Strict, default: {}, description: 'Detection thresholds, scanning bounds and policy overrides.' })

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
  detection: DetectionSchema,
  log: LogSchema,
  admin: AdminSchema,
}, { ...Strict, default: {} })

export type ConfigInput = Static<typeof ConfigSchema>
