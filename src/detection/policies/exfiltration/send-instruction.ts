import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { isOperatorRole } from '../../checks/roles.js'
import { matchesIn, windowAround } from '../../checks/scan.js'
import type { Segment, Signal } from '../../types.js'
import { scrubbedEvidence } from './scrubbed-evidence.js'
import { hostAllowed, URL_IN_TEXT, urlInfo } from './url-features.js'

// Where data could go: a URL, an e-mail address, a capture service named without a
// scheme, or a phrase pointing at one ("this endpoint", "my server").
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9-]{1,63}\.){1,6}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g
const BARE_COLLECTOR = /(?<![\w.\/-])(?:[a-z0-9-]{1,63}\.){0,4}(?:webhook\.site|requestbin\.(?:net|com)|pipedream\.net|ngrok(?:-free)?\.(?:io|app|dev)|interact\.sh|oast\.(?:pro|live|site|online|fun|me)|burpcollaborator\.net|oastify\.com|trycloudflare\.com)\b/gi
const DEST_PHRASE = /\b(?:this|that|the following|the above|the below|below|my|our|an? (?:external|remote|third[- ]party)|the attacker'?s?|external|remote)\s(?:webhook\s|callback\s|collection\s|logging\s)?(?:url|link|endpoint|webhook|server|address|api|domain|site|host|inbox|email(?: address)?|collector|listener)\b/gi

// Words that are also nouns ("email address", "blog post", "memory leak") count as verbs
// only with an object after them.
const SEND_VERB = /\b(?:send|sending|sent|forward|forwarding|upload|uploading|transmit|transmitting|exfiltrate|exfil|submit|relay|beacon|append|appending|attach|embed|(?:post|posting|e-?mail|e-?mailing|mail|leak|leaking)\s{1,3}(?:it|this|that|them|these|those|the|all|every|everything|me|us|him|her|my|our|your|their|a copy|any)\b|encode \w{1,20} (?:in|into) the (?:url|link|query)|curl|wget|report back|phone home)\b/i
// Agent tool calls named for sending ("send_email", "http_post", "post_webhook", "s3_put",
// "create_paste") and shell/code senders are verbs whatever the surrounding grammar. Field
// names that merely end in a noun ("contact_email", "blog_post") are left out on purpose.
const TOOL_SEND = /\b(?:(?:send|post|http|upload|fwd|forward|publish|s3|webhook)_[a-z]{2,20}|create_(?:paste|gist|share|link)|[a-z]{2,12}_(?:put|send|upload|paste|webhook)|requests\.(?:post|put)|invoke-webrequest|--post-(?:file|data)|--data(?:-binary)?|method:?\s?['"]?post|fwd|bcc)\b/i
const WEAK_VERB = /\b(?:include|add|put|insert|place|visit|open|load|render|display|print|output|show|write|navigate|fetch|call|ping|request|share|sync|push)\b/i
const IN_URL = /\b(?:in|into|to|inside|within) (?:the |this |that )?(?:url|link|query(?: string)?|parameter|path|image(?: url)?)\b/i
// Wording that fills a slot of the URL with data: "followed by", "url-encoded", "replace X with".
const FILL = /\b(?:followed by|url-?encoded|percent-?encoded|fill(?:ed)? in|(?:replace|replacing|substitute) \w{1,20} with|where [A-Z][A-Z0-9_]{2,30} is|with the (?:actual|real) \w{1,20}|extend the (?:path|url))\b/i
// An upper-case placeholder as a parameter value or path part ("?q=SUMMARY", "/CHAT").
const PLACEHOLDER = /[=\/][A-Z][A-Z0-9_]{2,30}(?=$|[&\/.#)"'\s])/

const STRONG_DATA = /\b(?:conversation|chat(?: history| log)?|transcript|(?:previous|prior|earlier|all) (?:messages|answers|responses|turns)|message history|history|context(?: window)?|system (?:prompt|message|instructions)|(?:your|the) (?:instructions|prompt|rules)|secrets?|passwords?(?! reset| recovery| policy| manager| strength| requirements)|passcodes?|credentials?|api[ _-]?keys?|access keys?|tokens?|private keys?|ssh keys?|cookies?|session (?:ids?|tokens?|cookies?)|personal (?:data|info(?:rmation)?|details)|pii|(?:user|customer|client|employee|patient)(?:'s|s'|s)? (?:data|info(?:rmation)?|details|emails|records|list|table|database|addresses|phone numbers)|env(?:ironment)? variables|\.env|memory|everything (?:above|we discussed|so far|you know)|summary of (?:the|this|our) (?:conversation|chat|page|document|email|discussion)|(?:the|this) (?:page|document|email)'?s? content|(?:the|this) user'?s? (?:data|info|name|email|address)|(?:(?:your|my|the) )?(?:last|previous|prior|earlier) (?:answer|reply|response|message)s?|passphrases?|private notes?|medical history|diagnos[ie]s|lab (?:values|results)|cvv|process\.env|(?<=\.)(?:env|ssh|npmrc|bash_history|aws|kube)|id_(?:rsa|ed25519|ecdsa)|login data|(?:all |my |the )?contacts|contact (?:names|details|list)|contract values|(?:internal |private |confidential )?memos?|internal (?:notes|documents?|records)|salary|bank (?:login|details|account)|everything (?:i|we)(?:'ve| have)? (?:wrote|written|said|told you|talked about|discussed|shared))\b/gi
// "with your token", "using my API key": authenticating a request, not shipping the secret.
const AUTH_USE = /\b(?:with|using|via|authenticat\w*|bearer|authorization|signed with)\s(?:\w+\s){0,2}$/i
const WEAK_DATA = /\b(?:data|files?|results?|output|documents?|reports?|list|records|contents?|it|this|them|that|these|those|everything|all of (?:it|this|them)|summary|answers?)\b/i

// Advice and questions about sending are not instructions to send.
const NEGATED = /\b(?:never|don'?t|do not|must not|mustn'?t|should not|shouldn'?t|avoid|won'?t|cannot|can'?t|refuse to|not to)\s(?:\w+\s){0,3}$/i
const HOW_TO = /\b(?:how (?:do|can|should|would) (?:i|we|you)|how to|what(?:'s| is) the best way to|is it (?:safe|ok) to|can i)\b/i

const Params = Type.Object({
  allowedHosts: Type.Array(Type.String(), { default: [], description: 'Destination hosts (and subdomains) that are trusted, e.g. your own API.' }),
  strongRisk: Type.Number({ default: 82, minimum: 0, maximum: 100, description: 'Risk of a send verb, sensitive data (conversation, secrets, personal data) and a destination together.' }),
  weakDataRisk: Type.Number({ default: 45, minimum: 0, maximum: 100, description: 'Risk of a send verb and a destination with only generic data ("the results", "it").' }),
  bareRisk: Type.Number({ default: 35, minimum: 0, maximum: 100, description: 'Risk of a send verb and a destination alone.' }),
  collectorBonus: Type.Number({ default: 10, minimum: 0, maximum: 50, description: 'Added when the destination is a request-capture service, tunnel, webhook or public IP literal.' }),
  openParamBonus: Type.Number({ default: 8, minimum: 0, maximum: 50, description: 'Added when the URL has a template slot or ends in an empty parameter ready for data.' }),
  indirectBonus: Type.Number({ default: 5, minimum: 0, maximum: 50, description: 'Added when the instruction sits in a tool result, document or other non-user message.' }),
  window: Type.Integer({ default: 220, minimum: 40, maximum: 2000, description: 'Characters on each side of a destination searched for the verb and the data (within one paragraph).' }),
}, { additionalProperties: false })

interface Dest { readonly start: number, readonly end: number, readonly collector: boolean, readonly open: boolean, readonly label: string }

function destinations (seg: Segment, allowed: readonly string[]): Dest[] {
  const out: Dest[] = []
  const t = seg.text
  if (t.includes('://')) {
    for (const m of matchesIn(URL_IN_TEXT, t, 64)) {
      const u = urlInfo(m[0])
      if (u === null || hostAllowed(u.host, allowed)) continue
      out.push({ start: m.index, end: m.index + u.url.length, collector: u.capture !== null || u.publicIp, open: u.openParam || u.templateSlot, label: u.host })
    }
  }
  if (t.includes('@')) for (const m of matchesIn(EMAIL, t, 64)) out.push({ start: m.index, end: m.index + m[0].length, collector: false, open: false, label: 'an e-mail address' })
  for (const m of matchesIn(BARE_COLLECTOR, t, 16)) out.push({ start: m.index, end: m.index + m[0].length, collector: true, open: false, label: m[0].toLowerCase() })
  for (const m of matchesIn(DEST_PHRASE, t, 32)) out.push({ start: m.index, end: m.index + m[0].length, collector: false, open: false, label: `"${m[0].toLowerCase()}"` })
  return out
}

function hasStrongData (text: string): boolean {
  for (const m of matchesIn(STRONG_DATA, text, 16)) {
    if (!AUTH_USE.test(text.slice(Math.max(0, m.index - 30), m.index))) return true
  }
  return false
}

type P = { readonly strongRisk: number, readonly weakDataRisk: number, readonly bareRisk: number, readonly collectorBonus: number, readonly openParamBonus: number, readonly indirectBonus: number, readonly window: number }

function judge (seg: Segment, d: Dest, p: P): { risk: number, why: string } {
  const w = windowAround(seg.text, d.start, d.end, p.window, p.window)
  // The destination itself must not supply the verb or the data ("…/upload?token=").
  const around = w.text.slice(0, d.start - w.offset) + ' ' + w.text.slice(d.end - w.offset)
  const strongVerb = SEND_VERB.exec(around) ?? TOOL_SEND.exec(around)
  const weakVerb = strongVerb === null ? WEAK_VERB.exec(around) : null
  const verb = strongVerb ?? weakVerb
  if (verb === null) return { risk: 0, why: '' }
  if (NEGATED.test(around.slice(Math.max(0, verb.index - 40), verb.index))) return { risk: 0, why: '' }
  const strongData = hasStrongData(around)
  let risk: number
  let why: string
  if (strongVerb !== null) {
    risk = strongData ? p.strongRisk : WEAK_DATA.test(around) ? p.weakDataRisk : p.bareRisk
    why = strongData ? 'an instruction to send sensitive data' : 'an instruction to send data'
  } else if (strongData && (IN_URL.test(around) || d.open || FILL.test(around) || PLACEHOLDER.test(seg.text.slice(d.start, d.end)))) {
    risk = p.strongRisk
    why = 'an instruction to put sensitive data into a URL'
  } else {
    return { risk: 0, why: '' }
  }
  if (d.collector) risk += p.collectorBonus
  if (d.open) risk += p.openParamBonus
  if (seg.role !== 'user') risk += p.indirectBonus
  if (HOW_TO.test(around.slice(Math.max(0, verb.index - 60), verb.index + 1))) risk *= 0.5
  return { risk: Math.min(100, risk), why: `${why} to ${d.label.slice(0, 60)}` }
}

export default definePolicy({
  id: 'exfiltration.send-instruction',
  category: 'exfiltration',
  phase: 'content',
  priority: 80,
  weight: 1,
  stages: ['request'],
  failMode: 'closed',
  description: 'Instructions to send, post, upload, e-mail or append data (above all the conversation, secrets or personal data) to an external URL, address or webhook.',
  params: Params,
  evaluate ({ input, params }) {
    let best: Signal | undefined
    for (const seg of input.segments) {
      if (isOperatorRole(seg.role)) continue
      for (const d of destinations(seg, params.allowedHosts)) {
        const { risk, why } = judge(seg, d, params)
        if (risk === 0 || (best !== undefined && risk <= best.risk)) continue
        best = { risk, reason: why, evidence: scrubbedEvidence(seg, d.start, d.end), actions: ['external_send'] }
      }
    }
    return best === undefined ? [] : [best]
  },
})
