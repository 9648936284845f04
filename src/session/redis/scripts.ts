import type { Cluster, Redis } from 'ioredis'

// The two Lua scripts. Each touches only one session's two keys (same hash slot), runs
// atomically on the server, and is loaded once per connection with defineCommand (EVALSHA,
// falling back to EVAL after a server restart flushed the script cache).
//
// Reply shapes (arrays; Lua nil cannot sit inside a table):
//   {}                                              no such session (read)
//   {0, epoch, version, total}                      caller's (epoch, version) was current
//   {1, epoch, version, total, created, updated, entries[]}   full state
//   {2, epoch, version, total, created, updated, entries[]}   conditional append refused: full state
//   {3}                                             conditional append refused: the session is gone

// KEYS: meta, log. ARGV: window, ttlSeconds, nowMs, newEpoch, knownEpoch, knownVersion,
// uncounted, conditional, entry… Appends the entries, trims the list to the window, adds
// #entries + uncounted to the total, bumps the version and refreshes both TTLs. `uncounted`
// carries actions recorded while Redis was unavailable whose entries fell out of the window.
// With conditional = 1 it appends only if (knownEpoch, knownVersion) is still the session's
// (knownEpoch '' meaning "no session yet"), and otherwise writes nothing and returns the
// state the caller should have decided against: one round trip when the caller's copy is
// current, which is the common case.
const APPEND = `
local meta, log = KEYS[1], KEYS[2]
local window, ttl, now = tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3]
local epoch = redis.call('HGET', meta, 'e')
local prev = epoch and redis.call('HGET', meta, 'v')
if ARGV[8] == '1' then
  if not epoch then
    if ARGV[5] ~= '' then return {3} end
  elseif epoch ~= ARGV[5] or prev ~= ARGV[6] then
    local m = redis.call('HMGET', meta, 'n', 'c', 'u')
    return {2, epoch, tonumber(prev), tonumber(m[1]), tonumber(m[2]), tonumber(m[3]), redis.call('LRANGE', log, 0, -1)}
  end
end
if not epoch then
  epoch = ARGV[4]
  prev = '0'
  redis.call('DEL', log)
  redis.call('HSET', meta, 'e', epoch, 'c', now, 'n', 0, 'v', 0, 'f', 2)
end
local added = #ARGV - 8
for i = 9, #ARGV do redis.call('RPUSH', log, ARGV[i]) end
redis.call('LTRIM', log, -window, -1)
local total = redis.call('HINCRBY', meta, 'n', added + tonumber(ARGV[7]))
local version = redis.call('HINCRBY', meta, 'v', 1)
redis.call('HSET', meta, 'u', now)
redis.call('EXPIRE', meta, ttl)
redis.call('EXPIRE', log, ttl)
if epoch == ARGV[5] and prev == ARGV[6] then return {0, epoch, version, total} end
local m = redis.call('HMGET', meta, 'c', 'u')
return {1, epoch, version, total, tonumber(m[1]), tonumber(m[2]), redis.call('LRANGE', log, 0, -1)}
`

// KEYS: meta, log. ARGV: knownEpoch, knownVersion. Read-if-changed: one round trip that
// costs a few bytes when the caller's cached copy is current.
const READ = `
local m = redis.call('HMGET', KEYS[1], 'e', 'v', 'n', 'c', 'u')
if not m[1] then return {} end
if m[1] == ARGV[1] and m[2] == ARGV[2] then return {0, m[1], tonumber(m[2]), tonumber(m[3])} end
return {1, m[1], tonumber(m[2]), tonumber(m[3]), tonumber(m[4]), tonumber(m[5]), redis.call('LRANGE', KEYS[2], 0, -1)}
`

export type FullState = [1 | 2, Buffer, number, number, number, number, Buffer[]]

export type ScriptReply =
  | []
  | [0, Buffer, number, number]
  | FullState
  | [3]

export interface SessionCommands {
  infershieldAppendBuffer (meta: string, log: string, ...args: Array<string | number | Buffer>): Promise<ScriptReply>
  infershieldReadBuffer (meta: string, log: string, epoch: string, version: string): Promise<ScriptReply>
}

export type SessionClient = (Redis | Cluster) & SessionCommands

export function defineSessionCommands (client: Redis | Cluster): SessionClient {
  client.defineCommand('infershieldAppend', { numberOfKeys: 2, lua: APPEND })
  client.defineCommand('infershieldRead', { numberOfKeys: 2, lua: READ })
  return client as SessionClient
}
