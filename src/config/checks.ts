import { OPEN_TENANT } from './config.js'
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
  if (c.session.store === 'redis') {
    try {
      const u = new URL(c.session.redisUrl)
      if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') out.push(`session.redisUrl: must be redis:// or rediss://, got '${u.protocol}'`)
    } catch {
      out.push(`session.redisUrl: not a URL: '${c.session.redisUrl}'`)
    }
  }
  return out
}

/**
 * detection.tenants may only name tenants a request can authenticate as: a label given to
 * a key in auth.apiKeys, or "default" when the gateway runs open. A typo would otherwise
 * leave a tenant silently on the global settings.
 */
function unknownTenants (c: ConfigInput): string[] {
  const known = new Set<string>()
  for (const k of c.auth.apiKeys) if (typeof k !== 'string') known.add(k.tenant)
  if (c.auth.apiKeys.length === 0) known.add(OPEN_TENANT)
  const names = [...known].sort().join(', ')
  return Object.keys(c.detection.tenants)
    .filter(t => !known.has(t))
    .map(t => `detection.tenants.${t}: no API key has this tenant (known: ${names === '' ? 'none; label keys as {key, tenant}' : names})`)
}
