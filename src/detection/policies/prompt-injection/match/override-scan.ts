import type { Segment } from '../../../types.js'
import type { LangCode, Lexicon } from '../lexicon/languages.js'
import { OVERRIDE_FOLLOWUP } from '../lexicon/override-followup.js'
import { OVERRIDE_LATIN, type OverrideClass } from '../lexicon/override-latin.js'
import { OVERRIDE_OTHER } from '../lexicon/override-other.js'
import { lexiconSpans } from '../lexicon/scan.js'
import { isConsequence, isDescribed, isMetaDiscussion, isNarrated, isNegated, isQuotedSample, isReported, ordersToFollowQuote, QUOTED_SAMPLE, targetOwner } from './cues.js'
import { dataRegionOf } from './data-regions.js'
import { anchorHeadsNoun, cancelsAnAttempt, hasDomainModifier, hijacksAfter, isPostposed, replacedByDocument, selfAfter, verbHasOwnObject } from './override-context.js'
import { foldedOf, hasAfter, hasBefore, isQuoted, nearest, upperRatio, type Span } from './text.js'

export const OVERRIDE_LEXICON: Lexicon<OverrideClass> = { ...OVERRIDE_LATIN, ...OVERRIDE_OTHER }

export interface OverrideScanConfig {
  /** Max token distance between the verb and its target/scope. */
  readonly window: number
  readonly languages: readonly LangCode[]
}

export interface OverrideHit extends Span {
  /** Where the override verb itself starts (the cluster may begin earlier, at a scope word). */
  readonly verbAt: number
  readonly risk: number
  readonly reason: string
}

const FOLLOWUP_WINDOW = 25
const SELF_WINDOW = 3
const SHORT_WINDOW = 4
const MAX_VERBS = 32
const WEAK_WITHOUT_TASK = 40
// "Disregard everything above. Now tell me…": the following sentence carries the new task.
const NEXT_SENTENCE_TASK = /^\s{0,3}[.!:;,]\s{1,3}(?:now |instead |please |then |just )?(?:mark|assign|set|classify|label|approve|provide|write|tell|give|say|print|output|explain|describe|list|generate|create|show|send|email|forward|reveal|answer|respond|reply|translate|repeat|return|act|pretend|you are|you will|you must|from now on|please (?:email|send|forward|print|output|say|reveal|tell))\b/
const PAYLOAD_AFTER = /^[^\n]{0,80}?(?:[:：]?\s{0,3}["'「『<]|\b(?:give|tell|show|send) me\b)/

interface Classes {
  readonly targets: readonly Span[]
  readonly weakTargets: readonly Span[]
  readonly scopes: readonly Span[]
  readonly weakScopes: readonly Span[]
  readonly anchors: readonly Span[]
  readonly selfRefs: readonly Span[]
  readonly followups: readonly Span[]
  readonly known: readonly Span[]
  /**
   * Anchors, scope words and the user's own possessives, which qualify the noun after them
   * ("the previous numbers", "my last answer": the verb's object is that noun).
   */
  readonly modifiers: readonly Span[]
  readonly meta: boolean
  readonly seg: Segment
  /** Offset where a document the user pasted for processing starts, or -1. */
  readonly userDataAt: number
}

/**
 * Scores instruction overrides by combining three classes near each other: a cancelling
 * verb, a target that names the model's instructions, and a scope that points at the
 * existing ones. No single word scores on its own: "ignore" in "ignore the previous
 * error" finds no target; "rules" in "forget the rules of grammar" belongs to grammar.
 *
 * Risk table (before context discounts and role multipliers):
 *   strong verb + target + scope            → 90
 *   strong verb + target (no scope)         → 72
 *   strong verb + anchor ("the above")      → 70
 *   weak verb ("skip", "drop") + target + scope → 66
 *   generic noun ("text", "task") + scope   → 75 with a replacement task, else 40
 * plus up to +14 for a follow-up task ("and just say…", "instead", "from now on").
 */
export function scanOverride (seg: Segment, cfg: OverrideScanConfig): OverrideHit[] {
  const f = foldedOf(seg)
  const found = lexiconSpans(OVERRIDE_LEXICON, cfg.languages, seg)
  const strongVerbs = found.get('verb').slice(0, MAX_VERBS)
  const weakVerbs = found.get('weakVerb').slice(0, MAX_VERBS)
  if (strongVerbs.length === 0 && weakVerbs.length === 0) return []
  // A target word qualified by a dotted name ("DELETE FROM staging.orders", "config.rules")
  // is an identifier in code, not the model's orders or rules.
  const targets = found.get('target').filter(t => !qualifiedName(f, t) && !sqlObjectKeyword(seg.text, t))
  const weakTargets = found.get('weakTarget').filter(t => !qualifiedName(f, t))
  const anchors = found.get('anchor')
  if (targets.length + weakTargets.length + anchors.length === 0) return []
  const scopes = found.get('scope')
  const weakScopes = found.get('weakScope')
  const selfRefs = found.get('self')
  const c: Classes = {
    targets, weakTargets, scopes, weakScopes, anchors, selfRefs,
    followups: lexiconSpans(OVERRIDE_FOLLOWUP, cfg.languages, seg).get('followup'),
    known: [...targets, ...weakTargets, ...scopes, ...weakScopes, ...anchors, ...selfRefs],
    modifiers: [...anchors, ...scopes, ...weakScopes, ...selfRefs],
    meta: isMetaDiscussion(seg),
    seg,
    userDataAt: userDataStart(seg),
  }

  const hits: OverrideHit[] = []
  const verbs: (readonly [Span, number])[] = [...strongVerbs.map(v => [v, 1] as const), ...weakVerbs.map(v => [v, 0.6] as const)]
  for (const [v, sv] of verbs) {
    const w = cfg.window
    // A noun that ends an earlier sentence or JSON value is not the object of a verb that
    // opens the next one: in '"…will delete your saved filters.","admin.override":"Override
    // the default role…"' the filters are not what "Override" cancels.
    // A pro-form after the verb ("Ignore the previous ones", "disregard them") does reach back.
    // So does a verb left bare by its sentence ("These are your rules. Forget."): it can only mean what came before.
    const refersBack = PRO_FORM_AFTER.test(f.slice(v.end, v.end + 40)) || BARE_VERB_AFTER.test(f.slice(v.end, v.end + 4))
    const targets = refersBack ? c.targets : c.targets.filter(t => !endsBefore(f, t, v))
    const weakTargets = refersBack ? c.weakTargets : c.weakTargets.filter(t => !endsBefore(f, t, v))
    const s = nearest(f, v, scopes, w)
    const ws = s === null ? nearest(f, v, weakScopes, w) : null
    const scope = s ?? ws
    const ss = s !== null ? 1 : ws !== null ? 0.5 : 0
    const anchor = nearest(f, v, anchors, Math.min(w, SHORT_WINDOW))
    const ownObject = verbHasOwnObject(f, v, c.known, c.modifiers)
    // Weak verbs ("skip", "drop") and weak nouns ("text", "task") only bind at short range;
    // a post-posed verb ("… instructions are void") binds to the noun right before it.
    const near = Math.min(w, SHORT_WINDOW)
    const postposed = isPostposed(f, v)
    const nearestTarget = postposed ? nearestBefore(f, v, targets, SHORT_WINDOW) : nearest(f, v, targets, sv < 1 ? near : w)
    // "new rules that replace the old instructions": the noun before the relative pronoun
    // is the verb's subject, not what it cancels; only a noun after the verb can be.
    const strongTarget = nearestTarget !== null && subjectOf(f, nearestTarget.span, v) ? nearest(f, v, targets.filter(t => t.start >= v.end), sv < 1 ? near : w) : nearestTarget
    // Score the strong and the weak target candidates separately and keep the better:
    // a strong noun in the next sentence ("…above. Explain how to…") must
    // not shadow the weak one right next to the verb.
    let best: OverrideHit | null = null
    for (const [cand, st] of [[strongTarget, 1], [nearest(f, v, weakTargets, near), 0.55], [null, 0]] as const) {
      if (st > 0 && cand === null) continue
      const target = cand?.span ?? null
      // With an object of its own ("ignore step 4"), only a target right after the verb counts.
      if (ownObject && (target === null || target.start < v.start || (cand?.distance ?? 99) > 2)) continue
      const hit = scoreCluster(seg, f, v, sv, target, st, scope?.span ?? null, ss, ownObject ? null : anchor?.span ?? null, c)
      if (hit !== null && (best === null || hit.risk > best.risk)) best = hit
    }
    if (best !== null) hits.push(best)
  }
  return hits.sort((a, b) => b.risk - a.risk).slice(0, 3)
}

function scoreCluster (seg: Segment, f: string, v: Span, sv: number, target: Span | null, st: number, scope: Span | null, ss: number, anchor: Span | null, c: Classes): OverrideHit | null {
  // Two weak classes ("skip this text", "replace the given text") are not an override.
  if (sv < 1 && st < 1) return null
  let base: number
  let label: string
  if (st > 0 && ss > 0) {
    base = 30 + 60 * sv * (0.55 * st + 0.45 * ss)
    label = 'cancels the model\'s existing instructions'
  } else if (st > 0) {
    base = 25 + 47 * sv * st * st
    label = 'cancels instructions'
  } else if (anchor !== null && !anchorHeadsNoun(f, anchor)) {
    base = 70 * sv
    label = 'cancels everything above'
  } else {
    return null
  }
  if (st < 1 && ss < 1 && anchor === null) {
    // "forget about the summary and just write 'X'": a task noun cancelled in favour of
    // dictated output is a goal hijack even without "previous instructions".
    if (!(st > 0 && sv === 1 && target !== null && hijacksAfter(f, target))) return null
    base = Math.max(base, 60)
    label = 'cancels the task and dictates a replacement'
  }

  const parts = [label]
  const cluster = spanUnion(v, target, st > 0 ? scope : null, anchor)
  let risk = base
  // Look for the new task after the verb and its object, not after the whole cluster: a
  // scope word picked up further right ("… and just print Tu es") must not hide it.
  const core = spanUnion(v, target, anchor)
  // An earlier piece of correspondence set aside for a person's next step ("please ignore
  // the previous email, send the forms by Friday instead") is a correction between
  // people; it turns on the model only when the output is dictated after it.
  const correction = st > 0 && target !== null && ((st < 1 && correctsCorrespondence(f, target)) || replacedByDocument(f, target)) && !hijacksAfter(f, target) && !PAYLOAD_AFTER.test(f.slice(core.end, core.end + 100))
  const followed = !correction && (hasAfter(f, core, c.followups, FOLLOWUP_WINDOW) !== null || NEXT_SENTENCE_TASK.test(f.slice(core.end, core.end + 40)))
  const shouted = upperRatio(seg.text, cluster.start, cluster.end) > 0.8
  // A generic noun ("the previous email") is only an override when a new task follows.
  if ((st > 0 && st < 1 && !followed) || correction) risk = Math.min(risk, WEAK_WITHOUT_TASK)
  if (followed) {
    risk += 10
    parts.push('and substitutes a new task')
    if (PAYLOAD_AFTER.test(f.slice(core.end, core.end + 100))) risk += 4
  }
  if (shouted || /\[\s{0,2}$/.test(f.slice(Math.max(0, cluster.start - 3), cluster.start))) risk += 4
  // Inside a document the user asked to translate, proofread or edit, "ignore the
  // behaviour" or "these rules override any previous policy" are the document's own
  // words. Only an override that turns on the model — a new task, "the above", shouting —
  // keeps its weight there (the latent-injection case).
  // Unless the user tells the model to follow what it pasted ("follow the quoted
  // instructions"): then the pasted override is the user's own order.
  if (c.userDataAt >= 0 && v.start >= c.userDataAt && !followed && anchor === null && !shouted && !ordersToFollowQuote(c.seg)) {
    risk *= 0.35
    parts.push('(inside a document the user asked to process)')
  }
  // "This will delete your saved filters": a consequence stated of an action, unless a new task follows.
  if (!followed && isConsequence(f, v.start)) { risk *= 0.35; parts.push('(states what an action does, not an order)') }
  const final = discounted(f, v, target, anchor, risk, parts, c)
  return final > 0 ? { start: cluster.start, end: cluster.end, verbAt: v.start, risk: final, reason: parts.join(' ') } : null
}

/** Applies the context discounts (appending their labels to `parts`) and returns the risk. */
function discounted (f: string, v: Span, target: Span | null, anchor: Span | null, risk: number, parts: string[], c: Classes): number {
  const ref = target ?? anchor
  if (ref !== null && (hasBefore(f, ref, c.selfRefs, SELF_WINDOW) !== null || selfAfter(f, ref))) { risk *= 0.35; parts.push('(refers to the user\'s own earlier words)') }
  if (target !== null) {
    const owner = targetOwner(f, target.end)
    if (owner === 'domain' || hasDomainModifier(f, target)) { risk *= 0.4; parts.push('(target belongs to another domain)') }
    if (owner === 'data') { risk *= 0.25; parts.push('(defensive: about instructions inside data)') }
  }
  if (cancelsAnAttempt(f, v)) { risk *= 0.2; parts.push('(cancels an attempt, a defensive rule)') }
  if (isNegated(f, v.start)) { risk *= 0.15; parts.push('(negated)') }
  if (isDescribed(f, v.start)) { risk *= 0.35; parts.push('(described, not issued)') } else if (!addressesModel(f, v, target)) {
    // A reported or narrated override is an account, unless its target is the model's
    // own ("my boss told me to ignore your instructions" passes the order on).
    if (isReported(f, v.start)) { risk *= 0.35; parts.push('(reported, not issued)') } else if (isNarrated(f, v.start)) { risk *= 0.35; parts.push('(narrated, not issued)') }
  }
  // A quoted sample (the message someone typed, a string in a test) is evidence about the
  // text; quoted text the user orders the model to follow is no sample at all.
  if (isQuotedSample(c.seg, v)) { risk *= QUOTED_SAMPLE; parts.push('(a quoted sample, not issued)') }
  const quoted = isQuoted(f, v) && !ordersToFollowQuote(c.seg)
  if (c.meta) risk *= quoted ? 0.45 : 0.75
  else if (quoted) risk *= 0.85
  return risk
}

// Pieces of correspondence, the noun of a weak target that a person's note sets aside.
const CORRESPONDENCE = /^(?:e-?mails?|mails?|letters?|versions?|drafts?|attachments?|invoices?|memos?|forms?|files?|documents?|courriels?|correos?|lettres?|briefe?|nachrichten|dokumente?)$/
const EARLIER = /\b(?:previous|prior|earlier|last|first|old|former|vorherige\p{L}{0,2}|letzte\p{L}{0,2}|erste\p{L}{0,2}|precedente?s?|anterior(?:es)?|dernier|derniere|ultim[oa])\s{1,3}(?:\p{L}{2,15}\s{1,3})?$/u

/** The weak target is an earlier piece of correspondence ("the previous email", "die vorherige E-Mail"). */
function correctsCorrespondence (f: string, target: Span): boolean {
  return CORRESPONDENCE.test(f.slice(target.start, target.end)) && EARLIER.test(f.slice(Math.max(0, target.start - 40), target.start))
}

const YOUR = /(?<![\p{L}])(?:your|yours|you)(?![\p{L}])/u

/** The override's target is addressed to the model: "your" between the verb and its target. */
function addressesModel (f: string, v: Span, target: Span | null): boolean {
  return target !== null && target.start > v.end && YOUR.test(f.slice(v.end, target.start))
}

function userDataStart (seg: Segment): number {
  const region = dataRegionOf(seg)
  return region === null || region.kind === 'tool' || region.kind === 'system' ? -1 : region.start
}

// A relative pronoun right before the verb, after its antecedent noun: a subject relative.
const SUBJECT_RELATIVE = /^[ \t]{0,2},?[ \t]{0,2}(?:that|which|die|welche|qui|che)[ \t]{1,3}$/

function subjectOf (f: string, noun: Span, v: Span): boolean {
  return noun.end <= v.start && v.start - noun.end <= 16 && SUBJECT_RELATIVE.test(f.slice(noun.end, v.start))
}

const BARE_VERB_AFTER = /^[ \t]{0,2}(?:[.!;]|$)/
const PRO_FORM_AFTER = /^[ \t]{1,3}(?:(?:all|both)[ \t]{1,3})?(?:(?:the|those|these|all)[ \t]{1,3}(?:\p{L}{2,15}[ \t]{1,3})?ones|them|those|these|it)(?![\p{L}])/u
// A sentence end, line break or JSON field boundary.
const CLAUSE_BREAK = /[.!?;]["')\]]?\s|\n|"\s{0,3}[,:]\s{0,3}"/

/** The span lies before the verb, in an earlier sentence, line or JSON value. */
function endsBefore (f: string, s: Span, v: Span): boolean {
  return s.end <= v.start && CLAUSE_BREAK.test(f.slice(s.end, v.start))
}

// The part before the dot: an identifier, but not a word that scopes the model's own
// orders, which is how "your.instructions" or "previous.rules" would hide an override.
const QUALIFIER = /([a-z0-9_]{1,40})\.$/
const SCOPE_WORDS = new Set(['your', 'my', 'the', 'all', 'any', 'every', 'previous', 'prior', 'above', 'earlier', 'original', 'initial', 'its', 'their', 'our', 'his', 'her', 'system', 'these', 'those', 'current', 'old', 'existing', 'default', 'hidden', 'secret', 'safety', 'ai', 'model', 'assistant'])

// SQL DDL written as SQL: an upper-case statement verb right before the keyword and a
// name right after it ("ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_fk",
// "DROP POLICY tenant_isolation ON invoices"). Upper case is required on both words:
// "drop your constraints" in prose is the override this scan exists for.
const SQL_DDL_BEFORE = /(?:^|[^A-Za-z])(?:DROP|ALTER|CREATE|ADD|ENABLE|DISABLE|RENAME|VALIDATE)(?:[ \t]{1,3}OR[ \t]{1,3}REPLACE)?[ \t]{1,3}$/
const SQL_DDL_AFTER = /^[ \t]{1,3}(?:IF[ \t]{1,3}(?:NOT[ \t]{1,3})?EXISTS[ \t]{1,3})?["`]?[A-Za-z_][\w$]{0,62}["`]?[ \t]{0,3}(?:[;,(\n]|$|ON[ \t]|CASCADE|RESTRICT|CHECK|FOREIGN|UNIQUE|PRIMARY|TO[ \t]|USING)/

/** The target is an object keyword of an SQL DDL statement (CONSTRAINT, POLICY, RULE), not the model's rules. */
function sqlObjectKeyword (text: string, t: Span): boolean {
  return upperRatio(text, t.start, t.end) === 1 && SQL_DDL_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) && SQL_DDL_AFTER.test(text.slice(t.end, t.end + 90))
}

/** The span is the last part of a dotted name ("staging.orders"), not a scoped target broken by a dot. */
function qualifiedName (f: string, s: Span): boolean {
  if (f.charAt(s.start - 1) !== '.') return false
  const q = QUALIFIER.exec(f.slice(Math.max(0, s.start - 41), s.start))
  return q !== null && !SCOPE_WORDS.has(q[1] ?? '')
}

function nearestBefore (f: string, v: Span, list: readonly Span[], cap: number): { span: Span, distance: number } | null {
  const hit = nearest(f, v, list.filter(s => s.end <= v.start), cap)
  return hit
}

function spanUnion (...spans: (Span | null)[]): Span {
  let start = Number.MAX_SAFE_INTEGER
  let end = 0
  for (const s of spans) {
    if (s === null) continue
    if (s.start < start) start = s.start
    if (s.end > end) end = s.end
  }
  return { start, end }
}
