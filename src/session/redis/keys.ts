// Key layout. Both keys of a session share the hash tag `{tenant:session}`, so a Lua script
// can touch them together on Redis Cluster (one slot). Components are escaped so that no
// tenant or id can forge another's key: `:` separates them and `{`/`}` would move the tag.
//
//   infershield:{acme:chat-42}:m   hash: e epoch, v version, n total, c created, u updated, f format
//   infershield:{acme:chat-42}:l   list: one msgpack entry per retained action, oldest first

export const KEY_PREFIX = 'infershield'

function escape (s: string): string {
  return s.replace(/[%:{}]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

export interface SessionKeys {
  readonly meta: string
  readonly log: string
}

export function sessionKeys (tenant: string, id: string): SessionKeys {
  const base = `${KEY_PREFIX}:{${escape(tenant)}:${escape(id)}}`
  return { meta: `${base}:m`, log: `${base}:l` }
}
