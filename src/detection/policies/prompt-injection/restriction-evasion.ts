import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { evidenceOf } from '../../evidence.js'
import { operatorTextOf } from '../../checks/roles.js'
import { hiddenLayers, isJoinedView } from '../../checks/segments.js'
import type { Segment, Signal } from '../../types.js'
import { EVASION, type EvasionClass } from './lexicon/evasion.js'
import { LanguagesParam } from './lexicon/languages.js'
import { MANIPULATION } from './lexicon/manipulation.js'
import { lexiconSpans } from './lexicon/scan.js'
import { restrictedTopicsOf, topicHits, type RestrictedTopic, type TopicHit } from './match/restrictions.js'
import { clampRisk, foldedOf } from './match/text.js'
import { languageOf, switchesLanguage } from './match/text-language.js'

const Params = Type.Object({
  languages: LanguagesParam,
  overloadQuestions: Type.Integer({ default: 8, minimum: 3, maximum: 50, description: 'Questions in one turn from which a restricted topic buried among them counts as an overload attempt.' }),
  topicOnlyRisk: Type.Number({ default: 25, minimum: 0, maximum: 100, description: 'Risk of a turn that touches a restricted topic with no evasion technique (an off-topic question, usually harmless).' }),
  evasionRisk: Type.Number({ default: 80, minimum: 0, maximum: 100, description: 'Risk of a turn that reaches a restricted topic through an evasion technique.' }),
}, { additionalProperties: false })

const FEW_SHOT = /(?:^|\s)(?:q|p|question|pergunta|pregunta):\s/gu
const FEW_SHOT_ANSWER = /(?:^|\s)(?:a|r|answer|resposta|respuesta):\s/u
// Asking what a named thing is or how it works, in the languages users switch to.
const ASKS_ABOUT = /\b(?:explain|describe|what (?:is|are|does)|tell me|principles?|how (?:does|do|is)|walk me through|identify|expl[ií]ca\p{L}{0,4}|describ\p{L}{1,4}|spiega\p{L}{0,4}|erklar\p{L}{0,3}|jelaskan|apa itu|acikla\p{L}{0,4}|nedir)\b|समझा|क्या है/u

export default definePolicy({
  id: 'prompt-injection.restriction-evasion',
  category: 'prompt_injection',
  phase: 'content',
  priority: 95,
  weight: 1,
  stages: ['request'],
  failMode: 'closed',
  description: 'A user turn that reaches a topic the system prompt forbids through an evasion technique: hypothetical framing, a casual pivot, persuasion or false agreement, a fake few-shot dialogue, or burying it among many questions.',
  params: Params,
  // What a segment reaches depends on the topics the system prompt restricts.
  decomposes: { limit: () => 2, requestContext: input => operatorTextOf(input) },
  evaluate ({ input, params }) {
    const topic = restrictedTopicsOf(input)
    if (topic === null) return []
    const signals: Signal[] = []
    for (const seg of input.segments) {
      if (seg.role !== 'user') continue
      const hits = topicHits(seg, topic)
      const first = hits[0]
      if (first === undefined) continue
      const techniques = [...evasionOf(seg, params.languages, params.overloadQuestions), ...reachOf(seg, topic, hits)]
      const risk = clampRisk(techniques.length === 0 ? params.topicOnlyRisk : Math.min(95, params.evasionRisk + 5 * (techniques.length - 1)))
      if (risk < 10) continue
      signals.push({
        risk,
        reason: techniques.length === 0
          ? `touches a topic the system prompt restricts ("${foldedOf(seg).slice(first.start, first.end)}")`
          : `reaches a restricted topic ("${foldedOf(seg).slice(first.start, first.end)}") via ${techniques.join(', ')}`,
        evidence: evidenceOf(seg, first.start, first.end),
        ...(techniques.length > 0 ? { actions: ['policy_probe'] as const } : {}),
      })
    }
    return signals.sort((a, b) => b.risk - a.risk).slice(0, 2)
  },
})

/**
 * How the turn got to the topic, beyond the wording of evasionOf: in another language than
 * the operator's, through a named instance instead of the topic's name, hidden in an
 * encoding the normalizer had to undo, or by asking for a translation the operator excluded.
 */
function reachOf (seg: Segment, topic: RestrictedTopic, hits: readonly TopicHit[]): string[] {
  const out: string[] = []
  // A payload unwrapped from JSON or from a lead is the user's own text, as written.
  const asWritten = seg.layer === 'plain' || (!isJoinedView(seg) && hiddenLayers(seg) === 0)
  if (asWritten && hits.some(h => h.kind !== 'translation') && switchesLanguage(topic.language, languageOf(seg))) out.push('a switch to another language')
  if (hits.some(h => h.kind === 'instance') && ASKS_ABOUT.test(foldedOf(seg))) out.push('an indirect reference')
  if (hiddenLayers(seg) > 0) out.push(`an encoding (${seg.encodings.join('>')})`)
  return out
}

function evasionOf (seg: Segment, langs: Parameters<typeof lexiconSpans>[1], overload: number): string[] {
  const out: string[] = []
  const found = lexiconSpans(EVASION, langs, seg)
  const names: Readonly<Record<EvasionClass, string>> = { hypothetical: 'hypothetical framing', pivot: 'a topic pivot', persuasion: 'persuasion', regardless: 'an explicit "regardless of your task"' }
  for (const cls of Object.keys(names) as EvasionClass[]) if (found.has(cls)) out.push(names[cls])
  const manip = lexiconSpans(MANIPULATION, langs, seg)
  if (manip.has('pressure') || manip.has('framing')) out.push('claimed authority or virtual framing')
  const f = foldedOf(seg)
  let shots = 0
  FEW_SHOT.lastIndex = 0
  while (shots < 3 && FEW_SHOT.exec(f) !== null) shots++
  FEW_SHOT.lastIndex = 0
  if (shots >= 2 && FEW_SHOT_ANSWER.test(f)) out.push('a fake few-shot dialogue')
  let questions = 0
  for (let i = 0; i < f.length && questions < overload; i++) if (f.charCodeAt(i) === 0x3f || f.charCodeAt(i) === 0xff1f) questions++
  if (questions >= overload) out.push('a flood of unrelated questions')
  return [...new Set(out)]
}
