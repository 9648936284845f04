import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { evidenceOf, roleMessage } from '../../evidence.js'
import type { Segment, Signal } from '../../types.js'
import { LanguagesParam, type LangCode } from '../prompt-injection/lexicon/languages.js'
import { lexiconSpans } from '../prompt-injection/lexicon/scan.js'
import { isMetaDiscussion } from '../prompt-injection/match/cues.js'
import { redundantJoined } from '../prompt-injection/match/joined.js'
import { minRiskParam, roleMultipliersSchema } from '../prompt-injection/match/role-weights.js'
import { clampRisk, foldedOf, type Span } from '../prompt-injection/match/text.js'
import { dialogueOf, findTurns, type Dialogue } from './dialogue/turns.js'
import { isRefusal } from '../session/harm-cues.js'
import { complianceOpener } from './lexicon/compliance-openers.js'
import { HARMFUL } from './lexicon/harmful-terms.js'

const Params = Type.Object({
  languages: LanguagesParam,
  minPairs: Type.Integer({ default: 3, minimum: 2, maximum: 32, description: 'Fabricated question/answer exchanges needed before a dialogue inside one message is assessed. Fewer catches short primers, more spares quoted chat snippets.' }),
  roleMultipliers: roleMultipliersSchema({ system: 0.3, developer: 0.3, user: 1, assistant: 0.3, tool: 0.9 }, 'fabricated dialogues'),
  minRisk: minRiskParam,
}, { additionalProperties: false })

// Share of answers that must open by agreeing ("Sure!", "¡Claro!", "Конечно") to call the dialogue compliant.
const COMPLIANT_SHARE = 0.6
// Answers that repeat one opening word: a template, written to be imitated.
const TEMPLATE_MIN = 3
const LONG_RUN = 8
// The text around the dialogue asks to work on it (summarize, translate…), not to continue it.
const PROCESSING = /\b(?:summari[sz]\p{L}{0,3}|translat\p{L}{0,3}|analy[sz]\p{L}{0,3}|proofread|classif\p{L}{0,4}|critique|evaluat\p{L}{0,3}|grade|resum\p{L}{0,4}|traduc\p{L}{0,4}|tradu[sz]\p{L}{0,4}|zusammenfass\p{L}{0,4}|ubersetz\p{L}{0,4}|analysier\p{L}{0,4}|riassum\p{L}{0,4}|samenvat\p{L}{0,4}|vertaal|streszcz\p{L}{0,4}|przetlumacz\p{L}{0,4}|ozetle|cevir|ringkas\p{L}{0,4}|terjemah\p{L}{0,4}|tom tat|резюм\p{L}{0,4}|перевед\p{L}{0,4}|проанализ\p{L}{0,5})|总结|翻译|翻譯|要約|翻訳|요약|번역|لخص|ترجم|सारांश|अनुवाद/u

const FIRST_WORD = /^[\s"'*¡¿!(\[-]{0,6}([^\s.,!?:;"')\]！？。、，：]{1,24})/u
const HOST = /^https?:\/\/([^/\s?#)]{1,80})/

interface Assessment {
  readonly risk: number
  readonly lead: Span
  readonly parts: readonly string[]
}

/**
 * Many-shot jailbreaking inside one message: a run of fabricated user/assistant turns in
 * which the "assistant" keeps agreeing — often to harmful or rule-breaking requests — and
 * a last request left open for the model to answer in the same voice. The structure is
 * scored, not the words: how many exchanges, how uniformly the answers comply or follow
 * one template, whether the asks are harmful, and whether the dialogue ends open.
 */
export default definePolicy({
  id: 'jailbreak.many-shot',
  category: 'jailbreak',
  phase: 'content',
  priority: 85,
  weight: 1,
  stages: ['request'],
  failMode: 'closed',
  description: 'Many-shot priming inside one message: three or more fabricated question/answer exchanges whose answers comply ("Sure, here is how…") or follow one template, ending on an open request — scored higher when the fabricated asks are harmful. Transcripts given to summarize or translate, and few-shot examples whose answers are plain content, score little or nothing.',
  params: Params,
  decomposes: { limit: () => 1 },
  evaluate ({ input, params }) {
    const signals: Signal[] = []
    for (const seg of input.segments) {
      const mult = params.roleMultipliers[seg.role]
      if (mult === 0) continue
      const a = assess(seg, params.minPairs, params.languages)
      if (a === null || redundantJoined(input, seg, a.lead)) continue
      const risk = clampRisk(Math.min(95, a.risk * mult))
      if (risk < params.minRisk) continue
      signals.push({
        risk,
        reason: `fabricated dialogue: ${a.parts.join(', ')} — in ${roleMessage(seg.role)}${seg.layer === 'decoded' ? ' (decoded)' : ''}`,
        evidence: evidenceOf(seg, a.lead.start, a.lead.end),
        ...(risk >= 70 ? { actions: ['instruction_override'] as const } : {}),
      })
    }
    return signals.sort((a, b) => b.risk - a.risk).slice(0, 1)
  },
})

/**
 * Risk table: answers that comply (≥60 % open by agreeing) 50, answers on one template
 * 40; +10 when both; +30 when an exchange is harmful (45 alone when the answers neither
 * comply nor follow a template); +8 for eight or more exchanges. A dialogue whose answers
 * mostly refuse scores nothing; one that ends answered keeps 60 %; one framed for
 * processing ("summarize this chat") or discussed as research keeps half.
 */
export function assess (seg: Segment, minPairs: number, langs: readonly LangCode[]): Assessment | null {
  const f = foldedOf(seg)
  // Cheap gate: a dialogue needs at least 2 × minPairs label colons.
  if (countColons(f) < minPairs * 2 - 1) return null
  const d = dialogueOf(f, findTurns(f), minPairs)
  if (d === null) return null
  const openers = d.answers.map(s => complianceOpener(f.slice(s.start, Math.min(s.end, s.start + 40))))
  const compliant = openers.filter(o => o !== null).length
  const complies = d.answers.length > 0 && compliant / d.answers.length >= COMPLIANT_SHARE
  const templated = sameOpening(f, d.answers) >= TEMPLATE_MIN
  const harm = lexiconSpans(HARMFUL, langs, seg)
  // A harmful fabricated answer shows compliance as much as a harmful ask shows intent;
  // the request written after the dialogue is the one it primes.
  const harmfulTurns = countWithin([...harm.get('capability'), ...harm.get('content')], [...d.asks, ...d.answers, d.after])
  const refusals = d.answers.filter(s => isRefusal(f.slice(s.start, s.end))).length
  // A transcript in which the assistant declines is evidence of a refusal, not a primer.
  if (refusals * 2 >= d.answers.length) return null
  const parts = [`${d.pairs} exchanges between '${d.asker}' and '${d.answerer || 'answer'}'`]
  let risk = 0
  if (complies) { risk = 50; parts.push('the answers comply') }
  else if (templated) { risk = 40; parts.push('the answers follow one template') }
  if (complies && templated) risk += 10
  if (harmfulTurns > 0) {
    if (risk > 0) { risk += 30; parts.push('the exchanges are harmful') }
    else { risk = 45; parts.push('harmful exchanges answered') }
  }
  if (risk === 0) return null
  if (d.pairs >= LONG_RUN) { risk += 8; parts.push('a long run') }
  if (!d.openEnd) { risk *= 0.6; parts.push('(ends answered)') }
  else parts.push('and ends on an open request')
  if (isProcessed(f, d) || isMetaDiscussion(seg)) { risk *= 0.5; parts.push('(framed as material to process or discuss)') }
  return { risk, lead: d.span, parts }
}

function countColons (f: string): number {
  let n = 0
  for (let i = f.indexOf(':'); i !== -1 && n < 64; i = f.indexOf(':', i + 1)) n++
  for (let i = f.indexOf('：'); i !== -1 && n < 64; i = f.indexOf('：', i + 1)) n++
  return n
}

/**
 * How many answers share one feature: the same first word, or a link to the same host
 * (an answer format that carries a beacon in every reply).
 */
function sameOpening (f: string, answers: readonly Span[]): number {
  const counts = new Map<string, number>()
  let best = 0
  const add = (key: string): void => {
    const c = (counts.get(key) ?? 0) + 1
    counts.set(key, c)
    if (c > best) best = c
  }
  for (const s of answers) {
    const word = FIRST_WORD.exec(f.slice(s.start, Math.min(s.end, s.start + 40)))?.[1]
    if (word !== undefined) add(`w:${word}`)
    const http = f.indexOf('http', s.start)
    if (http !== -1 && http < s.end) {
      const host = HOST.exec(f.slice(http, Math.min(s.end, http + 120)))?.[1]
      if (host !== undefined) add(`h:${host}`)
    }
  }
  return best
}

function countWithin (spans: readonly Span[], turns: readonly Span[]): number {
  let n = 0
  for (const t of turns) if (spans.some(s => s.start >= t.start && s.start < t.end)) n++
  return n
}

function isProcessed (f: string, d: Dialogue): boolean {
  return PROCESSING.test(f.slice(d.before.start, d.before.end)) || PROCESSING.test(f.slice(d.after.start, Math.min(d.after.end, d.after.start + 400)))
}
