import { Packr } from 'msgpackr'
import type { Decision, SessionAction } from '../../detection/types.js'

// One retained action as stored in Redis: msgpack of [formatVersion, payload, appendId?].
//
//   v1 (0.x builds): payload = [at, kinds, decision, score, policies], positional.
//   v2 (current):    payload = a map of every field of the action except `turn`.
//
// v2 is a map so fields added to SessionAction later (fragments, …) round-trip through
// builds that do not know them by name: adding an optional field does not bump the
// version; only a change an older reader would misread does. The turn is not stored: the
// list is trimmed atomically with the total, so an entry's turn is its position counted
// back from the total.
//
// appendId (v2) is a random id per recorded action. An append whose acknowledgement timed
// out may still have been applied; when the shard replays it after an outage it skips ids
// already in the list, so such an action is recorded once, not twice.
//
// Decoding an unknown version fails loudly (StateFormatError), never guesses.

export const ENTRY_FORMAT = 2

export type StoredAction = Omit<SessionAction, 'turn'>

export class StateFormatError extends Error {
  override readonly name = 'StateFormatError'
}

// Plain msgpack (no msgpackr records or extensions), so any msgpack reader can inspect it.
const packr = new Packr({ useRecords: false, moreTypes: false, variableMapSize: true, mapsAsObjects: true })

export function encodeAction (a: StoredAction, appendId?: string): Buffer {
  const payload: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(a)) if (k !== 'turn' && v !== undefined) payload[k] = v
  return packr.pack(appendId === undefined ? [ENTRY_FORMAT, payload] : [ENTRY_FORMAT, payload, appendId])
}

export interface DecodedEntry {
  readonly action: SessionAction
  readonly appendId: string | null
}

export function decodeEntry (buf: Uint8Array, turn: number): DecodedEntry {
  let raw: unknown
  try {
    raw = packr.unpack(buf)
  } catch (err) {
    throw new StateFormatError(`session entry is not msgpack: ${(err as Error).message}`)
  }
  if (!Array.isArray(raw) || raw.length < 2 || raw.length > 3 || typeof raw[0] !== 'number') throw new StateFormatError('session entry is not a [version, payload, appendId?] array')
  const [version, payload, appendId] = raw as [number, unknown, unknown]
  switch (version) {
    case 1: return { action: { ...checked(migrateV1(payload)), turn }, appendId: null }
    case 2: return { action: { ...checked(payload), turn }, appendId: typeof appendId === 'string' ? appendId : null }
    default: throw new StateFormatError(`session entry format ${version} is newer than this build reads (${ENTRY_FORMAT}); see docs/upgrading.md`)
  }
}

export function decodeAction (buf: Uint8Array, turn: number): SessionAction {
  return decodeEntry(buf, turn).action
}

function migrateV1 (p: unknown): Record<string, unknown> {
  if (!Array.isArray(p) || p.length !== 5) throw new StateFormatError('v1 session entry is not [at, kinds, decision, score, policies]')
  const [at, kinds, decision, score, policies] = p as unknown[]
  return { at, kinds, decision, score, policies }
}

const DECISIONS: ReadonlySet<unknown> = new Set<Decision>(['allow', 'flag', 'block'])
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(x => typeof x === 'string')

/** The fields detection relies on must have their types; any other field passes through as stored. */
function checked (p: unknown): StoredAction {
  if (typeof p !== 'object' || p === null || Array.isArray(p)) throw new StateFormatError('session entry payload is not a map')
  const o = p as Record<string, unknown>
  if (typeof o.at !== 'number' || typeof o.score !== 'number' || !DECISIONS.has(o.decision) || !isStringArray(o.kinds) || !isStringArray(o.policies)) {
    throw new StateFormatError('session entry lacks at/kinds/decision/score/policies of the right types')
  }
  if (o.fragments !== undefined && !isStringArray(o.fragments)) throw new StateFormatError('session entry fragments is not a list of strings')
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  for (const [k, v] of Object.entries(o)) if (k !== 'turn' && k !== '__proto__') out[k] = v
  return { ...out } as unknown as StoredAction
}
