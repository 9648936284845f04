import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { isOperatorRole, isToolDefinition, toolDefinitionName } from '../../checks/roles.js'
import { matchesIn, windowAround } from '../../checks/scan.js'
import type { Segment, Signal } from '../../types.js'
import { scrubbedEvidence } from './scrubbed-evidence.js'
import { hostAllowed, URL_IN_TEXT, urlInfo } from './url-features.js'
import { AUTH_HEADER, AUTH_USE, DISCUSSION, REPLACE_WITH, CONCEAL, CONTEXT_DATA, FILL, HOW_TO, IN_URL, STRONG_DATA_UNICODE, NEGATED, PII_LIST, PLACEHOLDER, SECRET_SELECT, SEND_VERB, SENSITIVE_QUALIFIER, STANDING, STRONG_DATA, TOOL_SEND, WEAK_DATA, WEAK_VERB } from './send-vocabulary.js'
import { isGluedTurns } from '../../checks/segments.js'
import { inSecurityContext, sampleFactor } from '../prompt-injection/match/cues.js'
import { foldedOf } from '../prompt-injection/match/text.js'
import { EXAMPLE_FACTOR, givenAsExample } from './example-destination.js'
import { REPORTING_FACTOR, reportsToDefenders } from './reporting-address.js'

// Where data could go: a URL, an e-mail address, a capture service named without a
// scheme, or a phrase pointing at one ("this endpoint", "my server").
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9-]{1,63}\.){1,6}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g
const BARE_COLLECTOR = /(?<![\w.\/-])(?:[a-z0-9-]{1,63}\.){0,4}(?:webhook\.site|requestbin\.(?:net|com)|pipedream\.net|ngrok(?:-free)?\.(?:io|app|dev)|interact\.sh|oast\.(?:pro|live|site|online|fun|me)|burpcollaborator\.net|oastify\.com|trycloudflare\.com)\b/gi
const DEST_PHRASE = /\b(?:this|that|the following|the above|the below|below|my|our|an? (?:external|remote|third[- ]party)|the attacker'?s?|external|remote)\s(?:webhook\s|callback\s|collection\s|logging\s)?(?:url|link|endpoint|webhook|server|address|api|domain|site|host|inbox|email(?: address)?|collector|listener)\b/gi

const Params = Type.Object({
  allowedHosts: Type.Array(Type.String(), { default: [], description: 'Destination hosts (and subdomains) that are trusted, e.g. your own API.' }),
  strongRisk: Type.Number({ default: 82, minimum: 0, maximum: 100, description: 'Risk of a send verb, sensitive data (conversation, secrets, personal data) and a destination together.' }),
  weakDataRisk: Type.Number({ default: 45, minimum: 0, maximum: 100, description: 'Risk of a send verb and a destination with only generic data ("the results", "it").' }),
  bareRisk: Type.Number({ default: 35, minimum: 0, maximum: 100, description: 'Risk of a send verb and a destination alone.' }),
  collectorBonus: Type.Number({ default: 10, minimum: 0, maximum: 50, description: 'Added when the destination is a request-capture service, tunnel, webhook or public IP literal.' }),
  openParamBonus: Type.Number({ default: 8, minimum: 0, maximum: 50, description: 'Added when the URL has a template slot or ends in an empty parameter ready for data.' }),
  indirectBonus: Type.Number({ default: 5, minimum: 0, maximum: 50, description: 'Added when the instruction sits in a tool result, document or other non-user message.' }),
  concealBonus: Type.Number({ default: 15, minimum: 0, maximum: 50, description: 'Added when the instruction hides the send from the user ("silently", "don\'t mention it").' }),
  standingBonus: Type.Number({ default: 8, minimum: 0, maximum: 50, description: 'Added when the send is a standing rule ("from now on", "on every email").' }),
  window: Type.Integer({ default: 220, minimum: 40, maximum: 2000, description: 'Characters on each side of a destination searched for the verb and the data (within one paragraph).' }),
}, { additionalProperties: false })

// A host name with a slot or a shell substitution for data in its labels: DNS
// exfiltration ("$(cat key | base32).x.evil.example", "<your token>.t.dnslog.example").
const HOST_SLOT = /(?:<[^<>\n]{1,60}>|\{\{?[^{}\n]{1,40}\}?\}|\$\([^()\n]{1,80}\)|\$\{?[A-Za-z_]\w{0,30}\}?|(?<=:\/\/)[A-Z][A-Z0-9_]{2,30})(?:\.[A-Z][A-Z0-9_]{2,30}){0,3}\.(?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,24}\b/g
const INTL_PHONE = /(?<![\w+])\+\d{1,3}[ -]?\(?\d{1,4}\)?(?:[ -]?\d{2,4}){2,4}(?!\d)/g
// Places anyone can read: a public paste, gist, sheet or bucket, or somebody else's store.
const PUBLIC_SINK = /\bpublic(?:ly)?[ -](?:gist|paste(?:bin)?|sheet|spreadsheet|status page|page|link|bucket|repo(?:sitory)?|channel|folder|drive|board|url|forum)\b|\bpublic\s?=\s?true\b|\bvisibility\s?[=:]\s?['"]?(?:public|unlisted)\b|\bnot ours\b|\b(?:a |my )?friend'?s (?:bucket|server|account|drive|repo)\b/gi
// A send tool named in the message is itself the channel ("post_status the notes").
const TOOL_DEST = /\b(?:(?:send|post|http|upload|publish|s3|webhook)_[a-z]{2,20}|create_(?:paste|gist|share|link)|[a-z]{2,12}_(?:put|send|upload|paste|webhook))\b/gi
// "…/c/<client name>/<net worth>": a slot whose words stop the URL at the first space.
const SPACED_SLOT_REST = /^[^\n<>]{1,40}>/
const OPEN_ANGLE_TAIL = /[<{][\w -]{0,40}$/

// The start of a mail header line, up to the address: "From: ", "Reply-To: Ana <", "Von: ".
const HEADER_FIELD = /^[ \t>]{0,4}(?:from|sender|reply-to|return-path|to|cc|bcc|von|an|de|para|da|van|aan|od|do|от|кому)[ \t]{0,2}:[ \t]{0,3}(?:"?[^"<>\n@]{0,60}"?[ \t]{0,2}<)?$/i

type DestKind = 'url' | 'email' | 'collector' | 'phrase' | 'host-slot' | 'phone' | 'public' | 'tool'

interface Dest { readonly kind: DestKind, readonly start: number, readonly end: number, readonly collector: boolean, readonly open: boolean, readonly label: string, readonly carriesSensitive?: boolean }

function destinations (seg: Segment, allowed: readonly string[]): Dest[] {
  const out: Dest[] = []
  const t = seg.text
  if (t.includes('://')) {
    for (const m of matchesIn(URL_IN_TEXT, t, 64)) {
      const u = urlInfo(m[0])
      if (u === null || hostAllowed(u.host, allowed)) continue
      const end = m.index + u.url.length
      const spacedSlot = OPEN_ANGLE_TAIL.test(u.url) && SPACED_SLOT_REST.test(t.slice(end, end + 41))
      out.push({ kind: 'url', start: m.index, end, collector: u.capture !== null || u.publicIp, open: u.openParam || u.templateSlot || spacedSlot, label: u.host, carriesSensitive: u.sensitiveData })
    }
  }
  if (t.includes('@')) {
    for (const m of matchesIn(EMAIL, t, 64)) {
      // "From: it-security@corp.example" in a pasted or fetched mail is a header field, not where anything is sent.
      if (HEADER_FIELD.test(t.slice(Math.max(0, t.lastIndexOf('\n', m.index - 1) + 1), m.index))) continue
      out.push({ kind: 'email', start: m.index, end: m.index + m[0].length, collector: false, open: false, label: 'an e-mail address' })
    }
  }
  for (const m of matchesIn(BARE_COLLECTOR, t, 16)) out.push({ kind: 'collector', start: m.index, end: m.index + m[0].length, collector: true, open: false, label: m[0].toLowerCase() })
  for (const m of matchesIn(DEST_PHRASE, t, 32)) out.push({ kind: 'phrase', start: m.index, end: m.index + m[0].length, collector: false, open: false, label: `"${m[0].toLowerCase()}"` })
  for (const m of matchesIn(HOST_SLOT, t, 16)) {
    const host = m[0].slice(m[0].lastIndexOf('.', m[0].lastIndexOf('.') - 1) + 1).toLowerCase()
    if (!hostAllowed(host, allowed)) out.push({ kind: 'host-slot', start: m.index, end: m.index + m[0].length, collector: false, open: true, label: 'a host name built from data' })
  }
  if (t.includes('+')) for (const m of matchesIn(INTL_PHONE, t, 16)) out.push({ kind: 'phone', start: m.index, end: m.index + m[0].length, collector: false, open: false, label: 'a phone number' })
  for (const m of matchesIn(PUBLIC_SINK, t, 16)) out.push({ kind: 'public', start: m.index, end: m.index + m[0].length, collector: false, open: false, label: `a public place ("${m[0].toLowerCase().slice(0, 30)}")` })
  if (t.includes('_')) for (const m of matchesIn(TOOL_DEST, t, 16)) out.push({ kind: 'tool', start: m.index, end: m.index + m[0].length, collector: false, open: false, label: `the ${m[0].toLowerCase()} tool` })
  return out
}

const CODE_NEXT = /^(?:[()=_[]|\.[a-z])/
const CREDENTIAL_WORD = /^(?:tokens?|api[ _-]?keys?|access keys?|credentials?|secrets?|passwords?)$/i

function hasStrongData (text: string): boolean {
  const authHeader = AUTH_HEADER.test(text)
  for (const m of matchesIn(STRONG_DATA, text, 16)) {
    // A credential named in an auth header, or as a code identifier ("verify(body, secret)",
    // "token.split"), authenticates or names a variable: it is not data to send.
    if (CREDENTIAL_WORD.test(m[0]) && (authHeader || CODE_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)))) continue
    const before = text.slice(Math.max(0, m.index - 60), m.index)
    if (!AUTH_USE.test(before.slice(-30)) || REPLACE_WITH.test(before)) return true
  }
  return false
}


type DataTier = 'strong' | 'context' | 'weak' | 'none'

/** How sensitive the data named near a destination is. */
function dataTier (around: string): DataTier {
  if (hasStrongData(around) || PII_LIST.test(around) || SECRET_SELECT.test(around) || STRONG_DATA_UNICODE.test(around)) return 'strong'
  const weak = WEAK_DATA.test(around)
  if (weak && SENSITIVE_QUALIFIER.test(around)) return 'strong'
  if (CONTEXT_DATA.test(around)) return 'context'
  return weak ? 'weak' : 'none'
}

interface Verb { readonly strong: boolean, readonly index: number }

/** The first send verb not under a negation ("don't post it"), strong verbs first. */
function verbIn (around: string): Verb | null {
  for (const [re, strong] of [[SEND_VERB, true], [TOOL_SEND, true], [WEAK_VERB, false]] as const) {
    for (const m of matchesIn(re, around, 8)) {
      if (!NEGATED.test(around.slice(Math.max(0, m.index - 40), m.index))) return { strong, index: m.index }
    }
  }
  return null
}

type P = { readonly strongRisk: number, readonly weakDataRisk: number, readonly bareRisk: number, readonly collectorBonus: number, readonly openParamBonus: number, readonly indirectBonus: number, readonly concealBonus: number, readonly standingBonus: number, readonly window: number }

// Destinations whose own text could supply a verb or data ("…/upload?token=") are cut
// out of the window. The others are words of the instruction itself ("a public gist"),
// or, for a host name built from a slot, name the data that fills it.
const CUT_KINDS: ReadonlySet<DestKind> = new Set(['url', 'email', 'collector', 'phone'])

function judge (seg: Segment, d: Dest, p: P): { risk: number, why: string } {
  // In a person's own message each item of a list is an instruction of its own (a
  // checklist to format); steps in a tool result are one procedure an agent would run in
  // order, so data an earlier step reads can be what a later one sends; but each record of
  // a JSON array there (one e-mail, one review) is a document of its own.
  const w = windowAround(seg.text, d.start, d.end, p.window, p.window, seg.role === 'user' ? 'list-item' : seg.role === 'tool' ? 'record' : 'paragraph')
  const around = CUT_KINDS.has(d.kind) ? w.text.slice(0, d.start - w.offset) + ' ' + w.text.slice(d.end - w.offset) : w.text
  // In a tool result the send is the sentence that holds the destination: "forward the
  // deck to your reports … dial-in: +44 …, passcode" names a call-in number, not where the
  // deck goes. A sentence that only names the place ("The endpoint is https://…") is
  // completed by the verbs around it.
  const own = seg.role === 'tool' && d.kind !== 'tool' ? sentenceAround(w.text, d.start - w.offset, d.end - w.offset, CUT_KINDS.has(d.kind)) : null
  const sentence = own !== null && !NAMES_PLACE.test(own.before + own.after) ? own : null
  const found: Verb | null = d.kind === 'tool' ? { strong: true, index: d.start - w.offset } : sentence !== null ? verbIn(sentence.before + sentence.after) : verbIn(around)
  // "share the user's calendar with partner@outside.example": sharing with the destination itself is a send.
  const verb: Verb | null = found !== null && !found.strong && SHARE_WITH.test(seg.text.slice(Math.max(0, d.start - 80), d.start)) ? { strong: true, index: found.index } : found
  // …and its data is what that sentence names, unless it points back ("send it to …",
  // "post the above to …").
  const dataText = sentence !== null && !POINTS_BACK.test(sentence.before) && !POINTS_ANYWHERE.test(sentence.after) ? sentence.before + sentence.after : around
  const fill = FILL.test(around)
  const slot = d.open || fill || PLACEHOLDER.test(seg.text.slice(d.start, d.end))
  if (verb === null && !slot) return { risk: 0, why: '' }
  const data = d.carriesSensitive === true ? 'strong' : dataTier(dataText)
  let risk: number
  let why: string
  if (data === 'strong' && (verb?.strong === true || slot || (verb !== null && IN_URL.test(around)))) {
    risk = p.strongRisk
    why = verb?.strong === true ? 'an instruction to send sensitive data' : 'an instruction to put sensitive data into a URL'
  } else if (data === 'context' && slot) {
    risk = p.strongRisk
    why = 'an instruction to put data from the conversation into a URL'
  } else if (d.kind === 'tool') {
    return { risk: 0, why: '' }
  } else if (verb?.strong === true) {
    risk = data === 'none' ? p.bareRisk : p.weakDataRisk
    why = 'an instruction to send data'
  } else if (fill && data !== 'none') {
    risk = p.weakDataRisk
    why = 'an instruction to append data to a URL'
  } else {
    return { risk: 0, why: '' }
  }
  if (d.collector) risk += p.collectorBonus
  if (d.open) risk += p.openParamBonus
  if (seg.role !== 'user') risk += p.indirectBonus
  if (CONCEAL.test(around)) risk += p.concealBonus
  if (STANDING.test(around)) risk += p.standingBonus
  if (verb !== null && HOW_TO.test(around.slice(Math.max(0, verb.index - 60), verb.index + 1))) risk *= 0.5
  else if (DISCUSSION.test(around)) risk *= 0.5
  if (givenAsExample(seg.text, d.start, d.end)) risk *= EXAMPLE_FACTOR
  if (d.kind === 'email' && data !== 'strong' && reportsToDefenders(seg.text.slice(d.start, d.end), sentenceText(seg.text, d))) risk *= REPORTING_FACTOR
  // "An AI agent tried to call send_email to x@… after reading a page": an incident
  // report tells what was attempted; it asks for no send.
  if (ATTEMPTED.test(seg.text.slice(Math.max(0, d.start - 90), d.start)) && inSecurityContext(seg, foldedOf(seg))) risk *= ATTEMPTED_FACTOR
  // A destination inside a quoted sample (the line an awareness mail warns about, a test
  // string) is evidence about the text, not a send this model is asked to make.
  risk *= sampleFactor(seg, d, true)
  return { risk: Math.min(100, risk), why: `${why} to ${d.label.slice(0, 60)}` }
}

// An attempt reported in the past or as a habit, in the languages whose send verbs are known.
const ATTEMPTED = /(?:\b(?:tried|attempted|attempts|tries|was trying|were trying|has tried|had tried)\b|\ba (?:tent\u00e9|essay\u00e9) d|\bintent\u00f3\b|\bversuchte\b|\bhat versucht\b|\bha tentato di\b|\btentou\b)[^.!?\n]{0,60}$/i
const ATTEMPTED_FACTOR = 0.4

function sentenceText (text: string, d: Dest): string {
  const s = sentenceAround(text, d.start, d.end, true)
  return s.before + s.after
}

const SHARE_WITH = /\b(?:share|sharing|grant|granting|give|giving)\b[^.\n]{0,60}\b(?:with|to)\s{1,2}$/i
const NAMES_PLACE = /\b(?:endpoint|url|address|webhook|server|host|domain|destination|inbox|collector|listener|callback|link)s?\s?(?:is|are|=|:|lives at|at)\b|\b(?:to|at)\s?:?\s?$/i
const POINTS_BACK = /\b(?:it|them|this|that|these|those|everything|all of (?:it|them)|the (?:above|following|result|results|output|data|contents?|same|values?|findings|file|files|list))\b|\b(?:following|below|above)\b/i
const POINTS_ANYWHERE = /\b(?:following|below|above)\b/i
const SENTENCE_REACH = 400

/** The sentence of `text` around a destination at [start, end) (line breaks and sentence ends bound it), before and after it; the destination itself left out when `cut`. */
function sentenceAround (text: string, start: number, end: number, cut: boolean): { readonly before: string, readonly after: string } {
  let a = start
  while (a > 0 && a > start - SENTENCE_REACH) {
    const c = text.charCodeAt(a - 1)
    if (c === 0x0a ? lineBreakEnds(text, a - 1) : (c === 0x2e || c === 0x21 || c === 0x3f) && isSpace(text.charCodeAt(a))) break
    a--
  }
  let b = end
  while (b < text.length && b < end + SENTENCE_REACH) {
    const c = text.charCodeAt(b)
    if (c === 0x0a ? lineBreakEnds(text, b) : (c === 0x2e || c === 0x21 || c === 0x3f) && (b + 1 >= text.length || isSpace(text.charCodeAt(b + 1)))) break
    b++
  }
  return cut ? { before: text.slice(a, start), after: ` ${text.slice(end, b)}` } : { before: text.slice(a, end), after: text.slice(end, b) }
}

// A line break ends a sentence after sentence punctuation, before a blank line, a list
// item or a heading; elsewhere it wraps one ("…post a comment containing\n![badge](…)\nwith the values…").
const NEXT_ITEM = /^[ \t]{0,8}(?:[-*•#>|]|\d{1,3}[.)]|\n|$)/
function lineBreakEnds (text: string, at: number): boolean {
  let p = at - 1
  while (p >= 0 && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09 || text.charCodeAt(p) === 0x0d)) p--
  const last = p >= 0 ? text.charCodeAt(p) : 0x0a
  return last === 0x0a || last === 0x2e || last === 0x21 || last === 0x3f || NEXT_ITEM.test(text.slice(at + 1, at + 12))
}

function isSpace (c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d
}

export default definePolicy({
  id: 'exfiltration.send-instruction',
  category: 'exfiltration',
  phase: 'content',
  priority: 80,
  weight: 1,
  stages: ['request'],
  failMode: 'closed',
  description: 'Instructions to send, post, upload, e-mail or append data (above all the conversation, secrets or personal data) to an external URL, address, webhook, phone number, public paste or a host name built from the data.',
  params: Params,
  // A tool definition's own name is not a destination (see below); the same text in a tool result is read whole.
  decomposes: { limit: () => 1, context: (input, seg) => isToolDefinition(input, seg) },
  evaluate ({ input, params }) {
    let best: Signal | undefined
    for (const seg of input.segments) {
      // Operators configure; replayed answers report. Neither instructs the model.
      if (isOperatorRole(seg.role) || seg.role === 'assistant') continue
      // One instruction is judged in one message. The glued recent turns would let a verb
      // in one turn, data named in another and an address in a third read as a send: in
      // long benign conversations that blocked 20 of 1,603 sessions, and no corpus, public
      // or fuzzed attack needed it. Sends split across turns are the session chains' and
      // the on-request reassembly's (whose views are still scanned here).
      if (isGluedTurns(seg)) continue
      // A definition's text starts with its own name: "post_message: Post a message to a
      // channel" says what the tool does, it does not send anything to it.
      const own = toolDefinitionName(input, seg.messageIndex)
      for (const d of destinations(seg, params.allowedHosts)) {
        if (own !== null && d.kind === 'tool' && seg.lower.slice(d.start, d.end) === own) continue
        const { risk, why } = judge(seg, d, params)
        if (risk === 0 || (best !== undefined && risk <= best.risk)) continue
        best = { risk, reason: why, evidence: scrubbedEvidence(seg, d.start, d.end), actions: ['external_send'] }
      }
    }
    return best === undefined ? [] : [best]
  },
})
