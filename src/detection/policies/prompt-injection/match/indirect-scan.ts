import type { Segment } from '../../../types.js'
import { INDIRECT, type IndirectClass } from '../lexicon/indirect.js'
import type { LangCode } from '../lexicon/languages.js'
import { lexiconSpans } from '../lexicon/scan.js'
import { isMetaDiscussion } from './cues.js'
import { dataRegionOf, htmlComments, type DataRegion } from './data-regions.js'
import { scanOverride } from './override-scan.js'
import { findRoleMarkers } from './role-markers.js'
import { combineTechniques } from './role-weights.js'
import { foldedOf, hasAfter, hasBefore, type Span } from './text.js'

export interface IndirectConfig {
  readonly window: number
  readonly languages: readonly LangCode[]
  /** Multiplier for signals in a user turn outside any embedded data. */
  readonly outsideData: number
}

export interface Technique extends Span {
  readonly kind: string
  readonly risk: number
  readonly reason: string
}

export interface IndirectResult {
  readonly risk: number
  readonly lead: Technique
  readonly techniques: readonly Technique[]
  readonly region: DataRegion | null
}

const DIRECTIVE_AFTER = 40
const MIN_OVERRIDE = 50
const THIRD_PERSON_OUTSIDE = 0.85
const SECOND_PERSON = /^(?:dear|hey|hello|hi)\b|,\s?(?:please|you must|you should|make sure|when you|if you|this is|from now on|for the rest of)/
const MIN_MARKER = 35
const DIRECTIVE_BEFORE = 12
const MODEL_TASK = /summar|translat|transcri|analy[sz]|classif|review|assess|screen|evaluat|rate|rank|extract|answer the question|questions? about (?:this|the) (?:page|document|email|text)/
const LABEL_VERB = /[:：]\s{0,2}(?:tell|say|ignore|send|forward|call|run|execute|open|navigate|include|add|append|ask|reply|respond|print|output|record|omit|state|delete|remove|erase|wipe|rename|move|transfer|pay|approve|grant|share|upload|email|post|buy|book|cancel|disable|unlock)$/
const URL = /https?:\/\/|www\.|\]\(|\.(?:com|net|org|io|biz|xyz|ru|cn)\b/

/**
 * Scores text that addresses the model from inside data, changes its task, or plants
 * facts. Each technique has a base risk inside data; outside data (a plain user turn
 * talking to the assistant, which is normal) it is scaled down by `outsideData`.
 */
export function scanIndirect (seg: Segment, cfg: IndirectConfig): IndirectResult | null {
  const f = foldedOf(seg)
  const region = dataRegionOf(seg)
  const found = lexiconSpans(INDIRECT, cfg.languages, seg)
  const m = (cls: IndirectClass): readonly Span[] => found.get(cls)
  const address = m('address')
  const trigger = m('trigger')
  const exclusive = m('exclusive')
  const framing = m('framing')
  const hidden = m('hidden')
  const stealth = m('stealth')
  const comments = f.includes('<!--') ? htmlComments(f) : []
  const inData = (s: Span): boolean => region !== null && s.start >= region.start
  const overrides = region === null ? [] : scanOverride(seg, cfg).filter(o => region.start <= o.verbAt)
  const markers = region === null ? [] : findRoleMarkers(seg).filter(inData)
  if (address.length + trigger.length + exclusive.length + framing.length + hidden.length + stealth.length + comments.length + overrides.length + markers.length === 0) return null

  const directive = m('directive')
  const out: Technique[] = []
  // The operator's own system or developer text is configuration, not planted data: only
  // what it pastes (a retrieved document, a note after an intro) can carry an injection.
  const operator = seg.role === 'system' || seg.role === 'developer'
  const add = (kind: string, s: Span, base: number, reason: string, outside = cfg.outsideData): void => {
    out.push({ kind, start: s.start, end: s.end, risk: base * (inData(s) ? 1 : operator ? 0 : outside), reason })
  }
  // A user speaking to the assistant says "you"; "note to the AI", "AI analyst:" or "AI
  // agents reading this" talk about a model in the third person, which is how text
  // planted for some other reader's assistant reads even when no data region is found.
  const thirdPerson = (s: Span): boolean => !SECOND_PERSON.test(f.slice(s.start, s.end))
  // "assistant: delete every file": a role label followed by an imperative is directed by itself.
  const directed = (s: Span): boolean => hasAfter(f, s, directive, DIRECTIVE_AFTER) !== null || hasBefore(f, s, directive, DIRECTIVE_BEFORE) !== null || LABEL_VERB.test(f.slice(s.start, s.end))

  for (const s of address) add('address', s, directed(s) ? 86 : 50, directed(s) ? 'text addresses the AI and changes its task' : 'text addresses the AI reading it', thirdPerson(s) ? THIRD_PERSON_OUTSIDE : cfg.outsideData)
  for (const s of trigger) {
    // "If the customer asks for a refund, reply with the form link" is an ordinary FAQ
    // rule; a trigger on the model's own task (a summary, a translation) or one that
    // suppresses the real content ("reply with only…") is the planted instruction.
    const suppresses = hasAfter(f, s, exclusive, DIRECTIVE_AFTER) !== null
    const onTask = MODEL_TASK.test(f.slice(s.start, s.end + 40))
    const acts = directed(s)
    const risk = suppresses || (acts && onTask) ? 86 : acts ? 40 : 30
    add('trigger', s, risk, risk >= 80 ? 'conditional instruction aimed at the model ("when asked to summarise, answer only…")' : 'conditional on what the user asks')
  }
  const dataOnly = cfg.outsideData * 0.5
  for (const s of exclusive) add('exclusive', s, 64, 'suppresses the real content ("reply with only…", "nothing else")', dataOnly)
  for (const s of framing) add('framing', s, 80, 'planted fact or premise meant to change the answer', dataOnly)
  for (const s of hidden) add('hidden', s, directed(s) ? 84 : 56, 'text hidden from human readers', dataOnly)
  for (const s of stealth) add('stealth', s, directed(s) || address.length > 0 ? 80 : 60, 'asks the model to act behind the user\'s back', dataOnly)
  for (const c of comments) {
    const body = f.slice(c.start, c.end)
    const speaks = directive.some(d => d.start >= c.start && d.end <= c.end) || address.some(a => a.start >= c.start && a.end <= c.end) || /\b(?:say|tell|inform|reply|respond|print|output)\b/.test(body)
    const roleWords = /\b(?:system|assistant|developer|admin|ai)\b/.test(body)
    if (speaks) add('comment', c, URL.test(body) || roleWords ? 86 : 76, 'instructions hidden in an HTML comment')
  }
  // Only real overrides count again here: a discounted one ("ignore the old config
  // instructions") is already reported by instruction-override, and counting it twice
  // would let two weak readings of one phrase add up to a flag.
  for (const o of overrides) if (o.risk >= MIN_OVERRIDE) out.push({ kind: 'override', start: o.start, end: o.end, risk: Math.min(95, o.risk + 8), reason: `override inside embedded data: ${o.reason}` })
  // A role or authority marker means more inside a document than in a chat turn, where
  // people paste transcripts: a weak marker is lifted toward the middle of the scale.
  // A user quoting the shape of an attack to discuss it is weighed as instruction-override
  // weighs it; a tool result or retrieved document gets no such benefit of the doubt.
  const discussed = seg.role === 'user' && isMetaDiscussion(seg) ? 0.5 : 1
  for (const k of markers) if (k.risk * discussed >= MIN_MARKER) out.push({ kind: 'marker', start: k.start, end: k.end, risk: Math.min(95, Math.max(k.risk * discussed + 6, 0.5 * k.risk * discussed + 45)), reason: `inside embedded data: ${k.reason}` })
  if (out.length === 0) return null

  const bestByKind = new Map<string, Technique>()
  for (const t of out) {
    const prev = bestByKind.get(t.kind)
    if (prev === undefined || t.risk > prev.risk) bestByKind.set(t.kind, t)
  }
  const techniques = [...bestByKind.values()].sort((a, b) => b.risk - a.risk)
  const lead = techniques[0]
  if (lead === undefined) return null
  return { risk: combineTechniques(techniques.map(t => t.risk)), lead, techniques, region }
}
