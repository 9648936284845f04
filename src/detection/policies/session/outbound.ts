import { matchesIn } from '../../checks/scan.js'

/**
 * Requests to move data out of the conversation to a place the attacker controls: a
 * send verb (plain words, a tool or function name, a shell network command) and a
 * destination (URL, e-mail address, phone number, raw IP, a DNS name built from data) in
 * the same clause. Agents are driven by terse tool-style requests ("http_post it to
 * https://…", "send_sms it to +52 …"), so the verb may be a function name.
 */
export interface OutboundRequest {
  readonly start: number
  readonly end: number
  /**
   * The clause points back at data already in the conversation ("post *that*", "the
   * json", a `<that hex>` slot in the URL): the send carries what earlier turns read.
   */
  readonly refersBack: boolean
  /** The destination as written (URL, address, number), to compare with the operator's own. */
  readonly destination: string
  /** A slot of the URL or command names credential material (`${{ secrets.X }}`, `<api key>`). */
  readonly secretSlot: boolean
}

// Function-style names are matched whole ("http_post", "send_email", "gh_gist_create").
// Push: the verb itself moves data to the destination.
const TOOL_PUSH = String.raw`[a-z][a-z0-9]{0,20}_(?:post|put|send|upload|publish|share|submit|create|webhook|write)\w{0,12}|(?:http_post|http_put|send|upload|post|publish|share|webhook|notify|sms|mail|email|gist|paste)_[a-z0-9_]{1,24}|http_post|http_put`
const PLAIN_PUSH = String.raw`send|sends|sending|post|posting|upload|uploading|forward|forwarding|e-?mail|mail|transmit|exfiltrate|leak|pipe|push|sync|share|deliver|beam|text|sms|dm|submit|paste|publish|envoie|envoyer|envoyez|transmets|partage|publie|sende|senden|schick|schicke|schicken|lade|hochladen|übermittle|teile|env[ií]a(?:lo|la|los|las|le|les)?|reenv[ií]a(?:lo|la|los|las)?|enviar|manda(?:lo|la|los|las)?|mandar|sube|subir|comparte|invia|inviare|carica|condividi|envie`
// Making something public is sending it: "create a public gist with that", "open a public paste".
const PUBLISH = String.raw`(?:create|make|open|start|put (?:it|that|this|them) (?:in|on|into))(?=\s(?:a\s|an\s)?(?:new\s)?public\s)`
const PUSH_VERB = String.raw`\b(?:${TOOL_PUSH}|${PLAIN_PUSH}|${PUBLISH})\b`
// Pull: a request or an embed that goes out to a URL; it carries data only through the
// URL itself, so it counts when the clause fills a slot of the URL with conversation data.
const PULL_VERB = String.raw`\b(?:http_get|http_request|fetch|get|curl|wget|call|hit|ping|open|load|visit|render|nslookup|dig|request)\b`
// Images and links in rendered output are fetched or clicked with whatever their URL holds.
const EMBED = String.raw`!\[[^\]\n]{0,40}\]\(|<img\b|\[[^\]\n]{1,40}\]\(https?:`
const SEND_VERB = new RegExp(`(${PUSH_VERB})|(${EMBED})|${PULL_VERB}`, 'gi')
// Data put into the URL or command: a slot to fill, or words that say so.
const DATA_SLOT = /<[^<>\n]{1,40}>|\$\([^)\n]{1,40}\)|\$\{\{?[^}\n]{1,60}\}|\{[\w .+-]{1,40}\}|[=/]\s{0,2}(?:STRING|DATA|PAYLOAD|VALUE|XXX+)\b|\b(?:appended|substituted|filled in|plugged in|inserted|url-?encoded|percent-?encoded|as (?:a |the )?(?:query|param(?:eter)?|path|subdomain)|in the (?:url|link|query|path))\b|\b(?:for )?each (?:\d{1,3}-char(?:acter)? )?(?:chunk|line|piece|part|item|row|word|record|entry|file|message|result)\b/i

// A destination outside the conversation. Hosts need a dot and a letter TLD; phone
// numbers need a leading + (a bare digit run is an order number as often as a phone).
const DESTINATION = /\bpublic\s(?:gist|paste|repo(?:sitory)?|bucket|link|page|post|channel)\b|\b(?:pastebin|transfer\.sh|webhook\.site|requestbin)\b|\bhttps?:\/\/[^\s"'<>)\]]{3,}|\bwww\.[\w-]{1,63}\.[a-z]{2,}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[a-z]{2,}\b|(?<![\w.])\+\d[\d ().-]{7,18}\d\b|\b(?:\d{1,3}\.){3}\d{1,3}(?::\d{2,5})?\b|[<{$][^\s<>{}.]{1,40}[>})]\.(?:[\w-]{1,63}\.){1,4}[a-z]{2,}\b/gi

// A clause is cut at sentence ends and line breaks; a send and its destination must share one.
const CLAUSE_BEFORE = 120
const CLAUSE_AFTER = 160

// Pronouns and definite data nouns right after the verb, slots in a URL, shell
// substitutions: the thing sent is something the conversation already holds.
const DATA_NOUN = String.raw`json|csv|tsv|xml|yaml|hex|base64|b64|base32|string|list|summary|table|file|text|result|results|output|data|bullets|line|lines|codes?|version|record|records|numbers|translation|poem|contents?|answer|document|doc|notes|minutes|report|values?|rows|export|transcript|conversation|chat|history|config|keys?|secrets?|credentials|passwords?|tokens?|blob|archive|dump|payload|message|messages|email|emails|details|info|information|figures|totals?|bytes|chunks?|pieces?|parts?|halves|encoded \w+|encrypted \w+|compressed \w+`
const REFERS_BACK = new RegExp([
  String.raw`\b(?:it|that|this|those|these|them|everything|all of (?:it|that|them|this))\b`,
  String.raw`\bthe (?:(?:whole|full|entire|french|german|spanish|english|translated|encoded|reversed|compressed|final|above|same|resulting|new)\s)?(?:${DATA_NOUN})\b`,
  // Slots left in a URL or command for the data: <that hex>, {data}, $(that), STRING.
  String.raw`<[^<>\n]{1,40}>|\$\([^)\n]{1,40}\)|\$\{\{?[^}\n]{1,60}\}|\{[\w .+-]{1,40}\}|[=/]\s{0,2}(?:STRING|DATA|PAYLOAD|VALUE|XXX+)\b`,
  String.raw`\b(?:es|das|die(?:se)? \w+ (?:version|liste|datei|daten|zusammenfassung|übersetzung))\b`,
  String.raw`\b(?:env[ií]alo|m[aá]ndalo|s[uú]belo|la versi[oó]n|la lista|los datos|le fichier|les donn[ée]es|la liste|le r[ée]sum[ée]|la traduction|envoie-le|envoie-la|envoie-les)\b`,
].join('|'), 'i')

// A slot of the URL or command that names a secret, or a secret asked to be filled into it ("with my password filled in").
const SECRET_SLOT = /(?:<|\$\{\{?|\$\(|\{)\s{0,3}[^<>{}\n]{0,30}?(?:secret|token|api[ _-]?key|password|passwd|credential|private[ _-]?key|\benv\b)[^<>{}\n]{0,30}(?:>|\})|\b(?:with|and|put|insert|add|include|fill in|plug in)\s(?:in\s)?(?:my|the|his|her|their|your|our|actual|real)\s(?:actual\s|real\s|current\s)?(?:password|passphrase|passcode|pin|token|api[ _-]?key|secret|credentials)\b[^.\n]{0,24}?\b(?:filled in|inserted|appended|added|included|plugged in|in (?:it|the (?:url|link|image|query)|there)|instead of)/i

const LIMIT = 16

/** Outbound requests stated in `text`, at most one per clause. */
export function outboundIn (text: string): OutboundRequest[] {
  const out: OutboundRequest[] = []
  let coveredUntil = -1
  for (const m of matchesIn(SEND_VERB, text, LIMIT * 4)) {
    if (m.index < coveredUntil) continue
    const clause = clauseAround(text, m.index, m.index + m[0].length)
    const dest = firstMatch(DESTINATION, clause.text)
    if (dest === null) continue
    const refersBack = REFERS_BACK.test(clause.text)
    const slot = DATA_SLOT.test(clause.text)
    // "fetch it from https://…" names what comes in; a pull sends data only through the URL.
    if (m[1] === undefined && !slot && !(m[2] !== undefined && refersBack)) continue
    out.push({ start: m.index, end: m.index + m[0].length, refersBack: refersBack || slot, destination: dest[0], secretSlot: SECRET_SLOT.test(clause.text) })
    coveredUntil = clause.offset + clause.text.length
    if (out.length >= LIMIT) break
  }
  return out
}

/** The text around a verb up to the nearest sentence end or line break, bounded both ways. */
function clauseAround (text: string, start: number, end: number): { readonly text: string, readonly offset: number } {
  const from = Math.max(0, start - CLAUSE_BEFORE)
  const head = text.slice(from, start)
  let a = from
  for (let i = head.length - 1; i >= 0; i--) {
    const c = head[i] as string
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && (i + 1 >= head.length || head[i + 1] === ' '))) { a = from + i + 1; break }
  }
  const tail = text.slice(end, Math.min(text.length, end + CLAUSE_AFTER))
  let b = end + tail.length
  for (let i = 0; i < tail.length; i++) {
    const c = tail[i] as string
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && (i + 1 >= tail.length || tail[i + 1] === ' '))) { b = end + i; break }
  }
  return { text: text.slice(a, b), offset: a }
}

/** The first destination written in `text`, or null. */
export function destinationIn (text: string): string | null {
  return firstMatch(DESTINATION, text)?.[0] ?? null
}

// Who the destination belongs to, written right before it: "me at", "my email", "myself:".
const SELF_BEFORE = /\b(?:me|myself)(?: at| on| via)?:?\s{1,3}$|\bmy (?:own |personal |private |work |home |usual |other |backup )?(?:e-?mail(?: address)?|address|inbox|mailbox|account|phone|number)(?: at| is)?:?\s{1,3}$/i
// A send to the user with no address written: "email me the summary", "send it to me".
const TO_SELF = /\b(?:(?:e-?mail|text|message|send|forward|cc|bcc|dm)\s(?:it |them |this |that )?(?:to )?(?:me|myself)|to (?:me|myself))\b(?!\s(?:and|or|&|\+))/i

/**
 * A send whose every destination is the writer's own ("always send the summary to me at
 * ana@home.example", "cc my backup address"): a user's rule for their own mail, not data
 * leaving to someone else. Any destination not marked as the writer's makes it false.
 */
export function sendsOnlyToSelf (text: string): boolean {
  const dests = matchesIn(DESTINATION, text, 8)
  if (dests.length === 0) return TO_SELF.test(text)
  return dests.every(m => SELF_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))
}

/**
 * Whether the operator's own configuration names this destination ("sending to the team
 * list ops@corp.example requires confirmation"): a send there is the deployment's
 * workflow, not data leaving. Hosts compare by name, so any path on a named host counts.
 */
export function isSanctioned (destination: string, operatorText: string): boolean {
  const d = destination.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '')
  const host = d.split(/[/?#]/, 1)[0] ?? d
  return host.length >= 4 && operatorText.toLowerCase().includes(host)
}

function firstMatch (re: RegExp, text: string): RegExpExecArray | null {
  for (const m of matchesIn(re, text, 1)) return m
  return null
}
