import { normalize, type NormalizeLimits } from '../detection/normalize/index.js'
import { EMPTY_SESSION, type ActionKind, type Evidence, type NormalizedInput, type Segment, type Signal } from '../detection/types.js'
import { mayHide } from './may-hide.js'
import type { SpanPolicy } from './span-policies.js'
import type { LocatedFinding, OutputActions } from './types.js'

/** Findings one policy may locate in one text; past it the whole text is one finding. */
export const MAX_SPANS_PER_POLICY = 64

const NO_ACTIONS: ReadonlySet<ActionKind> = new Set()
// Masking keeps offsets stable and matches no pattern's character class.
const MASK = '\u0000'

function plainInput (text: string, lower: string): NormalizedInput {
  const seg: Segment = { messageIndex: 0, role: 'assistant', layer: 'plain', encodings: [], text, lower, sourceStart: 0, sourceEnd: text.length }
  return { messages: [{ role: 'assistant', content: text }], segments: [seg], findings: [] }
}

function masked (s: string, start: number, end: number): string {
  return s.slice(0, start) + MASK.repeat(end - start) + s.slice(end)
}

/**
 * The text being scanned, with found values masked, and its lower case. The lower case is
 * computed once per text and masked alongside: masking commutes with lower-casing when
 * lower-casing keeps every offset, which it does except for a few letters (İ) whose
 * lower case is longer; only then is it redone after a mask. (A final sigma next to a
 * mask may differ in form; no leak pattern reads Greek letters.)
 */
class Working {
  text: string
  lower: string
  readonly #sameLength: boolean

  constructor (text: string) {
    this.text = text
    this.lower = text.toLowerCase()
    this.#sameLength = this.lower.length === text.length
  }

  mask (start: number, end: number): void {
    this.text = masked(this.text, start, end)
    this.lower = this.#sameLength ? masked(this.lower, start, end) : this.text.toLowerCase()
  }
}

function strongest (signals: readonly Signal[], minRisk: number, layer: 'plain' | 'any'): Signal | undefined {
  let best: Signal | undefined
  for (const s of signals) {
    if (s.evidence === null || s.risk < minRisk || (layer === 'plain' && s.evidence.layer !== 'plain')) continue
    if (best === undefined || s.risk > best.risk) best = s
  }
  return best
}

function finding (p: SpanPolicy, actions: OutputActions, s: Signal, start: number, end: number): LocatedFinding {
  const action = actions[p.category]
  if (action === 'off') throw new Error(`policy ${p.policy.id} compiled for a category that is off`)
  return { category: p.category, kind: p.kind, policyId: p.policy.id, risk: s.risk, action, reason: s.reason, start, end }
}

/**
 * Every leak in `text`, located. Pass 1 runs each policy on the raw text and masks what
 * it reports, so the policy's "strongest finding" yields the next one on the next run
 * (and a value two policies both match is reported once). Pass 2 runs the normalizer on
 * what is left, so values hidden by encodings (base64, hex, …), invisible characters or
 * homoglyphs are found too; they are located at their encoded source, or, when cleaning
 * moved them, at the whole text. Linear in the text per finding, bounded per policy.
 */
export function findSpans (text: string, policies: readonly SpanPolicy[], actions: OutputActions, limits: NormalizeLimits, maxPerPolicy: number = MAX_SPANS_PER_POLICY): LocatedFinding[] {
  const out: LocatedFinding[] = []
  if (policies.length === 0 || text.length === 0) return out
  const working = new Working(text)
  for (const p of policies) {
    for (let n = 0; ; n++) {
      const s = strongest(p.policy.evaluate({ input: plainInput(working.text, working.lower), session: EMPTY_SESSION, params: p.params, turnActions: NO_ACTIONS }), p.minRisk, 'plain')
      if (s === undefined) break
      const ev = s.evidence as Evidence
      const [start, end] = ev.end > ev.start ? [ev.start, ev.end] : [0, working.text.length]
      if (n >= maxPerPolicy || working.text.slice(start, end).split(MASK).join('') === '') {
        out.push(finding(p, actions, s, 0, text.length))
        break
      }
      out.push(finding(p, actions, s, start, end))
      working.mask(start, end)
    }
  }
  // Masks become spaces (same length, so offsets hold) that separate rather than join.
  const spaced = working.text.split(MASK).join(' ')
  if (!mayHide(spaced, limits.minEncodedLength)) return out
  const hidden = normalize([{ role: 'assistant', content: spaced }], limits)
  const decodedOnly: NormalizedInput = { ...hidden, segments: hidden.segments.filter(s => s.layer === 'decoded' || s.text !== spaced) }
  if (decodedOnly.segments.length === 0) return out
  for (const p of policies) {
    const s = strongest(p.policy.evaluate({ input: decodedOnly, session: EMPTY_SESSION, params: p.params, turnActions: NO_ACTIONS }), p.minRisk, 'any')
    if (s === undefined) continue
    const [start, end] = sourceOf(s.evidence as Evidence, decodedOnly.segments, text.length)
    out.push(finding(p, actions, { ...s, reason: `${s.reason} (hidden: ${(s.evidence as Evidence).encodings.join('>') || 'obfuscated characters'})` }, start, end))
  }
  return out
}

/** Where hidden evidence sits in the scanned text: its encoded payload, else the whole text. */
function sourceOf (ev: Evidence, segments: readonly Segment[], length: number): [number, number] {
  if (ev.layer !== 'decoded') return [0, length]
  const seg = segments.find(s => s.layer === 'decoded' && s.encodings.join('>') === ev.encodings.join('>') && s.text.length >= ev.end)
  if (seg === undefined || seg.sourceEnd <= seg.sourceStart || seg.sourceEnd > length) return [0, length]
  return [seg.sourceStart, seg.sourceEnd]
}
