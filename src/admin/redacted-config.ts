import type { Config, RateLimit } from '../config/config.js'

/** The running config as an operator may see it: no keys, hashes, tokens or passwords. */
export function redactedConfig (c: Config): unknown {
  return {
    ...c,
    auth: c.auth.mode === 'open' ? { mode: 'open' } : { mode: 'keys', keys: c.auth.keys.length, tenants: [...new Set(c.auth.keys.map(k => k.tenant))].sort() },
    upstream: { ...c.upstream, apiKey: c.upstream.apiKey === '' ? '' : '[redacted]' },
    session: { ...c.session, redisUrl: redactUrl(c.session.redisUrl) },
    rateLimit: redactRateLimit(c.rateLimit),
    admin: { token: c.admin.token === '' ? '' : '[redacted]' },
    output: { ...c.output, canary: { ...c.output.canary, secret: c.output.canary.secret === '' ? '' : '[redacted]' } },
  }
}

function redactRateLimit (r: RateLimit): RateLimit {
  if (!r.enabled || r.backend.kind !== 'redis') return r
  const t = r.backend.target
  return { ...r, backend: { ...r.backend, target: 'url' in t ? { url: redactUrl(t.url) } : { ...t, credentialsFrom: redactUrl(t.credentialsFrom) } } }
}

/** redis://user:secret@host → redis://user:[redacted]@host; anything unparsable is hidden whole. */
export function redactUrl (url: string): string {
  try {
    const u = new URL(url)
    if (u.password === '') return url
    u.password = '[redacted]'
    return u.toString().replace('%5Bredacted%5D', '[redacted]')
  } catch {
    return url === '' ? '' : '[redacted]'
  }
}
