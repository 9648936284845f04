import { Packr } from 'msgpackr'
import { ANSWER_FACTS, type AnswerFact, type Decision, type SessionAction } from '../../detection/types.js'

// One retained action as stored in Redis: msgpack of [formatVersion, payload, appendId?].
//
//   v1 (0.x builds): payload = [at, kinds, decision, score, policies], positional.
//   v2:              payload = a map of every field of the action except `turn`.
//   v3 (current):    v2 with one-letter keys for the known fields and the decision as
//                    0 | 1 | 2: about a third less Redis memory per session. The
//                    facts of an answer record (`answer`) are one string of one letter
//                    per fact ("rp": refused, primed).
//
// v2 and v3 are maps so fields added to SessionAction later round-trip through builds that
// do not know them: a reader keeps a key it does not know as it is, and writes it back the
// same. Adding an optional field (with a new one-letter code) does not bump the version;
// only a change an older reader would misread does. The turn is not stored: the list is
// trimmed atomically with the total, so an entry's turn is its position counted back from
// the total.
//
// appendId (v2) is a random id per recorded action. An append whose acknowledgement timed
// out may still have been applied; when the shard replays it after an outage it skips ids
// already in the list, so such an action is recorded once, not twice.
//
// Decoding an unknown version fails loudly (StateFormatError), never guesses.

/** The formats this build writes; it reads these and 1. */
export type EntryFormat = 2 | 3
export const ENTRY_FORMAT: EntryFormat = 3

export type StoredAction = Omit<SessionAction, 'turn'>

// Every field has a code (the compiler checks), so a new field gets one too.
const CODES = { at: 't', kinds: 'k', decision: 'd', score: 's', policies: 'p', fragments: 'f', toolResult: 'o', answer: 'a' } as const satisfies { readonly [K in keyof Required<StoredAction>]: string }
const FIELD_OF: ReadonlyMap<string, string> = new Map(Object.entries(CODES).map(([field, code]) => [code, field]))
const CODE_OF: ReadonlyMap<string, string> = new Map(Object.entries(CODES))
const DECISION_CODES: readonly Decision[] = ['allow', 'flag', 'block']
// Every fact has a letter (the compiler checks). A letter this build does not know (a
// newer build's fact) is dropped on reading: no policy here could use it.
const FACT_CODES = { refused: 'r', cautioned: 'c', primed: 'p', sent: 's' } as const satisfies { readonly [F in AnswerFact]: string }
const FACT_OF: ReadonlyMap<string, AnswerFact> = new Map(ANSWER_FACTS.map(f => [FACT_CODES[f], f]))
const KNOWN_FACTS: ReadonlySet<unknown> = new Set(ANSWER_FACTS)

export class StateFormatError extends Error {
  override readonly name = 'StateFormatError'
}

// Plain msgpack (no msgpackr records or extensions), so any msgpack reader can inspect it.
const packr = new Packr({ useRecords: false, moreTypes: false, variableMapSize: true, mapsAsObjects: true })

export function encodeAction (a: StoredAction, appendId?: string, format: EntryFormat = ENTRY_FORMAT): Buffer {
  const payload: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(a)) {
    if (k === 'turn' || v === undefined) continue
    if (format === 2) payload[k] = v
    else payload[CODE_OF.get(k) ?? k] = k === 'decision' ? DECISION_CODES.indexOf(v as Decision) : k === 'answer' ? (v as readonly AnswerFact[]).map(f => FACT_CODES[f]).join('') : v
  }
  return packr.pack(appendId === undefined ? [format, payload] : [format, payload, appendId])
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
    case 3: return { action: { ...checked(expandV3(payload)), turn }, appendId: typeof appendId === 'string' ? appendId : null }
    default: throw new StateFormatError(`session entry format ${version} is newer than this build reads (3); see docs/upgrading.md`)
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

function expandV3 (p: unknown): Record<string, unknown> {
  if (typeof p !== 'object' || p === null || Array.isArray(p)) throw new StateFormatError('session entry payload is not a map')
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  for (const [k, v] of Object.entries(p)) {
    const field = FIELD_OF.get(k) ?? k
    if (field === 'answer') {
      if (typeof v !== 'string') throw new StateFormatError('session entry answer facts are not a string of letters')
      out[field] = [...v].flatMap(c => FACT_OF.get(c) ?? [])
    } else if (field !== 'decision') out[field] = v
    else if (typeof v === 'number' && DECISION_CODES[v] !== undefined) out[field] = DECISION_CODES[v]
    else throw new StateFormatError(`session entry decision code ${String(v)} is not 0, 1 or 2`)
  }
  return out
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
  if (o.toolResult !== undefined && o.toolResult !== true) throw new StateFormatError('session entry toolResult is not true')
  if (o.answer !== undefined && !isStringArray(o.answer)) throw new StateFormatError('session entry answer facts are not a list of strings')
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  for (const [k, v] of Object.entries(o)) if (k !== 'turn' && k !== '__proto__') out[k] = k === 'answer' ? (v as string[]).filter(f => KNOWN_FACTS.has(f)) : v
  return { ...out } as unknown as StoredAction
}
