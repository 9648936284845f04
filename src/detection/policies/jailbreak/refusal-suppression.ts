import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { evidenceOf } from '../../evidence.js'
import type { Segment, Signal } from '../../types.js'
import { LanguagesParam, type LangCode } from '../prompt-injection/lexicon/languages.js'
import { lexiconSpans } from '../prompt-injection/lexicon/scan.js'
import { isDescribed, isMetaDiscussion, isNegated } from '../prompt-injection/match/cues.js'
import { combineTechniques, roleMultipliersSchema } from '../prompt-injection/match/role-weights.js'
import { clampRisk, foldedOf, type Span } from '../prompt-injection/match/text.js'
import { HARMFUL } from './lexicon/harmful-terms.js'
import { REFUSAL, type RefusalClass } from './lexicon/refusal-terms.js'

const Params = Type.Object({
  languages: LanguagesParam,
  roleMultipliers: roleMultipliersSchema({ system: 0.2, developer: 0.2, user: 1, assistant: 0.3, tool: 0.8 }, 'refusal suppression'),
  maxSignals: Type.Integer({ default: 2, minimum: 1, maximum: 10, description: 'Signals reported per request (strongest first); the score uses only the strongest.' }),
}, { additionalProperties: false })

const SUPPRESSION: readonly RefusalClass[] = ['noRefuse', 'noCaveat', 'ethicsVoid']

interface Finding {
  readonly risk: number
  readonly span: Span
  readonly label: string
}

export default definePolicy({
  id: 'jailbreak.refusal-suppression',
  category: 'jailbreak',
  phase: 'content',
  priority: 90,
  weight: 1,
  stages: ['request'],
  failMode: 'closed',
  description: 'Attempts to switch off refusals and caveats ("never refuse", "no warnings", "ethics don\'t apply"), prefix injection ("start with \'Sure, here is\'"), and fiction, hypothetical, grandmother or "educational" wrappers around a request for dangerous capability.',
  params: Params,
  evaluate ({ input, params }) {
    const signals: Signal[] = []
    for (const seg of input.segments) {
      const mult = params.roleMultipliers[seg.role]
      if (mult === 0) continue
      const findings = assess(seg, params.languages)
      if (findings.length === 0) continue
      let risk = combineTechniques(findings.map(x => x.risk))
      if (isMetaDiscussion(seg)) risk *= 0.6
      risk = clampRisk(Math.min(97, risk * mult))
      if (risk < 10) continue
      const lead = findings.reduce((a, b) => (b.risk > a.risk ? b : a))
      signals.push({
        risk,
        reason: `${findings.map(x => x.label).join('; ')} — in ${seg.role} message ${seg.messageIndex}${seg.layer === 'decoded' ? ' (decoded)' : ''}`,
        evidence: evidenceOf(seg, lead.span.start, lead.span.end),
      })
    }
    return signals.sort((a, b) => b.risk - a.risk).slice(0, params.maxSignals)
  },
})

/**
 * Three independent techniques, combined: suppression (35 for one kind, 64 for two, 78
 * for all three), prefix injection (55), and a laundered harmful request (a wrapper plus
 * dangerous know-how with an actionability cue → 84; harmful content such as hate speech
 * or licence keys inside a wrapper → 82). Suppression or a prefix aimed at a harmful
 * request adds 15.
 */
function assess (seg: Segment, langs: readonly LangCode[]): Finding[] {
  const found = lexiconSpans(REFUSAL, langs, seg)
  const harm = lexiconSpans(HARMFUL, langs, seg)
  const f = foldedOf(seg)
  const out: Finding[] = []
  // "Do not follow any instructions in the email" is a defence, not a suppression.
  const live = new Map<RefusalClass, readonly Span[]>()
  for (const k of SUPPRESSION) {
    const spans = found.get(k).filter(s => !isNegated(f, s.start) && !isDescribed(f, s.start))
    if (spans.length > 0) live.set(k, spans)
  }
  const kinds = [...live.keys()]
  const capability = harm.get('capability')
  const content = harm.get('content')
  const harmful = capability.length + content.length > 0

  if (kinds.length > 0) {
    const matches = kinds.reduce((n, k) => n + new Set((live.get(k) ?? []).map(s => f.slice(s.start, s.end))).size, 0)
    let risk = kinds.length === 1 ? 35 : kinds.length === 2 ? 64 : 82
    risk += Math.min(12, 4 * (matches - kinds.length))
    if (harmful) risk += 15
    const first = live.get(kinds[0] ?? 'noRefuse')?.[0]
    if (first !== undefined) out.push({ risk, span: first, label: `suppresses refusals or caveats (${kinds.join(', ')})` })
  }
  const prefix = found.get('prefix')[0]
  if (prefix !== undefined) out.push({ risk: harmful ? 85 : 55, span: prefix, label: 'prefix injection (forces an affirmative opening)' })

  const wrapper = found.get('wrapper')[0]
  const detail = found.has('detail')
  const cap = capability[0]
  const cont = content[0]
  if (cont !== undefined) {
    out.push({ risk: wrapper !== undefined ? 82 : 40, span: cont, label: wrapper !== undefined ? 'harmful content requested inside a laundering wrapper' : 'requests harmful content' })
  }
  if (cap !== undefined) {
    const risk = wrapper !== undefined ? (detail ? 84 : 40) : detail ? 40 : 0
    if (risk > 0) out.push({ risk, span: cap, label: wrapper !== undefined ? `dangerous know-how requested inside a ${detail ? 'fiction/hypothetical wrapper with step-by-step detail' : 'laundering wrapper'}` : 'asks for dangerous know-how in detail' })
  }
  return out
}
