import { normalize, type NormalizeLimits } from '../detection/normalize/index.js'
import { filterAllowlisted } from '../detection/overrides/allowlist-filter.js'
import { clamp, round2 } from '../detection/scoring.js'
import { EMPTY_SESSION, type ActionKind, type Contribution, type Evidence, type NormalizedInput, type Segment, type Signal } from '../detection/types.js'
import { answerSegment } from './answer-segment.js'
import { mayHide } from './may-hide.js'
import type { OutputProfile } from './output-profiles.js'
import type { SpanPolicy } from './span-policies.js'
import type { LocatedAllow, LocatedFinding, OutputActions } from './types.js'

/** What findSpans needs of a profile: the policies, their actions, the allowlist. */
export type SpanScope = Pick<OutputProfile, 'spanPolicies' | 'actions' | 'allowlist' | 'allowlistMaxChars'>

/** Findings one policy may locate in one text; past it the whole text is one finding. */
export const MAX_SPANS_PER_POLICY = 64

const NO_ACTIONS: ReadonlySet<ActionKind> = new Set()
// Masking keeps offsets stable and matches no pattern's character class.
const MASK = '\u0000'

function plainInput (text: string, lower: string): NormalizedInput {
  return { messages: [{ role: 'assistant', content: text }], segments: [answerSegment(text, lower)], findings: [] }
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
  constructor (public text: string, public lower: string = text.toLowerCase(), private readonly sameLength: boolean = lower.length === text.length) {}

  mask (start: number, end: number): void {
    this.text = masked(this.text, start, end)
    this.lower = this.sameLength ? masked(this.lower, start, end) : this.text.toLowerCase()
  }

  copy (): Working {
    return new Working(this.text, this.lower, this.sameLength)
  }
}

/** A signal's risk under the profile's weight, rounded as a request contribution is. */
function weighted (p: SpanPolicy, s: Signal): number {
  return round2(clamp(s.risk * p.weight))
}

/** The policy's strongest signal by weighted risk, from `minRisk`; a weighted 0 never counts. */
function strongest (p: SpanPolicy, signals: readonly Signal[], layer: 'plain' | 'any'): Signal | undefined {
  let best: Signal | undefined
  let bestRisk = 0
  for (const s of signals) {
    const risk = weighted(p, s)
    if (s.evidence === null || risk <= 0 || risk < p.minRisk || (layer === 'plain' && s.evidence.layer !== 'plain')) continue
    if (best === undefined || risk > bestRisk) [best, bestRisk] = [s, risk]
  }
  return best
}

function finding (p: SpanPolicy, actions: OutputActions, s: Signal, start: number, end: number): LocatedFinding {
  const action = actions[p.category]
  if (action === 'off') throw new Error(`policy ${p.policy.id} compiled for a category that is off`)
  return { category: p.category, kind: p.kind, policyId: p.policy.id, risk: weighted(p, s), action, reason: s.reason, start, end }
}

/**
 * The allowlist entry that drops this signal, through the request side's own filter: a
 * finding is dropped when its evidence lies wholly inside text an entry (that applies to
 * the policy and to the role `assistant`) matches.
 */
function allowedBy (scope: SpanScope, p: SpanPolicy, s: Signal, segments: readonly Segment[]): LocatedAllow | null {
  if (scope.allowlist.length === 0 || s.evidence === null) return null
  const risk = weighted(p, s)
  const c: Contribution = { policyId: p.policy.id, category: p.policy.category, risk, weight: p.weight, contribution: risk, reason: s.reason, evidence: s.evidence, actions: [] }
  const hit = filterAllowlisted([c], segments, scope.allowlist, scope.allowlistMaxChars).hits[0]
  return hit === undefined ? null : { entry: hit.entry, scope: hit.scope, policyId: p.policy.id, start: s.evidence.start, end: s.evidence.end }
}

/**
 * Every leak in `text`, located. Pass 1 runs each policy on the raw text and masks what
 * it reports, so the policy's "strongest finding" yields the next one on the next run
 * (and a value two policies both match is reported once). Pass 2 runs the normalizer on
 * what is left, so values hidden by encodings (base64, hex, …), invisible characters or
 * homoglyphs are found too; they are located at their encoded source, or, when cleaning
 * moved them, at the whole text. Linear in the text per finding, bounded per policy.
 *
 * A finding inside allowlisted text goes to `allowed` instead, and, as on requests, the
 * policy runs again without it (masked for that policy only), so an allowlisted value
 * cannot hide a weaker one elsewhere in the text.
 */
export function findSpans (text: string, scope: SpanScope, limits: NormalizeLimits, maxPerPolicy: number = MAX_SPANS_PER_POLICY, allowed: LocatedAllow[] = []): LocatedFinding[] {
  const out: LocatedFinding[] = []
  const { spanPolicies: policies, actions } = scope
  if (policies.length === 0 || text.length === 0) return out
  const working = new Working(text)
  const allowedBefore = allowed.length
  for (const p of policies) {
    let view = working
    for (let n = 0; ; n++) {
      const input = plainInput(view.text, view.lower)
      const s = strongest(p, p.policy.evaluate({ input, session: EMPTY_SESSION, params: p.params, turnActions: NO_ACTIONS }), 'plain')
      if (s === undefined) break
      const ev = s.evidence as Evidence
      const [start, end] = ev.end > ev.start ? [ev.start, ev.end] : [0, view.text.length]
      const spent = n >= maxPerPolicy || view.text.slice(start, end).split(MASK).join('') === ''
      const allow = spent || ev.end <= ev.start ? null : allowedBy(scope, p, s, input.segments)
      if (allow !== null) {
        allowed.push(allow)
        if (view === working) view = working.copy()
        view.mask(start, end)
        continue
      }
      if (spent) {
        out.push(finding(p, actions, s, 0, text.length))
        break
      }
      out.push(finding(p, actions, s, start, end))
      working.mask(start, end)
      if (view !== working) view.mask(start, end)
    }
  }
  // Pass 1 already explained allowlisted values: the decoding pass does not see them again.
  const rest = allowed.length === allowedBefore ? working : working.copy()
  for (let i = allowedBefore; i < allowed.length; i++) rest.mask((allowed[i] as LocatedAllow).start, (allowed[i] as LocatedAllow).end)
  // Masks become spaces (same length, so offsets hold) that separate rather than join.
  const spaced = rest.text.split(MASK).join(' ')
  if (!mayHide(spaced, limits.minEncodedLength)) return out
  const hidden = normalize([{ role: 'assistant', content: spaced }], limits)
  const decodedOnly: NormalizedInput = { ...hidden, segments: hidden.segments.filter(s => s.layer === 'decoded' || s.text !== spaced) }
  if (decodedOnly.segments.length === 0) return out
  for (const p of policies) {
    const s = strongest(p, p.policy.evaluate({ input: decodedOnly, session: EMPTY_SESSION, params: p.params, turnActions: NO_ACTIONS }), 'any')
    if (s === undefined) continue
    const [start, end] = sourceOf(s.evidence as Evidence, decodedOnly.segments, text.length)
    const allow = allowedBy(scope, p, s, decodedOnly.segments)
    if (allow !== null) allowed.push({ ...allow, start, end })
    else out.push(finding(p, actions, { ...s, reason: `${s.reason} (hidden: ${(s.evidence as Evidence).encodings.join('>') || 'obfuscated characters'})` }, start, end))
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
