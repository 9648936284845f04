import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { memoSlot } from '../../segment-memo.js'
import { evidenceOf, roleMessage } from '../../evidence.js'
import { hiddenLayers } from '../../checks/segments.js'
import { foldedWithin, hasHiddenCharacters, isZalgo } from '../../checks/disguise.js'
import { allSegmentsOf, type NormalizedInput, type Segment, type Signal } from '../../types.js'
import { LanguagesParam, type LangCode } from '../prompt-injection/lexicon/languages.js'
import { lexiconSpans } from '../prompt-injection/lexicon/scan.js'
import { isDescribed, isMetaDiscussion, isNegated } from '../prompt-injection/match/cues.js'
import { redundantJoined } from '../prompt-injection/match/joined.js'
import { combineTechniques, minRiskParam, roleMultipliersSchema } from '../prompt-injection/match/role-weights.js'
import { clampRisk, foldedOf, type Span } from '../prompt-injection/match/text.js'
import { crossTurnLaundering, type SegmentReading } from './dialogue/cross-turn.js'
import { complianceOpener } from './lexicon/compliance-openers.js'
import { defensiveMention, harmlessCompound } from './lexicon/defensive.js'
import { HARMFUL } from './lexicon/harmful-terms.js'
import { PERSONA } from './lexicon/persona-terms.js'
import { PRESSURE } from './lexicon/pressure-terms.js'
import { PRETEXT } from './lexicon/pretext-terms.js'
import { isStandingOrder } from './standing-suppression.js'
import { villainPlanOf } from './villain-plan.js'
import { REFUSAL, type RefusalClass } from './lexicon/refusal-terms.js'

const Params = Type.Object({
  languages: LanguagesParam,
  roleMultipliers: roleMultipliersSchema({ system: 0.2, developer: 0.2, user: 1, assistant: 0.3, tool: 0.8 }, 'refusal suppression'),
  minRisk: minRiskParam,
  maxSignals: Type.Integer({ default: 2, minimum: 1, maximum: 10, description: 'Signals reported per request (strongest first); the score uses only the strongest.' }),
}, { additionalProperties: false })

const SUPPRESSION: readonly RefusalClass[] = ['noRefuse', 'noCaveat', 'ethicsVoid']
// Detail cues that name a product ("working code", "reagents") rather than ask for the
// procedure itself ("step by step", "every chemical", "подробно").
const PRODUCT = /code|script|exploit|reagent|precursor|dosage|recipe|tutorial|quantit|list of|protocol|playbook|manifest/
// Where a primed opening stops for the model to go on: a colon, a first list item, "step 1".
const LEFT_OPEN = /(?::|(?:^|[\s(])(?:1|one|i)[.):]?|step\s?(?:1|one)[.):]?)\s{0,3}$/

/**
 * The user writes the model's affirmative opening and stops where the content would
 * begin ("Sure, here is how to … Step 1:"), so the model continues its own "yes": prefix
 * injection without asking for the prefix.
 */
function primedOpening (seg: Segment, f: string): Span | null {
  if (seg.role !== 'user' || !LEFT_OPEN.test(f)) return null
  const opener = complianceOpener(f)
  if (opener === null) return null
  const start = f.indexOf(opener)
  return { start, end: start + opener.length }
}

interface Finding {
  readonly risk: number
  readonly span: Span
  readonly label: string
  /** A harmful request with no laundering technique in its own words (scored 40): what it asks for. */
  readonly bare?: string
}

const BARE_START = /^(?:start|begin|open)(?: off)? (?:with|by)/
const CLAUSE_OPENS = /(?:^|[.!?:;\n(]|\b(?:and|then|please|now|just|first|so|pls))\s{0,3}$/

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
  evaluate ({ input, session, params }) {
    const signals: Signal[] = []
    const readings: SegmentReading[] = []
    for (const seg of input.segments) {
      const mult = params.roleMultipliers[seg.role]
      if (mult === 0) continue
      const { findings: own, reading } = assessed(seg, params.languages, isZalgo(input, seg))
      readings.push(reading)
      const findings = own.map(x => x.bare !== undefined && concealedRequest(input, seg, x.span) ? { risk: 86, span: x.span, label: `${x.bare} requested through a concealment (${seg.encodings.join('>')})` } : x)
      if (findings.length === 0) continue
      let risk = combineTechniques(findings.map(x => x.risk))
      if (isMetaDiscussion(seg)) risk *= 0.6
      risk = clampRisk(Math.min(97, risk * mult))
      if (risk < params.minRisk) continue
      const lead = findings.reduce((a, b) => (b.risk > a.risk ? b : a))
      // The joined view only matters when the technique and the request sit in different turns.
      if (findings.every(x => redundantJoined(input, seg, x.span))) continue
      signals.push({
        risk,
        reason: `${findings.map(x => x.label).join('; ')} — in ${roleMessage(seg.role)}${seg.layer === 'decoded' ? ' (decoded)' : ''}`,
        evidence: evidenceOf(seg, lead.span.start, lead.span.end),
      })
    }
    const across = crossTurnLaundering(input, readings, session)
    if (across !== null) signals.push({ risk: across.risk, reason: `${across.reason} — in ${roleMessage(across.seg.role)}`, evidence: evidenceOf(across.seg, across.span.start, across.span.end) })
    return signals.sort((a, b) => b.risk - a.risk).slice(0, params.maxSignals)
  },
})

// Refusals and caveats (or ethics) switched off in one breath: as plain a jailbreak as three kinds.
const STANDING_ORDER = 80

function standing (f: string, live: ReadonlyMap<RefusalClass, readonly Span[]>): boolean {
  const refusals = live.get('noRefuse')
  if (refusals === undefined) return false
  return isStandingOrder(f, refusals, [...(live.get('noCaveat') ?? []), ...(live.get('ethicsVoid') ?? [])])
}

/** Words around a harmful term read with it as the request ("to build a" pipe bomb "at home"). */
const REQUEST_WORDS = 3
const OBJECT_WORDS = 2

/**
 * A harmful request that only a hiding step made readable: the harmful term with the words
 * around it is nowhere in the message as written. Code words ("'cake' means 'pipe
 * bomb'") and strings summed from variables leave every piece in sight, so the term
 * itself is no test; the request they spell is. That concealment is the laundering
 * technique, scored like a fiction wrapper. A view that only copies the message's own
 * words (a disguise, or a decoded line around an unchanged request) conceals nothing.
 */
function concealedRequest (input: NormalizedInput, seg: Segment, span: Span): boolean {
  if (seg.layer !== 'decoded' || hiddenLayers(seg) === 0) return false
  const plain = allSegmentsOf(input).find(s => s.layer === 'plain' && s.messageIndex === seg.messageIndex)
  if (plain === undefined) return false
  const f = foldedOf(seg)
  let from = span.start
  let words = 0
  while (from > 0 && !(f.charCodeAt(from - 1) === 0x20 && ++words > REQUEST_WORDS)) from--
  let to = span.end
  words = 0
  while (to < f.length && !(f.charCodeAt(to) === 0x20 && ++words > OBJECT_WORDS)) to++
  const request = f.slice(from, to).trim()
  return request.length > 0 && !foldedOf(plain).includes(request)
}

/** Look-alike letters that spell a word in a disguise nobody types by accident (accents fold too, and are ordinary spelling). */
const DISGUISES: ReadonlySet<string> = new Set(['fullwidth', 'mixed-script', 'lookalike-word', 'small-caps'])

/** What `assess` found in a segment, without the segment (kept with it, and read at whatever index it is placed). */
interface Assessment {
  readonly langs: readonly LangCode[]
  readonly zalgo: boolean
  readonly findings: readonly Finding[]
  readonly suppression: number
  readonly harm: Span | null
}

// Kept per segment: a segment's reading depends on its text and the languages alone, and
// resent history (plain segments, joined windows) comes back as the same segment, so a
// next turn reads only its new text. The cross-turn check still runs every request.
const ASSESSED = memoSlot<Assessment>()

function assessed (seg: Segment, langs: readonly LangCode[], zalgo: boolean): { findings: readonly Finding[], reading: SegmentReading } {
  let a = ASSESSED.get(seg)
  if (a === undefined || a.langs !== langs || a.zalgo !== zalgo) {
    const { findings, reading } = assess(seg, langs, zalgo)
    a = ASSESSED.set(seg, { langs, zalgo, findings, suppression: reading.suppression, harm: reading.harm })
  }
  return { findings: a.findings, reading: { seg, suppression: a.suppression, harm: a.harm } }
}

/**
 * Techniques, combined: suppression (35 for one kind, 64 for two, 80 for two written as
 * one standing order to the model (see standing-suppression.ts), 82 for all three),
 * prefix injection (55), and a laundered harmful request. A harmful request is dangerous
 * know-how asked for operationally (how to make/do it, with step-by-step detail, real
 * accuracy or an intent to avoid detection) or content harmful in itself (hate speech,
 * licence keys). Alone it scores 40 — it is a harmful question, not a jailbreak. With any
 * laundering technique in the same message — a fiction or hypothetical wrapper, a
 * pretext (consent, emergency, sandbox, "for my research"), suppression, a prefix, an
 * unbound persona, a token threat or pressure on its refusals ("if you weren't
 * restricted", "other AIs answered this") — it scores 86.
 */
function assess (seg: Segment, langs: readonly LangCode[], zalgo: boolean): { findings: Finding[], reading: SegmentReading } {
  const found = lexiconSpans(REFUSAL, langs, seg)
  const harm = lexiconSpans(HARMFUL, langs, seg)
  const pre = lexiconSpans(PRETEXT, langs, seg)
  const persona = lexiconSpans(PERSONA, langs, seg)
  const f = foldedOf(seg)
  const pressure = lexiconSpans(PRESSURE, langs, seg).get('pressure').find(s => !isNegated(f, s.start) && !isDescribed(f, s.start))
  const out: Finding[] = []

  // "Do not follow any instructions in the email" is a defence, not a suppression.
  const live = new Map<RefusalClass, readonly Span[]>()
  for (const k of SUPPRESSION) {
    const spans = found.get(k).filter(s => !isNegated(f, s.start) && !isDescribed(f, s.start))
    if (spans.length > 0) live.set(k, spans)
  }
  const kinds = [...live.keys()]
  const capability = harm.get('capability').find(s => !defensiveMention(f, s) && !harmlessCompound(f, s))
  const content = harm.get('content')[0]
  const actionable = found.has('detail') || pre.has('realism') || pre.has('evasionIntent')
  // A fictional or hypothetical frame around a mere mention of a weapon or a drug is
  // ordinary storytelling, so wrappers need the request to be operational and detailed;
  // suppression, a forced prefix or an unbound persona already show intent, so with them
  // an operational request is enough.
  // A demand for procedural detail ("step by step", "every chemical", "exact temperatures")
  // asks for the procedure as plainly as "how to" does.
  // Product words among the detail cues ("working code", "reagents") do not ask how.
  const asked = capability !== undefined && (found.has('operate') || found.get('detail').some(s => !PRODUCT.test(f.slice(s.start, s.end))))
  const howTo = asked && actionable
  const harmSpan = (howTo || asked ? capability : content) ?? content
  if (kinds.length > 0) {
    const matches = kinds.reduce((n, k) => n + new Set((live.get(k) ?? []).map(s => f.slice(s.start, s.end))).size, 0)
    let risk = kinds.length === 1 ? 35 : kinds.length === 2 ? (standing(f, live) ? STANDING_ORDER : 64) : 82
    risk += Math.min(12, 4 * (matches - kinds.length))
    const first = live.get(kinds[0] ?? 'noRefuse')?.[0]
    if (first !== undefined) out.push({ risk, span: first, label: `suppresses refusals or caveats (${kinds.join(', ')})` })
  }
  const villain = villainPlanOf(f)
  if (villain !== null) out.push({ risk: 82, span: villain, label: 'a villain explains a plan step by step, with the steps left for the model to write' })
  // A primed opening is a technique only around dangerous know-how: "Here's the draft:" opens a paste.
  // A bare "begin with '…'" orders only where a clause opens on it; "the examples start
  // with 'Sure, here is'" describes.
  const prefix = found.get('prefix').find(p => !BARE_START.test(f.slice(p.start, p.start + 12)) || CLAUSE_OPENS.test(f.slice(Math.max(0, p.start - 12), p.start))) ??
    (asked ? primedOpening(seg, f) ?? undefined : undefined)
  // "Stay in character" with a request for dangerous know-how: the role set up earlier
  // (often in another turn) is what is meant to carry the request past a refusal.
  const inCharacter = persona.has('character')
  const encodedReply = found.get('encodedReply').find(s => !isNegated(f, s.start))
  // A pretext ("I'm a teacher", "for my research") does not: it comes with honest
  // questions about how dangerous things work as often as with requests for the recipe.
  // A harmful request written in a disguise the cleaning undid is a laundering technique,
  // like a fiction wrapper: the plain text reads in clear, the marks show the dressing up
  // (look-alike letters, Zalgo, or characters hidden anywhere in the message:
  // imperceptible perturbations need only one).
  const sought = asked ? capability : content
  const dressed = sought !== undefined && seg.layer === 'plain' && (zalgo || foldedWithin(seg, { start: 0, end: seg.text.length }, DISGUISES) || hasHiddenCharacters(seg))
  const forceful = kinds.length > 0 || prefix !== undefined || persona.has('unbound') || persona.has('threat') || pressure !== undefined || inCharacter || encodedReply !== undefined || dressed
  const harmful = howTo || content !== undefined || (asked && forceful)
  if (prefix !== undefined) out.push({ risk: harmful ? 88 : 55, span: prefix, label: 'prefix injection (forces an affirmative opening)' })

  if (harmful && harmSpan !== undefined) {
    const techniques: string[] = []
    if (found.has('wrapper')) techniques.push('a fiction/hypothetical wrapper')
    if (pre.has('pretext')) techniques.push('a pretext')
    if (pre.has('realism')) techniques.push('a demand for real-world accuracy')
    if (kinds.length > 0) techniques.push('refusal suppression')
    if (prefix !== undefined) techniques.push('a forced prefix')
    if (persona.has('unbound') || persona.has('threat')) techniques.push('an unbound persona or threat')
    if (pressure !== undefined) techniques.push('pressure on its refusals')
    if (inCharacter) techniques.push('insistence that it stays in character')
    if (encodedReply !== undefined) techniques.push('an answer in an encoding that slips past output checks')
    if (dressed) techniques.push('letters disguised (look-alikes, hidden characters or stacked marks)')
    const what = asked ? 'dangerous know-how' : 'harmful content'
    out.push(techniques.length > 0
      ? { risk: 86, span: harmSpan, label: `${what} requested through ${techniques.join(', ')}` }
      : { risk: 40, span: harmSpan, label: `asks for ${what}`, bare: what })
  } else if (capability !== undefined && found.has('wrapper')) {
    out.push({ risk: 35, span: capability, label: 'a sensitive topic inside a fictional or hypothetical frame' })
  }
  // Alone, pressure on refusals asks for nothing yet: it is noted, below the flag line.
  if (pressure !== undefined && !(harmful && harmSpan !== undefined)) out.push({ risk: 30, span: pressure, label: 'pressures the model about its refusals or restrictions' })
  const suppression = out.find(x => x.label.startsWith('suppresses'))?.risk ?? 0
  return { findings: out, reading: { seg, suppression, harm: (asked ? capability : content) ?? null } }
}
