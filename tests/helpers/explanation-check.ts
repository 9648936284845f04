import { scrubExcerpt } from '../../src/detection/evidence.js'
import { REASSEMBLED, SPLIT_TOOL, withReassembly } from '../../src/detection/reassembly.js'
import { normalize, type NormalizeLimits } from '../../src/detection/normalize/index.js'
import { POLICIES } from '../../src/detection/registry.js'
import { round2 } from '../../src/detection/scoring.js'
import { EMPTY_SESSION, type ChatMessage, type Contribution, type Segment } from '../../src/detection/types.js'

// Policies of the sensitive categories whose evidence is a request for data ("generate a
// live key for…", "Jane Roe lives at"), not a value: their span holds no secret to hide,
// and their finding on an excerpt (the request itself) is not a leak.
export const ASKS_FOR_DATA: ReadonlySet<string> = new Set(['secrets.credential-request', 'pii.contact-completion'])

// What a complete explanation is: every contribution names a registered policy with its
// category, risk, weight, contribution = risk × weight and a reason, and has evidence
// whose message index, role and offsets point at a real segment of the request, with a
// short, single-line, scrubbed excerpt that never shows the value a PII or secrets
// finding points at. Returns one line per problem, empty when all is well.

const BY_ID = new Map(POLICIES.map(p => [p.id, p]))
export const SENSITIVE: ReadonlySet<string> = new Set(['pii', 'secrets'])

export function explanationProblems (where: string, messages: readonly ChatMessage[], contributions: readonly Contribution[], limits: NormalizeLimits): string[] {
  const out: string[] = []
  const bad = (c: Contribution, what: string) => out.push(`${where}: ${c.policyId}: ${what}`)
  let segments: readonly Segment[] | null = null
  const segmentsOf = (c: Contribution): Segment[] => {
    const ev = c.evidence
    if (ev === null) return []
    // Views assembled inside one message are a function of the messages: rebuilt here too.
    segments ??= withReassembly(normalize(messages, limits), EMPTY_SESSION, limits).segments
    return segments.filter(s => s.messageIndex === ev.messageIndex && s.layer === ev.layer && s.encodings.join('>') === ev.encodings.join('>') && s.text.length >= ev.end)
  }
  for (const c of contributions) {
    const p = BY_ID.get(c.policyId)
    if (p === undefined) { bad(c, 'unknown policy id'); continue }
    if (c.category !== p.category) bad(c, `category ${c.category}, registry says ${p.category}`)
    if (!(Number.isFinite(c.risk) && c.risk >= 0 && c.risk <= 100)) bad(c, `risk ${c.risk}`)
    if (!(Number.isFinite(c.weight) && c.weight >= 0 && c.weight <= 2)) bad(c, `weight ${c.weight}`)
    if (c.contribution !== round2(Math.min(100, c.risk * c.weight))) bad(c, `contribution ${c.contribution} is not risk × weight`)
    if (c.reason.trim().length < 10) bad(c, `reason '${c.reason}'`)
    const ev = c.evidence
    if (ev === null) { bad(c, 'no evidence'); continue }
    const m = messages[ev.messageIndex]
    if (!Number.isInteger(ev.messageIndex) || m === undefined) { bad(c, `message index ${ev.messageIndex} of ${messages.length}`); continue }
    if (ev.role !== m.role) bad(c, `role ${ev.role}, message ${ev.messageIndex} is ${m.role}`)
    if (!(Number.isInteger(ev.start) && Number.isInteger(ev.end) && ev.start >= 0 && ev.start <= ev.end)) bad(c, `span ${ev.start}..${ev.end}`)
    // Reassembled views are built from the session's stored fragments, which the messages
    // alone cannot reproduce; their offsets are checked by the reassembly tests instead.
    const reassembled = ev.encodings.includes(REASSEMBLED) || ev.encodings.includes(SPLIT_TOOL)
    const segs = reassembled ? [] : segmentsOf(c)
    if (segs.length === 0 && !reassembled) bad(c, `no ${ev.layer} segment [${ev.encodings.join('>')}] of message ${ev.messageIndex} holds ${ev.start}..${ev.end}`)
    if (ev.excerpt.length === 0 || ev.excerpt.length > 80 || /[\r\n]/.test(ev.excerpt)) bad(c, `excerpt shape '${ev.excerpt}'`)
    if (scrubExcerpt(ev.excerpt) !== ev.excerpt) bad(c, `excerpt not scrubbed: '${ev.excerpt}'`)
    if (SENSITIVE.has(c.category) && !ASKS_FOR_DATA.has(c.policyId) && segs.length === 1) {
      const value = (segs[0] as Segment).text.slice(ev.start, ev.end)
      if (value.length >= 6) for (const o of contributions) if (o.evidence?.excerpt.includes(value) === true) bad(o, `excerpt shows the ${c.policyId} value`)
    }
  }
  return out
}
