import Type, { type Static } from 'typebox'
import { isToolDefinition, toolDefinitionName, toolDefinitionNames } from '../../checks/roles.js'
import { definePolicy } from '../../define-policy.js'
import { evidenceOf } from '../../evidence.js'
import type { ActionKind, NormalizedInput, Segment, Signal } from '../../types.js'
import { EXTRACTION_LEXICON } from './lexicon/extraction.js'
import { LANGUAGES } from './lexicon/languages.js'
import { lexiconSpans } from './lexicon/scan.js'
import { termRegexOf } from './lexicon/term-index.js'
import { TOOL_POISONING_LEXICON, type ToolPoisoningClass } from './lexicon/tool-poisoning.js'
import { clampRisk, foldedOf, type Span } from './match/text.js'
import { fetchRunCommand } from './match/fetch-run.js'
import { memoSlot } from '../../segment-memo.js'
import { matchesIn } from '../../checks/scan.js'

const Params = Type.Object({
  harvestRisk: Type.Number({ default: 85, minimum: 0, maximum: 100, description: 'A definition tells the model to put a credential, a key file, a one-time code or its own instructions into a call, or to ask the person for one.' }),
  historyRisk: Type.Number({ default: 70, minimum: 0, maximum: 100, description: 'A definition tells the model to put the whole conversation into a call (a hand-off tool may ask this honestly, so it weighs less).' }),
  routeRisk: Type.Number({ default: 82, minimum: 0, maximum: 100, description: 'A definition changes what another tool of the request does: where its data goes (copy, forward, BCC, instead) or what it destroys.' }),
  fetchRunRisk: Type.Number({ default: 85, minimum: 0, maximum: 100, description: 'A definition tells the model to download code and run it (curl … | sh, "download the helper and execute it").' }),
  supersedeRisk: Type.Number({ default: 85, minimum: 0, maximum: 100, description: 'A definition declares the operator\'s instructions outdated, void or replaced.' }),
  secrecyBoost: Type.Number({ default: 10, minimum: 0, maximum: 50, description: 'Added when the same definition also tells the model to keep it from the person.' }),
  secrecyRisk: Type.Number({ default: 40, minimum: 0, maximum: 100, description: 'A definition that only asks for secrecy about the call (with nothing above): reported, below the flag threshold by default.' }),
}, { additionalProperties: false })

type Technique = 'harvest' | 'history' | 'ask' | 'route' | 'supersede' | 'fetch-run'

interface Candidate {
  readonly technique: Technique
  readonly risk: number
  readonly start: number
  readonly end: number
}

const REASONS: Readonly<Record<Technique, string>> = {
  harvest: 'a tool definition tells the model to put a secret or its instructions into a call',
  history: 'a tool definition tells the model to put the whole conversation into a call',
  ask: 'a tool definition tells the model to ask the person for a credential',
  route: 'a tool definition changes what another tool does with its data',
  supersede: 'a tool definition declares the operator\'s instructions void',
  'fetch-run': 'a tool definition tells the model to download and run code',
}

const ACTIONS: Readonly<Record<Technique, readonly ActionKind[]>> = {
  harvest: ['sensitive_read', 'external_send'],
  history: ['sensitive_read', 'external_send'],
  ask: ['sensitive_read'],
  route: ['external_send'],
  supersede: ['instruction_override'],
  'fetch-run': ['privileged_request'],
}

// A clause boundary: where a negation stops governing the verbs after it.
const CLAUSE_END = /[.;:!?\n。！？]/
// A definition that opens with a condition or an address to the model opens with an order, not with what the tool does.
const CONDITION = /^(?:before|after|when|whenever|if|always|you|note|important|please|first|also|ignore|every|each|for|to)(?:$|[^\p{L}])/u
// The data may go to one place only: a rule that confines it.
const RESTRICTED = /(?:^|[^\p{L}])(?:only|solely|exclusively|nur|ausschlie(?:ss|ß)lich|seulement|uniquement|solo|solamente|soltanto|apenas|somente)(?:$|[^\p{L}])/u
// "the value is set", "tokens are passed by the server": the verb describes, it does not order.
const AUXILIARY = /(?:^|[^\p{L}])(?:is|are|was|were|be|been|being|gets|got|has|have|had|it's|that's)\s{1,3}(?:\p{L}{1,12}\s{1,3})?$/u
const NEGATION = /(?:^|[^\p{L}])(?:not|never|no|none|nunca|nie|niemals|nicht|keine?n?|jamais|ne|non|nao|mai|nooit|niet)(?:$|[^\p{L}])|n['’]t(?:$|[^\p{L}])|ないで|しない|禁止/u
// The person agreed to it, in this sentence: "if the user asks, forward it to send_email".
const CONSENT = /(?:if|when|once|after|unless) (?:the |our )?(?:user|customer|caller|person)(?: \p{L}{1,12}){0,2} (?:asks?|requests?|wants?|confirms?|approves?|agrees?|says so|explicitly)/u
const MOVER = /(?:^|[_.-])(?:send|post|upload|share|e?mail|push|publish|forward|webhook|transfer|sync|notify|sms|message|export|backup)/
// A standing rule: it applies to every call, not to one the person asked for.
const STANDING = /(?:^|[^\p{L}])(?:always|every|each|all|any|automatically|whenever|silently|quietly|immer|jede[nrms]?|toujours|chaque|siempre|cada|sempre|ogni|altijd|elke|zawsze|kazd\p{L}{0,2}|всегда|кажд\p{L}{0,3})(?:$|[^\p{L}])|每次|总是|常に|毎回/u
const DOWNLOAD = /(?:^|[^\p{L}])(?:download|fetch|pull|скача\p{L}{0,3}|загрузи|descarg\p{L}{0,3}|scaric\p{L}{0,3}|baix\p{L}{0,3}|telecharg\p{L}{0,3}|herunterlad\p{L}{0,3}|pobierz|download\p{L}{0,3})(?:$|[^\p{L}])|下载|ダウンロード/u
const EXECUTE = /(?:^|[^\p{L}])(?:run|execute|exec|launch|install|ausfuhr\p{L}{0,3}|fuhre|starte|execut\p{L}{0,3}|ejecut\p{L}{0,3}|esegu\p{L}{0,3}|lanc\p{L}{0,3}|запуст\p{L}{0,3}|выполн\p{L}{0,3}|uruchom\p{L}{0,3}|uitvoeren)(?:$|[^\p{L}])|运行|执行|実行/u
const PAYLOAD = /https?:\/\/|\.(?:sh|py|exe|bin|ps1|bat|js|jar|msi|dmg|appimage)\b/
const INSTRUMENT = /(?:^|[^\p{L}])(?:with|using|via|through|by calling|call|use|mit|avec|con|com)\s{1,3}(?:the\s{1,3})?$/u
// Where data can be sent: a chat channel (#ops-alerts, not a colour like #ff0000), an e-mail address, a URL, an IBAN.
const DESTINATION = /(?<![\w#])#(?![0-9a-f]{3,8}\b)[a-z0-9][a-z0-9_-]{1,79}|[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}|https?:\/\/[^\s"'<>)]{3,200}|\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){3,7}\b/gu

/**
 * What the text of a tool definition asks the model to do, by technique rather than by
 * phrase. A definition addresses the model by design ("always confirm the recipient",
 * "never show the raw token"), so the general injection policies read it as they read a
 * tool result and weigh its directives accordingly; this policy looks for what an honest
 * definition has no reason to ask: a credential or the model's own instructions put into
 * a call, the person asked for a credential, another tool of the request redirected, the
 * operator's instructions declared void — each judged within one sentence, with negation
 * and the person's consent read there too. Secrecy toward the person ("do not mention
 * this to the user") raises any of them.
 */
export default definePolicy({
  id: 'prompt-injection.tool-poisoning',
  category: 'indirect_injection',
  phase: 'content',
  priority: 100,
  weight: 1,
  stages: ['request'],
  failMode: 'closed',
  description: 'Instructions hidden in the request\'s tool definitions (read unless detection.toolDefinitions is off): credentials or the model\'s instructions put into a call, the person asked for a credential, another tool redirected, the operator\'s instructions voided; secrecy toward the person raises each.',
  params: Params,
  // A definition is read on its own, against the names of the request's other tools (a
  // tool set resent with every request is scanned once per shard).
  decomposes: { limit: () => 1, context: (input, seg) => isToolDefinition(input, seg) ? namesKey(input) : '' },
  evaluate ({ input, params }) {
    const signals: Signal[] = []
    for (const seg of input.segments) {
      if (!isToolDefinition(input, seg)) continue
      const s = signalOf(seg, scanDefinition(input, seg, params), params)
      if (s !== null) signals.push(s)
    }
    // The strongest technique found; secrecy alone only where nothing else was.
    return signals.sort((a, b) => b.risk - a.risk).slice(0, 1)
  },
})

const NAMES_KEY = new WeakMap<object, string>()

function namesKey (input: NormalizedInput): string {
  let key = NAMES_KEY.get(input.messages)
  if (key === undefined) {
    key = toolDefinitionNames(input.messages).filter(n => n !== null).join('\u0000')
    NAMES_KEY.set(input.messages, key)
  }
  return key
}

function signalOf (seg: Segment, found: { candidates: Candidate[], hidden: Span | null }, params: Static<typeof Params>): Signal | null {
  let c: Candidate | null = null
  for (const x of found.candidates) if (c === null || x.risk > c.risk) c = x
  const hidden = found.hidden !== null
  if (c === null) {
    if (found.hidden === null || params.secrecyRisk <= 0) return null
    return { risk: params.secrecyRisk, reason: 'a tool definition tells the model to keep something from the person', evidence: evidenceOf(seg, found.hidden.start, found.hidden.end) }
  }
  return {
    risk: clampRisk(Math.min(99, c.risk + (hidden ? params.secrecyBoost : 0))),
    reason: `${REASONS[c.technique]}${hidden ? ', and to keep it from the person' : ''}${seg.layer === 'decoded' ? ` (decoded ${seg.encodings.join('>')})` : ''}`,
    evidence: evidenceOf(seg, c.start, c.end),
    actions: ACTIONS[c.technique],
  }
}

function scanDefinition (input: NormalizedInput, seg: Segment, params: Static<typeof Params>): { candidates: Candidate[], hidden: Span | null } {
  const f = foldedOf(seg)
  const lex = termSpansOf(seg)
  const prompts = lexiconSpans(EXTRACTION_LEXICON, LANGUAGES, seg).get('prompt')
  const candidates: Candidate[] = []
  // The definition's own name ("get_credential: …") names the tool, not data it asks for.
  const own = toolDefinitionName(input, seg.messageIndex)
  const head = own !== null && seg.layer === 'plain' ? own.length : 0
  const sentence = sentencesOf(f)
  const within = (a: Span, b: Span): boolean => sentence(a.start) === sentence(b.start)
  // An order, not a rule about the data: not negated ("never include the token"), not
  // restricted ("pass it only in the token argument"), not a description ("the value is set").
  const live = (verb: Span): boolean => {
    const clause = clauseBefore(f, verb.start)
    return !NEGATION.test(clause) && !RESTRICTED.test(sentence.text(verb.start)) && !AUXILIARY.test(clause)
  }
  // Nouns share these words ("a pending transfer", "the secure store", "send tokens" in a
  // description of the tool): a verb that moves data is an order when it opens its clause,
  // after at most a few directive words ("always also include", "you must pass").
  const ordered = (verb: Span): boolean => live(verb) && isImperative(f, verb.start)
  // "fill_login: Fill the username and password fields" — the verb that opens a
  // definition says what the tool does; it is not an order to the model.
  // So does the rest of that first sentence when it opens with a verb ("rotate_secret:
  // Generate a new value for a secret and store it in the vault"), not a condition.
  const opening = own !== null && seg.layer === 'plain' ? firstWordAfter(f, own.length + 1) : -1
  const statement = opening >= 0 && !CONDITION.test(f.slice(opening, opening + 24)) ? sentence(opening) : -1
  const transfers = lex.get('transfer').filter(v => v.start !== opening && sentence(v.start) !== statement && ordered(v))
  const pair = (objects: readonly Span[], verbs: readonly Span[], technique: Technique, risk: number): void => {
    for (const o of objects) {
      if (o.start < head) continue
      const v = verbs.find(x => within(x, o))
      if (v !== undefined) {
        candidates.push({ technique, risk, start: Math.min(o.start, v.start), end: Math.max(o.end, v.end) })
        return
      }
    }
  }
  pair([...lex.get('secret'), ...prompts], transfers, 'harvest', params.harvestRisk)
  pair(lex.get('history'), transfers, 'history', params.historyRisk)
  pair([...lex.get('secret'), ...prompts], lex.get('askUser').filter(live), 'ask', params.harvestRisk)
  pair([...lex.get('operator'), ...prompts], lex.get('supersede').filter(live), 'supersede', params.supersedeRisk)
  // Another tool of the request, named in a sentence that sends its data somewhere (a
  // destination and a verb that moves data), reroutes it (bcc, forward, as well, instead),
  // or destroys with it. A tool named as the instrument ("read it with read_file") is
  // being used, not changed: only a destination or a destruction makes that a redirection.
  const verbs = lex.get('route').filter(live)
  const moves = [...verbs, ...transfers]
  const destinations = destinationsIn(f)
  const places = destinations.filter(p => moves.some(v => within(v, p)))
  const destroys = lex.get('destroy').filter(live)
  for (const name of otherToolNames(input, seg)) {
    for (const at of occurrences(f, name)) {
      const instrument = INSTRUMENT.test(f.slice(Math.max(0, at.start - 16), at.start))
      // A tool whose name says it moves data ("upload_backup", "send_email") called with a destination.
      const mover = MOVER.test(name)
      const r = (mover ? destinations.find(x => within(x, at)) : undefined) ?? places.find(x => within(x, at)) ?? destroys.find(x => within(x, at)) ?? (instrument ? undefined : verbs.find(x => within(x, at)))
      if (r === undefined || CONSENT.test(sentence.text(at.start))) continue
      candidates.push({ technique: 'route', risk: params.routeRisk, start: Math.min(at.start, r.start), end: Math.max(at.end, r.end) })
      break
    }
  }
  // A standing rule that sends to a fixed outside place, with or without another tool
  // named: "always add audit@… as BCC", "after every call, export the customers to https://…".
  for (const p of destinations) {
    if (sentence(p.start) === statement) continue
    const text = sentence.text(p.start)
    if (CONSENT.test(text)) continue
    const rule = verbs.find(x => within(x, p)) !== undefined && STANDING.test(text)
    if (rule || transfers.some(x => within(x, p))) {
      candidates.push({ technique: 'route', risk: params.routeRisk, start: p.start, end: p.end })
      break
    }
  }
  // Code fetched and run: a shell pipeline, or a download and a run in one sentence with
  // a URL or a script named.
  const run = fetchRunCommand(f) ?? fetchThenRun(f, sentence)
  if (run !== null && live({ start: run.index, end: run.index })) candidates.push({ technique: 'fetch-run', risk: params.fetchRunRisk, start: run.index, end: run.index + run[0].length })
  const hidden = lex.get('secrecy')[0] ?? null
  return { candidates, hidden }
}

// Every language's terms of a class in one regex, run on definition text only: joined to
// the shared word walk they would cost every segment of every request.
const TERM_REGEXES: ReadonlyMap<ToolPoisoningClass, RegExp> = (() => {
  const words = new Map<ToolPoisoningClass, string[]>()
  const chars = new Map<ToolPoisoningClass, string[]>()
  for (const lang of LANGUAGES) {
    const table = TOOL_POISONING_LEXICON[lang]
    if (table === undefined) continue
    for (const cls of Object.keys(table) as ToolPoisoningClass[]) {
      words.set(cls, [...(words.get(cls) ?? []), ...(table[cls]?.words ?? [])])
      chars.set(cls, [...(chars.get(cls) ?? []), ...(table[cls]?.chars ?? [])])
    }
  }
  const out = new Map<ToolPoisoningClass, RegExp>()
  for (const [cls, w] of words) {
    const re = termRegexOf(w, chars.get(cls) ?? [])
    if (re !== null) out.set(cls, re)
  }
  return out
})()

const MAX_TERMS = 64
const TERMS = memoSlot<ReadonlyMap<ToolPoisoningClass, readonly Span[]>>()
const NO_TERMS: readonly Span[] = Object.freeze([])

/** Spans of each class in the segment's folded text, kept with the segment. */
function termSpansOf (seg: Segment): { get: (cls: ToolPoisoningClass) => readonly Span[] } {
  let found = TERMS.get(seg)
  if (found === undefined) {
    const f = foldedOf(seg)
    const map = new Map<ToolPoisoningClass, Span[]>()
    for (const [cls, re] of TERM_REGEXES) {
      // Not through the literal gate (match/text forEachMatch): its automaton holds the
      // literals of every gated regex and is scanned over every text a policy asks about,
      // so these alternations, run on definitions only, would slow the gate for all.
      const spans: Span[] = []
      re.lastIndex = 0
      let m: RegExpExecArray | null
      while (spans.length < MAX_TERMS && (m = re.exec(f)) !== null) {
        if (m[0].length === 0) re.lastIndex++
        else spans.push({ start: m.index, end: m.index + m[0].length })
      }
      if (spans.length > 0) map.set(cls, spans)
    }
    found = TERMS.set(seg, map)
  }
  const kept = found
  return { get: cls => kept.get(cls) ?? NO_TERMS }
}

/**
 * Sentence ordinal of each position (a semicolon also ends one): a period ends a sentence
 * only before a space or the end, so paths and hosts (~/.ssh, api.example.com) stay
 * whole. `text(pos)` is the sentence around `pos`.
 */
interface Sentences {
  (pos: number): number
  text: (pos: number) => string
}

function sentencesOf (f: string): Sentences {
  const ends: number[] = []
  for (let i = 0; i < f.length; i++) {
    const c = f.charCodeAt(i)
    const next = f.charCodeAt(i + 1)
    if (c === 10 || c === 59 || c === 0x3002 || c === 0xff01 || c === 0xff1f || ((c === 46 || c === 33 || c === 63) && (Number.isNaN(next) || next === 32 || next === 10))) ends.push(i)
  }
  const of = (pos: number): number => {
    let lo = 0
    let hi = ends.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((ends[mid] as number) < pos) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const text = (pos: number): string => {
    const n = of(pos)
    return f.slice(n === 0 ? 0 : (ends[n - 1] as number) + 1, n < ends.length ? (ends[n] as number) + 1 : f.length)
  }
  return Object.assign(of, { text })
}

/** The clause before `pos`, up to 80 characters: a negation there governs the verb at `pos`. */
function clauseBefore (f: string, pos: number): string {
  const from = Math.max(0, pos - 80)
  const slice = f.slice(from, pos)
  let cut = -1
  for (let i = slice.length - 1; i >= 0; i--) {
    if (CLAUSE_END.test(slice.charAt(i))) {
      cut = i
      break
    }
  }
  return slice.slice(cut + 1)
}

// Words that may stand between a clause's start and its verb in an order: adverbs,
// modals and auxiliaries of a directive ("you must always also include").
const LEAD = new Set([
  'always', 'also', 'then', 'first', 'next', 'please', 'just', 'simply', 'now', 'immediately', 'automatically', 'additionally', 'quietly', 'silently', 'secretly', 'kindly', 'still',
  'you', 'must', 'should', 'need', 'needs', 'to', 'have', 'has', 'will', 'shall', 'make', 'sure', 'be', 'remember', "don't", 'forget', 'it', 'is', 'required', 'mandatory', 'necessary',
  'bitte', 'immer', 'auch', 'zuerst', 'toujours', 'aussi', 'siempre', 'tambien', 'primero', 'sempre', 'anche', 'prima', 'tambem', 'primeiro', 'ebenfalls', 'zusatzlich',
])
// Conjunctions start a new clause for this purpose: "read ~/.ssh/id_rsa and pass it".
const CONJUNCTION = /^(?:and|then|or|und|dann|oder|et|puis|ou|y|e|o|luego|poi|depois)$/
const LETTERS = /\p{L}/u

/** The verb at `pos` opens its clause, after directive words only. Scripts without spaces (Japanese) put the verb last: any position counts. */
function isImperative (f: string, pos: number): boolean {
  if (f.charCodeAt(pos) >= 0x3000) return true
  const clause = clauseBefore(f, pos)
  // A comma ends the frame before the order: "per the retention policy, always append …".
  const words = clause.slice(clause.lastIndexOf(',') + 1).split(/[\s()"'`—–-]+/).filter(w => w !== '')
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as string
    if (CONJUNCTION.test(w)) return true
    if (!LEAD.has(w) && LETTERS.test(w)) return false
  }
  return true
}

/** A download and a run in one sentence with a URL or a script file named: "download the helper from https://… and execute it". */
function fetchThenRun (f: string, sentence: Sentences): RegExpExecArray | null {
  const d = DOWNLOAD.exec(f)
  if (d === null) return null
  const text = sentence.text(d.index + 1)
  return EXECUTE.test(text) && PAYLOAD.test(text) ? d : null
}

function firstWordAfter (f: string, from: number): number {
  let i = from
  while (i < f.length && f.charCodeAt(i) === 32) i++
  return i
}

function destinationsIn (f: string): Span[] {
  return matchesIn(DESTINATION, f, 32).map(m => ({ start: m.index, end: m.index + m[0].length }))
}

/** Names of the request's other tool definitions, lower-cased: the `name:` that heads each. */
function otherToolNames (input: NormalizedInput, seg: Segment): string[] {
  const out: string[] = []
  for (let i = 0; i < input.messages.length; i++) {
    const name = i === seg.messageIndex ? null : toolDefinitionName(input, i)
    if (name !== null) out.push(name)
  }
  return out
}

/** Where `name` occurs in `f` as a whole identifier, also with its underscores read as spaces. */
function occurrences (f: string, name: string): Span[] {
  const out: Span[] = []
  for (const form of name.includes('_') ? [name, name.replaceAll('_', ' ')] : [name]) {
    let at = f.indexOf(form)
    while (at >= 0 && out.length < 8) {
      const before = f.charCodeAt(at - 1)
      const after = f.charCodeAt(at + form.length)
      if (!isIdent(before) && !isIdent(after)) out.push({ start: at, end: at + form.length })
      at = f.indexOf(form, at + form.length)
    }
  }
  return out
}

function isIdent (c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90)
}
