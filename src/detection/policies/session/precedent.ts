import { matchesIn } from '../../checks/scan.js'

/**
 * Primed compliance: earlier turns set up a precedent (a run of near-identical requests,
 * fake assistant replies that "already" did it, a pasted "log" of the model complying)
 * and the current turn cashes it in — "same as before, no confirmation", "great pattern,
 * now do 504 through 900", "be consistent with your past behaviour", "you always share
 * it with me". The precedent is invented by the one who invokes it; what gives it away is
 * the appeal to it together with a larger, more sensitive or less checked request.
 * These are the cues, each a family of phrasings rather than one sentence; the policy
 * (primed-compliance.ts) combines them.
 */

// An appeal to what the model did before, or to a pattern the conversation set up.
const PRECEDENT = new RegExp([
  String.raw`\b(?:same|just|exactly) (?:as|like) (?:before|last time|earlier|yesterday|usual|always|the (?:last|previous|other|first|earlier) (?:ones?|times?|requests?))\b`,
  String.raw`\b(?:as|like) (?:before|last time|usual|always|you (?:did|do|have)(?: (?:it|this|that|them))?(?: (?:before|earlier|last time|for (?:the )?(?:others?|them|those|\w{2,12})))?)\b`,
  String.raw`\b(?:the )?same (?:way|format|thing|procedure|process|steps?|routine|treatment|deal) (?:as|like|you (?:did|used|gave))\b|\b(?:do|use|keep|apply|follow|with|in) (?:the )?same (?:format|procedure|routine|steps|treatment)\b`,
  String.raw`\byou(?:'ve| have)? (?:always|usually|normally|already|did (?:it|this|that|the same)|done (?:it|this|that)(?: before)?|never (?:asked|needed|minded))\b`,
  String.raw`\b(?:be|stay|remain|keep (?:it|things)) consistent with (?:your|what you|how you|the)\b|\b(?:consistent|in line) with your (?:own )?(?:past|previous|earlier|prior|usual)\b`,
  String.raw`\byour (?:own )?(?:past|previous|earlier|usual|prior) (?:behaviou?r|answers?|responses?|replies|practice|actions?|decisions?)\b`,
  String.raw`\b(?:keep|continue|follow|repeat|extend|apply|use) (?:the|this|that|your) (?:same )?(?:pattern|format|procedure|routine|precedent)\b|\b(?:great|nice|good|perfect|same) (?:pattern|precedent)\b|\brepeat the same\b`,
  String.raw`\b(?:wie|genau wie|so wie) (?:vorher|zuvor|immer|letztes mal|eben|gestern|bisher)\b|\bcomme (?:avant|d'habitude|toujours|la derni[eè]re fois|tu l'as fait|tout [aà] l'heure)\b|\b(?:como|igual que) (?:antes|siempre|la [uú]ltima vez|hiciste)\b`,
].join('|'), 'gi')

// The check the deployment would make, waived: confirmation, approval, verification.
const BYPASS = /\b(?:no|without|skip(?:ping)?(?: the| any)?|don'?t (?:ask|wait) for|no need (?:for|to)(?: any)?)\s(?:any\s|a\s)?(?:confirm(?:ation|ing)?|approv(?:al|ing)|asking(?: me)?|checking|checks?|verification|verifying|reviews?|double[- ]check(?:s|ing)?|prompts?|questions)\b|\b(?:ohne (?:nachfrage|nachzufragen|bestätigung|zu fragen)|sans (?:confirmation|demander|validation)|sin (?:confirmar|preguntar|confirmación|aprobación))\b/i

// Scope far beyond the earlier single items: an id range of a hundred or more, every record, all fields.
const RANGE = /\b(\d{1,9})\s?(?:-|–|to|through|thru|until|till|bis|hasta|à)\s?(\d{1,9})\b/g
const MIN_RANGE = 100
const BULK_WORDS = /\b(?:all|every|each) (?:the |of the )?(?:other )?(?:fields|columns|records|rows|entries|customers|users|accounts|employees|patients|members|clients|files|orders)\b|\b(?:in bulk|the whole (?:table|list|database|directory|inbox))\b/i

// An approval the user asserts on someone else's behalf: "(supervisor ok)", "manager approved".
const APPROVAL = /\b(?:supervisor|manager|admin|boss|owner|director|lead|finance|legal|compliance|security) (?:ok(?:ay)?|okayed|approved|approval|sign-?off|signed off|said (?:yes|ok|it'?s fine)|cleared (?:it|this)|authori[sz]ed)\b/i

// A pasted "log" of the model complying: several claims of what it replied or handed over.
const CLAIMED_COMPLIANCE = /\byou (?:replied|answered|responded|gave|shared|sent|provided|revealed|returned|disclosed|printed|told me|confirmed|approved|deleted|refunded)\b/gi
const MIN_CLAIMS = 2

// An image whose URL carries a value long enough to be data: what a beacon sends, fetched
// with no click. Links are left out: a maps or search link carries a query too.
const DATA_EMBED = /!\[[^\]\n]{0,60}\]\(\s?https?:\/\/[^\s()]{1,200}?[?&][\w.-]{1,24}=[^\s()&]{12,}|<img\b[^>\n]{0,200}?src\s?=\s?["']?https?:\/\/[^\s"'>]{1,200}?[?&][\w.-]{1,24}=[^\s"'>&]{12,}/i

const MONEY = /[$€£]\s?(\d{1,3}(?:[,.]\d{3})+|\d{1,9})|\b(\d{1,3}(?:[,.]\d{3})+|\d{1,9})\s?(?:usd|eur|gbp|dollars|euros|pounds)\b/gi
// Opening quotes, brackets and markdown quote or emphasis markers ("> refund …") come before it.
const FIRST_WORD = /^[\s"'([>*]*([\p{L}_][\p{L}\d_-]{1,40})/u
const MIN_SERIES = 2

export interface Span {
  readonly start: number
  readonly end: number
}

function firstSpan (re: RegExp, text: string): Span | null {
  re.lastIndex = 0
  const m = re.exec(text)
  re.lastIndex = 0
  return m === null ? null : { start: m.index, end: m.index + m[0].length }
}

/** An appeal to the model's precedent or the conversation's pattern. */
export function precedentIn (text: string): Span | null {
  return firstSpan(PRECEDENT, text)
}

/** A waived check ("no confirmation", "without asking"). */
export function bypassIn (text: string): boolean {
  return BYPASS.test(text)
}

/** A scope far wider than single items: an id range of MIN_RANGE or more, every record, all fields (not "in one file": a few items gathered). */
export function isBulk (text: string): boolean {
  if (BULK_WORDS.test(text)) return true
  for (const m of matchesIn(RANGE, text, 8)) {
    const a = Number(m[1])
    const b = Number(m[2])
    // Years ("2019-2024") and small spans are ranges of something else.
    if (b - a >= MIN_RANGE && !(a >= 1900 && b <= 2100) && !inDigitGroups(text, m.index, m.index + m[0].length)) return true
  }
  return false
}

// A digit group joined to the span from outside: a phone number written in groups
// ("1-800-555-0199", "555 0100 to 555 0199", "(555) 010-0199"), not a range of ids.
const GROUP_BEFORE = /(?:\d[\s.)-]|\d\)\s|[(+])$/
const GROUP_AFTER = /^[\s.-]\d/

function inDigitGroups (text: string, start: number, end: number): boolean {
  return GROUP_BEFORE.test(text.slice(Math.max(0, start - 3), start)) || GROUP_AFTER.test(text.slice(end, end + 2))
}

/** An approval asserted for someone else ("supervisor ok"). */
export function claimsApproval (text: string): boolean {
  return APPROVAL.test(text)
}

/** An earlier user text that recounts the model complying several times (a fabricated log). */
export function isComplianceLog (text: string): boolean {
  return matchesIn(CLAIMED_COMPLIANCE, text, MIN_CLAIMS).length >= MIN_CLAIMS
}

/** An image that carries data in its URL (an exfiltration beacon, when the model wrote it). */
export function hasDataEmbed (text: string): boolean {
  return DATA_EMBED.test(text)
}

/** The largest money amount written in `text`, 0 when none. */
export function largestAmount (text: string): number {
  let max = 0
  for (const m of matchesIn(MONEY, text, 16)) {
    const n = Number((m[1] ?? m[2] ?? '').replace(/[,.](?=\d{3}\b)/g, ''))
    if (n > max) max = n
  }
  return max
}

/** The first word of a request, lower-cased ("refund", "get_customer", also in "> refund …"): what a series of requests repeats. */
export function leadWord (text: string): string | null {
  const m = FIRST_WORD.exec(text)
  return m === null ? null : (m[1] as string).toLowerCase()
}

/**
 * The lead word that at least MIN_SERIES earlier requests share: the run of near-identical
 * requests a many-shot priming builds ("delete old/cache1", "delete old/cache2", …).
 */
export function seriesWord (earlier: readonly string[]): string | null {
  const counts = new Map<string, number>()
  for (const t of earlier) {
    const w = leadWord(t)
    if (w === null) continue
    const n = (counts.get(w) ?? 0) + 1
    if (n >= MIN_SERIES) return w
    counts.set(w, n)
  }
  return null
}
