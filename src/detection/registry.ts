import type { AnyPolicy } from './define-policy.js'
import encoding from './policies/encoding/index.js'
import exfiltration from './policies/exfiltration/index.js'
import jailbreak from './policies/jailbreak/index.js'
import pii from './policies/pii/index.js'
import promptInjection from './policies/prompt-injection/index.js'
import secrets from './policies/secrets/index.js'
import session from './policies/session/index.js'
import sqlInjection from './policies/sql-injection/index.js'

// The explicit list of every policy. Each folder's index.ts lists its files; a test
// fails when a file under policies/ is in no list.
const ALL: readonly AnyPolicy[] = [
  ...promptInjection,
  ...jailbreak,
  ...encoding,
  ...pii,
  ...secrets,
  ...exfiltration,
  ...sqlInjection,
  ...session,
]

/** Checks the list once at module load: unique ids, ids of the form '<folder>.<name>', sane weights. */
export function validateRegistry (list: readonly AnyPolicy[]): readonly AnyPolicy[] {
  const seen = new Set<string>()
  for (const p of list) {
    if (!/^[a-z0-9-]+\.[a-z0-9-]+$/.test(p.id)) throw new Error(`policy id '${p.id}' is not '<folder>.<file-name>'`)
    if (seen.has(p.id)) throw new Error(`duplicate policy id '${p.id}'`)
    if (!(p.weight >= 0 && p.weight <= 2)) throw new Error(`policy '${p.id}' has weight ${p.weight} outside 0..2`)
    if (p.stages.length === 0) throw new Error(`policy '${p.id}' declares no stage`)
    seen.add(p.id)
  }
  return Object.freeze([...list].sort((a, b) => (a.phase === b.phase ? 0 : a.phase === 'content' ? -1 : 1) || b.priority - a.priority || (a.id < b.id ? -1 : 1)))
}

export const POLICIES: readonly AnyPolicy[] = validateRegistry(ALL)
