import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { MAX_MATCHES_PER_SEGMENT } from '../../checks/scan.js'
import type { Segment, Signal } from '../../types.js'
import { distinctReal, evidenceFor, isReadRole, representative, type PiiFinding } from './findings.js'
import { EXAMPLE_IBANS, IBAN_LENGTHS, ibanChecksumValid } from './iban-countries.js'

const PRINT_GROUPS = /^(?:[A-Za-z0-9]{4} )+[A-Za-z0-9]{1,4}$/

// Country code, check digits, then up to 30 alphanumerics in print groups separated by
// single spaces. Each repetition consumes one alphanumeric, so matching stays linear.
// The match may run into a following word; the country length cuts it back.
const CANDIDATE = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){10,30}/g

const Params = Type.Object({
  risk: Type.Number({ default: 80, minimum: 0, maximum: 100, description: 'Risk of one checksum-valid IBAN.' }),
  bulkThreshold: Type.Integer({ default: 3, minimum: 2, maximum: 1000, description: 'Distinct IBANs from which the finding counts as a bulk disclosure.' }),
  bulkRisk: Type.Number({ default: 92, minimum: 0, maximum: 100, description: 'Risk of a bulk disclosure of IBANs.' }),
}, { additionalProperties: false })

/** The IBAN at the start of `raw` cut to its country's length, or null. Offsets map back to `raw`. */
function ibanAt (raw: string): { iban: string, length: number } | null {
  const country = raw.slice(0, 2).toUpperCase()
  const want = IBAN_LENGTHS.get(country)
  if (want === undefined) return null
  let compact = ''
  let i = 0
  for (; i < raw.length && compact.length < want; i++) {
    const ch = raw[i] ?? ''
    if (ch !== ' ') compact += ch.toUpperCase()
  }
  if (compact.length !== want) return null
  // The cut must fall on a boundary: the next character is a space or the end, never the
  // middle of a longer token.
  const next = raw[i]
  if (next !== undefined && next !== ' ') return null
  return { iban: compact, length: i }
}

/**
 * A manual exec loop rather than matchAll: the candidate can run into the next IBAN of a
 * list, so after a valid one the scan resumes right where it ended. lastIndex is reset
 * before every scan and the loop never yields, so the shared regex holds no state
 * between calls.
 */
function scan (seg: Segment, out: PiiFinding[]): void {
  CANDIDATE.lastIndex = 0
  let budget = MAX_MATCHES_PER_SEGMENT
  for (let m = CANDIDATE.exec(seg.text); m !== null && budget-- > 0; m = CANDIDATE.exec(seg.text)) {
    const at = ibanAt(m[0])
    const printed = at === null ? '' : m[0].slice(0, at.length)
    // Grouped forms must use groups of four: "DE89 3704 0044 0532 0130 00".
    const valid = at !== null && ibanChecksumValid(at.iban) &&
      (!printed.includes(' ') || PRINT_GROUPS.test(printed))
    if (!valid) {
      CANDIDATE.lastIndex = m.index + 4
      continue
    }
    out.push({ seg, start: m.index, end: m.index + at.length, key: at.iban, placeholder: EXAMPLE_IBANS.has(at.iban), strength: 1 })
    CANDIDATE.lastIndex = m.index + at.length
  }
  CANDIDATE.lastIndex = 0
}

export default definePolicy({
  id: 'pii.iban',
  category: 'pii',
  phase: 'content',
  priority: 60,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'International bank account numbers: country length and mod-97 checksum; published example IBANs are ignored.',
  params: Params,
  evaluate ({ input, params }) {
    const found: PiiFinding[] = []
    for (const seg of input.segments) scan(seg, found)
    const real = distinctReal(found)
    const pick = representative(real)
    if (pick === undefined) return []
    const n = real.length
    const bulk = n >= params.bulkThreshold
    const read = bulk || real.some(f => isReadRole(f.seg.role))
    const signal: Signal = {
      risk: bulk ? params.bulkRisk : params.risk,
      reason: bulk ? `${n} distinct valid IBANs` : 'valid IBAN',
      evidence: evidenceFor(pick),
      ...(read ? { actions: ['sensitive_read'] as const } : {}),
    }
    return [signal]
  },
})
