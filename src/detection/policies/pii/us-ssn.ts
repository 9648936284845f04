import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { followedBy, matchesIn, precededBy } from '../../checks/scan.js'
import type { Segment, Signal } from '../../types.js'
import { distinctReal, evidenceFor, isReadRole, representative, type PiiFinding } from './findings.js'

const THREE_DIGITS = /\d{3}/

// AAA-GG-SSSS with one consistent separator; the bare nine-digit form is only read as an
// SSN next to a label, because nine-digit numbers are everywhere.
const DASHED = /(?<![\w.\/-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w\/]|[.-]\d)/g
const BARE = /(?<![\w.\/-])(\d{3})(\d{2})(\d{4})(?![\w\/]|[.-]\d)/g
const SSN_CONTEXT = /\b(?:ssn|ss#|ssan|social security|social sec|soc\.? ?sec|tax ?id|tin|itin|taxpayer|(?:my|his|her|their|the) social(?: number| no\.?)?(?: is|:))\b/i
const NOT_SSN_CONTEXT = /\b(?:phone|tel|fax|zip|order|invoice|part|isbn|tracking|routing|aba|account|acct|ticket|serial|model)\b[\s:#.no-]{0,6}$/i

const Params = Type.Object({
  risk: Type.Number({ default: 85, minimum: 0, maximum: 100, description: 'Risk of one valid SSN in the dashed form without a label.' }),
  labelledRisk: Type.Number({ default: 92, minimum: 0, maximum: 100, description: 'Risk of a valid SSN next to an SSN label ("SSN:", "social security").' }),
  bulkThreshold: Type.Integer({ default: 3, minimum: 2, maximum: 1000, description: 'Distinct SSNs from which the finding counts as a bulk disclosure.' }),
  bulkRisk: Type.Number({ default: 97, minimum: 0, maximum: 100, description: 'Risk of a bulk disclosure of SSNs.' }),
}, { additionalProperties: false })

/**
 * Published and famous numbers: the Woolworth wallet card (078-05-1120), the Social
 * Security Administration's pamphlet number (219-09-9999), the LifeLock advertising
 * number, and the "123-45-6789" every form example uses.
 */
const KNOWN_PUBLIC = new Set(['123456789', '078051120', '219099999', '457555462', '111111111', '333333333', '222222222', '444444444', '555555555', '777777777', '888888888', '234567890', '012345678'])

/** Area 000, 666 and 900-999, group 00 and serial 0000 are never issued. */
export function ssnValid (area: string, group: string, serial: string): boolean {
  if (area === '000' || area === '666' || area.startsWith('9')) return false
  return group !== '00' && serial !== '0000'
}

interface SsnFinding extends PiiFinding { readonly labelled: boolean }

function consider (seg: Segment, m: RegExpExecArray, area: string, group: string, serial: string, bare: boolean, out: SsnFinding[]): void {
  if (!ssnValid(area, group, serial)) return
  const start = m.index
  const end = start + m[0].length
  if (precededBy(seg.text, start, 20, NOT_SSN_CONTEXT)) return
  const labelled = precededBy(seg.text, start, 40, SSN_CONTEXT) || followedBy(seg.text, end, 16, SSN_CONTEXT)
  // A space-separated or bare number is too ambiguous without a label.
  if ((bare || m[0].includes(' ')) && !labelled) return
  const key = area + group + serial
  out.push({ seg, start, end, key, placeholder: KNOWN_PUBLIC.has(key), strength: labelled ? 1 : 0.8, labelled })
}

function scan (seg: Segment, out: SsnFinding[]): void {
  for (const m of matchesIn(DASHED, seg.text)) consider(seg, m, m[1] ?? '', m[3] ?? '', m[4] ?? '', false, out)
  if (!SSN_CONTEXT.test(seg.text)) return
  for (const m of matchesIn(BARE, seg.text)) consider(seg, m, m[1] ?? '', m[2] ?? '', m[3] ?? '', true, out)
}

export default definePolicy({
  id: 'pii.us-ssn',
  category: 'pii',
  phase: 'content',
  priority: 60,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'US Social Security numbers that follow the issuing rules; form examples and famous public numbers are ignored.',
  params: Params,
  evaluate ({ input, params }) {
    const found: SsnFinding[] = []
    for (const seg of input.segments) {
      if (!THREE_DIGITS.test(seg.text)) continue
      scan(seg, found)
    }
    const real = distinctReal(found)
    const pick = representative(real)
    if (pick === undefined) return []
    const n = real.length
    const bulk = n >= params.bulkThreshold
    const risk = bulk ? params.bulkRisk : pick.labelled ? params.labelledRisk : params.risk
    const read = bulk || real.some(f => isReadRole(f.seg.role))
    const signal: Signal = {
      risk,
      reason: bulk ? `${n} distinct US Social Security numbers` : `US Social Security number${pick.labelled ? ' (labelled)' : ''}`,
      evidence: evidenceFor(pick),
      ...(read ? { actions: ['sensitive_read'] as const } : {}),
    }
    return [signal]
  },
})
