import { hashKey, OPEN_TENANT, tenantOf } from './api-key.js'
import type { ConfigInput } from './schema.js'

export function isLoopback (host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host)
}

/** Rules that span fields, checked after the schema passed. */
export function crossFieldProblems (c: ConfigInput): string[] {
  const out: string[] = []
  if (c.detection.flagThreshold > c.detection.blockThreshold) {
    out.push(`detection.flagThreshold: ${c.detection.flagThreshold} is above detection.blockThreshold ${c.detection.blockThreshold}`)
  }
  if (c.auth.apiKeys.length === 0 && !isLoopback(c.server.host)) {
    out.push(`auth.apiKeys: no API keys configured, so the gateway may only listen on a loopback address, not '${c.server.host}' (set INFERSHIELD_API_KEYS)`)
  }
  const keys = c.auth.apiKeys.map(k => typeof k === 'string' ? k : k.key)
  if (new Set(keys).size !== keys.length) out.push('auth.apiKeys: duplicate keys')
  out.push(...unknownTenants(c))
  if (c.upstream.url !== '') {
    try {
      const u = new URL(c.upstream.url)
      if (u.protocol !== 'http:' && u.protocol !== 'https:') out.push(`upstream.url: must be http(s), got '${u.protocol}'`)
    } catch {
      out.push(`upstream.url: not a URL: '${c.upstream.url}'`)
    }
  }
  if (c.server.port !== 0 && c.server.port === c.server.adminPort && c.server.host === c.server.adminHost) {
    out.push(`server.adminPort: same address as server.port (${c.server.port})`)
  }
  if (!isLoopback(c.server.adminHost) && c.admin.token === '') {
    out.push(`admin.token: the admin port listens on '${c.server.adminHost}', off loopback, so an admin token is required`)
  }
  const rateLimitStore = c.rateLimit.store === 'auto' ? c.session.store : c.rateLimit.store
  if (c.session.store === 'redis' || (c.rateLimit.enabled && rateLimitStore === 'redis')) {
    try {
      const u = new URL(c.session.redisUrl)
      if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') out.push(`session.redisUrl: must be redis:// or rediss://, got '${u.protocol}'`)
    } catch {
      out.push(`session.redisUrl: not a URL: '${c.session.redisUrl}'`)
    }
  }
  out.push(...rateLimitOverrideProblems(c))
  if (c.output.canary.mode !== 'off' && c.output.canary.secret.length < 32) {
    out.push(`output.canary.secret: canary mode '${c.output.canary.mode}' needs a secret of at least 32 characters (set INFERSHIELD_CANARY_SECRET)`)
  }
  return out
}

/** Tenants a request can authenticate as: each key's label or hash-derived id, or the open tenant. */
function configuredTenants (c: ConfigInput): Set<string> {
  if (c.auth.apiKeys.length === 0) return new Set([OPEN_TENANT])
  return new Set(c.auth.apiKeys.map(k => typeof k === 'string' ? tenantOf(hashKey(k)) : k.tenant))
}

function knownNames (c: ConfigInput): string {
  return c.auth.apiKeys.length === 0 ? `known: ${OPEN_TENANT}, the only tenant without keys` : `known: ${[...configuredTenants(c)].sort().join(', ')}`
}

// An override for a tenant no key authenticates as would silently never apply.
function rateLimitOverrideProblems (c: ConfigInput): string[] {
  const tenants = configuredTenants(c)
  return Object.keys(c.rateLimit.overrides)
    .filter(t => !tenants.has(t))
    .map(t => `rateLimit.overrides.${t}: no configured API key has this tenant (${knownNames(c)})`)
}

/**
 * detection.tenants may only name tenants a request can authenticate as: a label given to
 * a key in auth.apiKeys, a key's hash-derived id, or "default" when the gateway runs open.
 * A typo would otherwise leave a tenant silently on the global settings.
 */
function unknownTenants (c: ConfigInput): string[] {
  const tenants = configuredTenants(c)
  return Object.keys(c.detection.tenants)
    .filter(t => !tenants.has(t))
    .map(t => `detection.tenants.${t}: no API key has this tenant (${knownNames(c)})`)
}
