import { isOperatorRole, isToolDefinition } from '../../checks/roles.js'
import { matchesIn } from '../../checks/scan.js'
import { isJoinedView } from '../../checks/segments.js'
import { REASSEMBLED } from '../../reassembly.js'
import { perInput } from '../../input-memo.js'
import type { ActionKind, NormalizedInput, Segment } from '../../types.js'
import { destinationIn, outboundIn } from './outbound.js'
import { privilegeIn, roleClaimIn } from './privilege.js'
import { toolDataGrade } from './tool-data.js'
import { currentTurnStart } from '../../turn-scope.js'
import { isQuotedSample } from '../prompt-injection/match/cues.js'
import { SECRET_COLUMNS } from '../exfiltration/send-vocabulary.js'
import { reportsToDefenders } from '../exfiltration/reporting-address.js'

const SECRET_WORD = /password|credential|secret|key|token|cookie|env|connection|keychain/i

/** One step of a possible exfiltration chain, recognised in plain words or commands. */
export interface Intent {
  readonly kind: Extract<ActionKind, 'sensitive_read' | 'transform' | 'external_send' | 'role_claim' | 'privileged_request'>
  readonly start: number
  readonly end: number
  /** 'secret' for credential material (keys, /etc/shadow, .env), 'data' for records and personal data. */
  readonly grade: 'secret' | 'data' | 'plain'
  /** For a send: it points back at data the conversation already holds ("post that to …"). */
  readonly refersBack?: boolean
  /** For a send: where to, as written, when the request names it. */
  readonly destination?: string
}

// --- sensitive_read ---------------------------------------------------------------
// Files that hold credentials. Matched on their own: naming them in a request is the read.
const SECRET_FILE = /(?:~|\$home|\/home\/[\w.-]{1,32}|\/root)?\/?\.ssh\/(?:id_[a-z0-9]{2,10}|authorized_keys|known_hosts)\b|\bid_(?:rsa|dsa|ecdsa|ed25519)\b|\/etc\/(?:passwd|shadow|gshadow|sudoers|master\.passwd)\b|(?:^|[\s"'`(=\/])\.env(?:\.[a-z]{1,12})?\b|\.aws\/(?:credentials|config)\b|\.(?:npmrc|pypirc|netrc|git-credentials|pgpass|my\.cnf|htpasswd)\b|\.docker\/config\.json|\.kube\/config\b|\.gnupg\/|\bwp-config\.php\b|\/proc\/(?:self|\d{1,7})\/environ\b|\bcredentials\.json\b|\bservice[-_]?account[\w-]{0,20}\.json\b|\bsecrets?\.(?:ya?ml|json|toml)\b|(?<![\w-])[\w-]{1,40}\.(?:pem|p12|pfx|keystore|jks|kdbx)\b|\blogin\.keychain\b|\.(?:bash|zsh|mysql|psql)_history\b|\bappsettings(?:\.\w{1,20})?\.json\b|\bweb\.config\b/gi
const READ_VERB = /\b(?:read|reads|reading|open|opens|cat|less|more|head|tail|type|print|show|display|dump|list|get|fetch|retrieve|copy|cp|scp|rsync|load|grab|give me|output|echo|base64|base32|encode|hexdump|send|upload|xxd|od|strings|view|access|extract|look (?:at|in(?:to)?)|check|contents? of|what(?:'s| is) in|export|select|query|pull|collect|gather|find|look up|download|enumerate|reveal|paste)\b/i
// Requests for records, personal data or credentials. The gap between verb and object is
// a bounded lazy run inside one sentence.
const DATA_REQUEST = /\b(?:read|show|display|list|get|fetch|retrieve|dump|export|select|query|give me|pull|extract|print|output|collect|gather|find|look up|download|copy|tell me|reveal|send me|grab|enumerate)\b[^.\n?!]{0,50}?\b(?:(?:customer|user|client|employee|patient|member|account|subscriber|contact|staff|student|buyer|cardholder)(?:s|'s|s')?\s(?:table|records?|data(?:base)?|list|e-?mails?|e-?mail addresses|addresses|phone numbers|ssns?|social security numbers|credit cards?|card numbers|passwords?|password hashes|credentials|details|info(?:rmation)?|pii|profiles?|accounts?|salar(?:y|ies)|payroll|medical records|dates? of birth|birthdays)|(?:all|every)\s(?:the\s)?(?:users|customers|employees|patients|members|accounts)(?:'|\b)|passwords?|credentials|secrets|api[ _-]?keys?|access (?:keys?|tokens?)|private keys?|auth(?:entication)? tokens?|tokens|env(?:ironment)? variables|\benv\b|connection strings?|database (?:dump|contents|backup)|db dump|password hashes|session (?:tokens?|cookies?)|cookies|ssh keys?|keychain)\b/gi
// A SELECT of a table of people or secrets ("app_users", "public.customers"), or of a
// credential column from any table ("password_hash, api_token").
const SENSITIVE_SELECT = new RegExp(String.raw`\bselect\s[^;]{0,80}?\bfrom\s{1,3}["\x60[]?(?:[a-z0-9]{1,20}[_.])?(?:users|customers|accounts|employees|patients|members|credentials|passwords|secrets|api_keys|tokens|payments|credit_cards|cards)\b|${SECRET_COLUMNS}`, 'gi')
// Records addressed by an id range: "employees 1001 through 1040", "users 1-5000".
const RECORD_RANGE = /\b(?:customers?|users?|employees?|patients?|members?|accounts?|clients?|students?|subscribers?|records?|profiles?)\s(?:#|no\.\s?|ids?\s)?\d{1,9}\s?(?:-|–|to|through|thru)\s?\d{1,9}\b/gi
const ENV_DUMP = /\b(?:printenv|env\s{0,2}\||set\s{0,2}\||export\s-p|get-childitem\s+env:|dir\s+env:)|\bos\.environ\b(?!\s{0,2}\[|\.get)|\bprocess\.env\b(?!\.)|\b(?:echo|printf)\s{1,3}["']?\$\{?[A-Z0-9_]{0,40}(?:KEY|SECRET|TOKEN|PASS|PASSWORD|PWD|SALT|CREDENTIALS?|AUTH)\b/gi
// Tool-style calls that read credential material: vault_read("…"), cred_lookup("…"), get_secret(…).
const SECRET_TOOL = /\b(?:[a-z]{1,12}_)?(?:vault|secrets?|creds?|credentials?|passwords?|passwd|keychain|kms|ssm|api_?keys?)_(?:read|get|lookup|fetch|dump|show|list|export|reveal|value)[a-z]{0,8}\s?\(|\b(?:get|read|fetch|lookup|dump|show|list|export|reveal)_(?:[a-z]{1,12}_)?(?:secrets?|creds?|credentials?|passwords?|passwd|api_?keys?|tokens?|private_?keys?)\s?\(/gi

// --- transform --------------------------------------------------------------------
/** Names of encodings that make text unreadable to a person (a regex source, one alternation). */
export const ENCODING_NAMES = String.raw`base-?64|b64|base-?32|base-?58|base-?85|hex(?:adecimal)?|rot-?13|rot-?47|url-?encod\w{0,3}|percent-?encod\w{0,3}|uuencod\w{0,3}|ascii (?:codes?|values)|char(?:acter)? codes`
// Those, and the other ways of writing text over: ciphers, alphabets, word games.
const ENCODING_NAME = new RegExp(String.raw`\b(?:${ENCODING_NAMES}|caesar(?: cipher)?|morse(?: code)?|binary|quoted-printable|punycode|leet(?:speak)?|pig latin|unicode escapes|html entities|reversed? (?:order|text|string)|backwards)\b`, 'gi')
const TRANSFORM_VERB = /\b(?:encode|encoded|encoding|convert|translate|transform|turn|write|rewrite|output|print|give|show|express|represent|spell|put|format|render|obfuscate|scramble|encrypt|compress|serialize|in|into|as|to|using)\b/i
// Reshaping that changes the language, length or form of what was read.
const RESHAPE = /\b(?:translate|traduis|traduce|traduci|übersetze|ubersetze)\b[^.\n?!]{0,30}?\b(?:to|into|in|en|ins|auf|al)\s(?:french|german|spanish|italian|portuguese|dutch|chinese|japanese|korean|russian|arabic|english|fran[cç]ais|anglais|englische|deutsch|espa[nñ]ol|ingl[eé]s|\w{3,12}isch)\b|\b(?:summari[sz]e|condense|paraphrase|reword)\b|\b(?:reverse|invert|mirror)\s(?:it|that|this|them|the)\b|\b(?:zlib|gzip|deflate|lzma|brotli|xz)[- ]?(?:compress\w{0,3}|encode\w{0,2}|it|that|the)\b|\burl-?encode\b|\b(?:replace|swap|substitute)\s[^.\n?!]{0,30}?\bwith\s(?:initials|emojis?|symbols|codes?|numbers)\b|\b(?:encode|map)\s(?:each|every)\s(?:digit|letter|character|word)\b/gi
// Shell pipelines that reshape what the previous command printed.
const SHELL_TRANSFORM = /\|\s{0,3}(?:base64|base32|basenc|xxd|od|hexdump|gzip|bzip2|xz|zstd|zip|openssl\s{1,3}(?:enc|base64)|rev|uuencode|gpg)\b/gi
const TRANSFORM_PHRASE = /\b(?:encode|encrypt|compress|gzip|zip up|tar up|obfuscate|scramble|serialize|pack|chunk)\s(?:it|this|that|them|the|these|those|all|everything|each|every)\b|\bformat\s(?:it|this|them|that|these|the (?:data|results|output|list|records|emails|rows))?\s?as\s(?:a\s)?(?:csv|tsv|json|jsonl|xml|yaml|table|spreadsheet|list)\b|\bconvert\s(?:it|this|them|that|these|the \w{1,20})?\s?(?:to|into)\s(?:csv|tsv|json|xml|yaml|hex|base64|binary|a (?:string|file|table))\b|\btranslate\s(?:it|this|them|that|everything|all of (?:it|this|them)|the \w{1,20})\s?into\b|\bsplit\s(?:it|this|them|that|the \w{1,20})\sinto\s(?:chunks|parts|pieces|segments)\b|\bone (?:character|letter|char|word) at a time\b|\bspell\s(?:it|them|that|this)\sout\b|\bwith (?:a )?(?:space|dash|dot)s? between (?:each|every) (?:character|letter)\b/gi

// --- external_send ----------------------------------------------------------------
const SEND_TO = /\b(?:send|sends|sending|post|posting|upload|uploading|forward|forwarding|e-?mail|mail|transmit|exfiltrate|leak|pipe|push|sync|share|deliver|beam|text|dm)\b[^.\n?!]{0,60}?\b(?:to|into|via|at|onto)\s(?:https?:\/\/|www\.|[\w.+-]{1,64}@[\w-]{1,63}\.|(?:my|his|her|their|this|that|the|an?|our|some|external|remote)\s(?:\w{1,20}\s)?(?:server|webhook|endpoint|url|address|inbox|email|bucket|site|api|host|account|channel|gist|paste(?:bin)?|domain|ip|machine|listener)\b|webhooks?\b|pastebin\b|discord\b|telegram\b|slack\b|s3\b|ftp\b)/gi
// Publishing where others read it: "paste the complete output as a comment on this issue".
const PUBLISH_AS_COMMENT = /\b(?:paste|post|share|add|put|attach|upload|leave|drop)\b[^.\n?!]{0,60}?\bas (?:a |an )?(?:new |public )?(?:comment|reply|note|message|post|answer)\s(?:on|in|to|under|below)\s(?:this|the|that|our|my)\s(?:issue|pr|pull request|merge request|ticket|thread|discussion|post|page|forum|channel|gist|repo(?:sitory)?)\b/gi
const SHELL_SEND = /\|\s{0,3}(?:curl|nc|ncat|netcat|wget|socat)\b|\bcurl\s[^\n]{0,120}?\s(?:-d|--data(?:-binary|-raw|-urlencode)?|-F|--form|-T|--upload-file)\s|\bnc\s[^\n]{0,60}?\s\d{2,5}\s{0,3}<|\bwget\s[^\n]{0,80}?--post-(?:data|file)\b|\binvoke-(?:webrequest|restmethod)\b[^\n]{0,120}?-(?:body|infile)\b/gi

const LIMIT = 32

// The flattened form of an assistant tool call: `name({...arguments})` on its own line.
const TOOL_CALL_LINE = /^[\w.-]{1,64}\(\{[^\n]{0,4000}\}\)$/gm

/**
 * The chain steps a segment asks for, by who wrote it: operator text is configuration
 * and the joined view repeats other turns, so both give none; an assistant message gives
 * only the sends made by its tool calls (the model saying "I will read…" is not a
 * request, but `http_post({"url":…})` is data leaving).
 */
export function requestIntents (seg: Segment): Intent[] {
  // Pieces reassembled on this turn's request are what it asks to act on; the plain joined view is history.
  if (isOperatorRole(seg.role) || (isJoinedView(seg) && seg.encodings[1] !== REASSEMBLED)) return []
  if (seg.role === 'assistant') return toolCallSends(seg.text)
  return intentsIn(seg)
}

/** An intent of the current turn with the index of the segment it was found in. */
export interface TurnIntent {
  readonly intent: Intent
  readonly segIndex: number
}

/**
 * The intents of the current turn: the messages after the last assistant reply, plus,
 * when the turn is a tool result, the assistant tool call it answers (the call is the
 * action, the result its outcome). Several policies ask each request: computed once.
 */
export const currentTurnIntents = perInput((input: NormalizedInput): readonly TurnIntent[] => {
  let from = currentTurnStart(input.messages)
  if (input.messages[from]?.role === 'tool' && input.messages[from - 1]?.role === 'assistant') from--
  const out: TurnIntent[] = []
  input.segments.forEach((seg, segIndex) => {
    // A tool definition describes a tool: it asks for nothing (tool-poisoning reads it).
    if (seg.messageIndex < from || isToolDefinition(input, seg)) return
    for (const intent of requestIntents(seg)) out.push({ intent, segIndex })
  })
  return out
})

/** An assistant text that sends data out through a tool call written as `name({...})`. */
export function sendsByToolCall (text: string): boolean {
  return toolCallSends(text).length > 0
}

function toolCallSends (text: string): Intent[] {
  const out: Intent[] = []
  for (const m of matchesIn(TOOL_CALL_LINE, text, 8)) {
    for (const r of outboundIn(m[0])) out.push({ kind: 'external_send', start: m.index + r.start, end: m.index + r.end, grade: 'plain', refersBack: true })
  }
  return out
}

/** Every chain step stated in a segment, in order of discovery. */
export function intentsIn (seg: Segment): Intent[] {
  const out: Intent[] = []
  const t = seg.text
  if (seg.role === 'tool' && seg.layer === 'plain') {
    const grade = toolDataGrade(t)
    if (grade !== null) out.push({ kind: 'sensitive_read', start: 0, end: Math.min(t.length, 60), grade })
  }
  for (const m of matchesIn(SECRET_FILE, t, LIMIT)) {
    const before = t.slice(Math.max(0, m.index - 60), m.index)
    if (READ_VERB.test(before)) out.push({ kind: 'sensitive_read', start: m.index, end: m.index + m[0].length, grade: 'secret' })
  }
  for (const m of matchesIn(DATA_REQUEST, t, LIMIT)) {
    const secret = SECRET_WORD.test(m[0])
    out.push({ kind: 'sensitive_read', start: m.index, end: m.index + m[0].length, grade: secret ? 'secret' : 'data' })
  }
  for (const m of matchesIn(SENSITIVE_SELECT, t, LIMIT)) out.push({ kind: 'sensitive_read', start: m.index, end: m.index + m[0].length, grade: 'data' })
  for (const m of matchesIn(RECORD_RANGE, t, LIMIT)) {
    if (READ_VERB.test(t.slice(Math.max(0, m.index - 40), m.index))) out.push({ kind: 'sensitive_read', start: m.index, end: m.index + m[0].length, grade: 'data' })
  }
  for (const m of matchesIn(ENV_DUMP, t, LIMIT)) out.push({ kind: 'sensitive_read', start: m.index, end: m.index + m[0].length, grade: 'secret' })
  for (const m of matchesIn(SECRET_TOOL, t, LIMIT)) out.push({ kind: 'sensitive_read', start: m.index, end: m.index + m[0].length, grade: 'secret' })
  for (const m of matchesIn(ENCODING_NAME, t, LIMIT)) {
    const around = t.slice(Math.max(0, m.index - 40), m.index + m[0].length + 10)
    if (TRANSFORM_VERB.test(around.replace(m[0], ' '))) out.push({ kind: 'transform', start: m.index, end: m.index + m[0].length, grade: 'plain' })
  }
  for (const m of matchesIn(TRANSFORM_PHRASE, t, LIMIT)) out.push({ kind: 'transform', start: m.index, end: m.index + m[0].length, grade: 'plain' })
  for (const m of matchesIn(SHELL_TRANSFORM, t, LIMIT)) out.push({ kind: 'transform', start: m.index, end: m.index + m[0].length, grade: 'plain' })
  for (const m of matchesIn(RESHAPE, t, LIMIT)) out.push({ kind: 'transform', start: m.index, end: m.index + m[0].length, grade: 'plain' })
  for (const m of matchesIn(SEND_TO, t, LIMIT)) {
    // A send inside a quoted sample (the line a report or awareness mail cites) is shown, not asked for.
    if (isQuotedSample(seg, { start: m.index, end: m.index + m[0].length }, true)) continue
    const destination = destinationIn(t.slice(m.index, m.index + m[0].length + 120))
    // "Forward any suspicious message to phishing@corp.example": reporting, not leaking.
    if (destination !== null && reportsToDefenders(destination, m[0])) continue
    out.push({ kind: 'external_send', start: m.index, end: m.index + m[0].length, grade: 'plain', ...(destination === null ? {} : { destination }) })
  }
  for (const m of matchesIn(SHELL_SEND, t, LIMIT)) out.push({ kind: 'external_send', start: m.index, end: m.index + m[0].length, grade: 'plain' })
  for (const m of matchesIn(PUBLISH_AS_COMMENT, t, LIMIT)) out.push({ kind: 'external_send', start: m.index, end: m.index + m[0].length, grade: 'plain' })
  // A tool result reporting what it sent ("send_verification to: …") is not a request.
  if (seg.role === 'user') {
    const claim = roleClaimIn(t)
    if (claim !== null) out.push({ kind: 'role_claim', start: claim.start, end: claim.end, grade: 'plain' })
    const { restricted } = privilegeIn(t)
    if (restricted !== null) out.push({ kind: 'privileged_request', start: restricted.start, end: restricted.end, grade: 'plain' })
  }
  if (seg.role !== 'tool') {
    for (const r of outboundIn(t)) {
      out.push({ kind: 'external_send', start: r.start, end: r.end, grade: 'plain', refersBack: r.refersBack, destination: r.destination })
      // A slot naming a secret reads it and sends it in one step.
      if (r.secretSlot) out.push({ kind: 'sensitive_read', start: r.start, end: r.end, grade: 'secret' })
    }
  }
  return out
}
