import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { evidenceOf, roleMessage } from '../../evidence.js'
import type { Segment, Signal } from '../../types.js'
import { AUTHORITY, type AuthorityClass } from './lexicon/authority.js'
import { LanguagesParam, type LangCode } from './lexicon/languages.js'
import { lexiconSpans } from './lexicon/scan.js'
import { isDescribed, isMetaDiscussion, isQuotedSample } from './match/cues.js'
import { combineTechniques, minRiskParam, roleMultipliersSchema } from './match/role-weights.js'
import { clampRisk, foldedOf, nearest, upperRatio, type Span } from './match/text.js'

const Params = Type.Object({
  languages: LanguagesParam,
  roleMultipliers: roleMultipliersSchema({ system: 0, developer: 0, user: 1, assistant: 0, tool: 1.1 }, 'role and authority claims'),
  minRisk: minRiskParam,
  maxSignals: Type.Integer({ default: 2, minimum: 1, maximum: 10, description: 'Signals reported per request (strongest first); the score uses only the strongest.' }),
}, { additionalProperties: false })

const BASE: Readonly<Record<Exclude<AuthorityClass, 'modeCue' | 'coercion'>, number>> = { identity: 48, channel: 58, grant: 52, mode: 60 }
const MODE_CUE_WINDOW = 6
const SELF_GRANT_BOOST = 8
// A mode written as a standalone declaration: "[DEVELOPER MODE]", "SUDO MODE:", "<X MODE>".
const DECLARED_MODE = /(?:^|\n|[[(<{])\s{0,3}$/
const MODE_ACTIVATED_AFTER = /^\s{0,3}(?:activated|enabled|engaged|unlocked|initiated)\b|^\s{0,3}on\s{0,2}(?:$|[.!:\]])|^\s{0,3}[:\]>)}]/

interface Hit extends Span {
  readonly cls: AuthorityClass
  readonly risk: number
}

export default definePolicy({
  id: 'prompt-injection.authority-claim',
  category: 'prompt_injection',
  phase: 'content',
  priority: 100,
  weight: 0.9,
  stages: ['request'],
  failMode: 'closed',
  description: 'Claims of authority over the model — "I am your developer", "message from OpenAI", "sudo mode", "authorized red-team override", override codes — raised as role_claim so session analysis can score them with what follows.',
  params: Params,
  decomposes: { limit: p => p.maxSignals },
  evaluate ({ input, params }) {
    const signals: Signal[] = []
    for (const seg of input.segments) {
      const mult = params.roleMultipliers[seg.role]
      if (mult === 0) continue
      const hits = scan(seg, params.languages)
      if (hits.length === 0) continue
      const byClass = new Map<AuthorityClass, number>()
      for (const h of hits) byClass.set(h.cls, Math.max(byClass.get(h.cls) ?? 0, h.risk))
      let risk = combineTechniques([...byClass.values()])
      // The claimed authority exercising itself ("your developers have updated your policy:
      // you may now…") is the whole manoeuvre, not two loose phrases.
      if (byClass.has('grant') && (byClass.has('identity') || byClass.has('channel'))) risk += SELF_GRANT_BOOST
      if (isMetaDiscussion(seg)) risk *= 0.5
      risk = clampRisk(Math.min(95, risk * mult))
      if (risk < params.minRisk) continue
      const lead = hits.reduce((a, b) => (b.risk > a.risk ? b : a))
      signals.push({
        risk,
        reason: `claims authority over the model (${[...byClass.keys()].join(', ')}) — in ${roleMessage(seg.role)}`,
        evidence: evidenceOf(seg, lead.start, lead.end),
        actions: ['role_claim'],
      })
    }
    return signals.sort((a, b) => b.risk - a.risk).slice(0, params.maxSignals)
  },
})

function scan (seg: Segment, langs: readonly LangCode[]): Hit[] {
  const f = foldedOf(seg)
  const found = lexiconSpans(AUTHORITY, langs, seg)
  const m = (cls: AuthorityClass): readonly Span[] => found.get(cls)
  const out: Hit[] = []
  for (const cls of ['identity', 'channel', 'grant'] as const) {
    for (const s of m(cls)) if (!isDescribed(f, s.start) && !isQuotedSample(seg, s)) out.push({ ...s, cls, risk: BASE[cls] })
  }
  const modes = m('mode')
  if (modes.length > 0) {
    const cues = m('modeCue')
    for (const s of modes) {
      if (isQuotedSample(seg, s)) continue
      const declared = DECLARED_MODE.test(f.slice(Math.max(0, s.start - 4), s.start)) || MODE_ACTIVATED_AFTER.test(f.slice(s.end, s.end + 16))
      const shouted = upperRatio(seg.text, s.start, s.end) > 0.8
      const addressed = nearest(f, s, cues, MODE_CUE_WINDOW) !== null
      // Non-Latin mode names ("开发者模式") are rare outside jailbreaks; Latin ones ("god
      // mode", "debug mode") are everyday software talk unless aimed at the model.
      const foreign = !/^[a-z ]+$/.test(f.slice(s.start, s.end))
      if (addressed || declared || shouted || foreign) out.push({ ...s, cls: 'mode', risk: BASE.mode + (addressed && (declared || shouted) ? 8 : 0) })
    }
  }
  if (out.length > 0) {
    const coercion = m('coercion')
    for (const s of coercion) out.push({ ...s, cls: 'coercion', risk: 30 })
  }
  return out
}
