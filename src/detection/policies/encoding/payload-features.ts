import { wholeMessagePayload } from '../../checks/decode-ask.js'
import { JOINED } from '../../normalize/index.js'
import type { ChatMessage, Segment } from '../../types.js'
import { HARMFUL } from '../jailbreak/lexicon/harmful-terms.js'
import { LANGUAGES } from '../prompt-injection/lexicon/languages.js'
import { lexiconSpans } from '../prompt-injection/lexicon/scan.js'
import { foldedOf } from '../prompt-injection/match/text.js'
import { intentsIn, type Intent } from '../session/intents.js'

// What makes a decoded payload instruction-like. Each feature is one module-level global
// regex run over the decoded segment's lower-cased text with a bounded number of
// matches; gaps between words are bounded ({0,40}), so every pattern is linear.
// A match only counts when it was *revealed* by decoding, i.e. the matched words do not
// already appear in the message's plain text: a URL-encoded link whose visible text
// holds the same URL, or a leetspeak message whose plain part says "you", reveal nothing.

export interface Feature {
  readonly name: string
  readonly weight: number
  readonly re: RegExp
}

const VERB_GAP = '[^.\\n]{0,40}?'
// German and Dutch write the target of an override as a compound ("Sicherheitsrichtlinien").
const COMPOUND_TARGET = '\\p{L}{0,24}(?:richtlinien|regeln|anweisungen|vorgaben|vorschriften|beschr(?:ä|a)nkungen|instructies|regels|richtlijnen)(?![\\p{L}\\d])'
// "give me / show me / send" in the other languages the policies read.
const GIVE_OTHER = 'gib mir|zeige?(?: mir)?|sende|nenne|dame|dime|mu(?:e|é)strame|muestra|env(?:i|í)a|donne(?:-moi)?|montre(?:-moi)?|envoie|dammi|mostrami|mostra|invia|me d(?:e|ê)|mostre|envie|geef|toon|stuur|podaj|poka(?:z|ż)'
// Passwords and credentials in the other languages the policies read.
const SECRET_OTHER = 'passw(?:ö|o|oe)rt(?:e|er)?|kennw(?:ö|o)rt(?:e|er)?|zugangsdaten|contrase(?:ñ|n)as?|credenciales|mots? de passe|identifiants|senhas?|wachtwoord(?:en)?|has(?:ł|l)o|has(?:ł|l)a'

export const FEATURES: readonly Feature[] = Object.freeze([
  {
    name: 'instruction override',
    weight: 55,
    re: new RegExp(`\\b(?:ignore|disregard|forget|override|bypass|skip|abandon|ignoriere\\w{0,2}|ignorez|ignora\\w{0,2}|oublie\\w{0,2}|vergiss)\\b${VERB_GAP}\\b(?:instructions?|rules?|guidelines?|prompts?|polic(?:y|ies)|restrictions?|filters?|safety|guardrails?|previous|above|prior|earlier|system|user|everything|anweisungen|instrucciones|regeln|règles)\\b|\\b(?:ignorier\\w{0,2}|vergiss|missachte|negeer|vergeet)\\b${VERB_GAP}${COMPOUND_TARGET}|\\b(?:all |any |the |your )?(?:previous|prior|preceding|earlier|original) (?:instructions|directives|guidelines|system prompt)\\b|игнорируй|забудь все|忽略|無視`, 'gu'),
  },
  {
    name: 'request for secrets',
    weight: 45,
    re: new RegExp(`\\b(?:reveal|print|show|output|repeat|display|tell me|give me|leak|dump|disclose|share|return|send|${GIVE_OTHER})\\b${VERB_GAP}\\b(?:system prompt|(?:initial |original |hidden |secret )?(?:prompt|instructions)|passwords?|secrets?|api[ _-]?keys?|tokens?|credentials?|configuration|env(?:ironment)? variables|${SECRET_OTHER})(?![\\p{L}\\d])|\\b(?:read|get|fetch|dump|print|show|reveal|export|leak)_(?:[a-z]{1,12}_)?(?:secrets?|passwords?|credentials?|tokens?|api_?keys?|system_?prompt)\\b|[?&][a-z0-9_]{1,20}=[{<$%]{0,3}[a-z_]{0,30}?(?:system_?prompt|passwords?|secrets?|api_?keys?|tokens?|credentials?|chat|conversation|history|transcript|messages)(?![a-z])`, 'gu'),
  },
  {
    name: 'code or markup to execute',
    weight: 55,
    re: /<\s?script\b|javascript:|\bon(?:error|load|click|mouseover)\s?=|\beval\s?\(|\bexec\s?\(|\bsystem\s?\(|\bos\.system|\bsubprocess\b|\bchild_process\b|\brm\s-rf\b|\bcurl\s|\bwget\s|\bpowershell\b|\/bin\/(?:ba)?sh\b|\bcmd(?:\.exe)?\s\/c\b|\bnc\s-[elvn]|<iframe\b|<img\b[^>]{0,60}\bsrc\b|\bdrop\s(?:table|database)\b|\bdropdb\b|\bmkfs(?:\.\w{2,5})?\s|\bdd\sif=|\bunion\s(?:all\s)?select\b/g,
  },
  {
    name: 'role or jailbreak framing',
    weight: 40,
    re: /\b(?:you are now|from now on|act as|pretend (?:to be|you are|that you)|developer mode|jailbr(?:eak|oken)|dan mode|do anything now|no (?:restrictions|limits|rules|filters|guidelines)|unfiltered|uncensored|without (?:any )?(?:restrictions|limits|filters|censorship|rules)|(?:free|freed|released|liberated|exempt) (?:from|of) (?:all |any |your |the )?(?:\w{1,20} )?(?:polic(?:y|ies)|rules|restrictions|guidelines|filters|censorship|limits|constraints))\b/g,
  },
  {
    name: 'instruction to send data',
    weight: 25,
    re: /\b(?:send|post|upload|exfiltrate|forward|transmit|e-?mail) (?:it|this|that|them|the|all|every|your|my|our|a copy)\b/g,
  },
  {
    // A hidden call to a tool or a privileged action: what an agent would execute.
    name: 'tool call or privileged action',
    weight: 35,
    re: /\b[a-z]{2,20}_[a-z_]{2,30}\s?\(|\b(?:call|invoke|run|execute|trigger)\s(?:the\s)?(?:[a-z]{2,20}_[a-z_]{2,30}\b|[a-z]{3,30}\s?\()|\b(?:http|send|post|upload|publish|fetch|curl|wget)_[a-z]{2,20}\s(?:the\b|all\b|my\b|your\b|every\b|these\b|this\b|https?:\/\/)|\b(?:approve|merge)\s(?:it|them|this|the (?:pr|pull request|change|request|payment))\b|\b(?:approve|grant|transfer|refund|wire|delete|wipe|disable|escalate|export|set)\s(?:the\s|all\s|this\s|my\s|full\s)?(?:payments?|roles?|admin|access|privileges?|permissions?|funds?|money|pr|pull request|audit(?: log)?|logging|accounts?|transactions?|database|\d{3,})\b/g,
  },
  {
    // Claimed approval and orders to keep quiet: the social part of a hidden instruction.
    name: 'claimed authority or concealment',
    weight: 30,
    re: /\b(?:pre-?approved|approval (?:is )?(?:already )?granted|(?:already |is )(?:approved|authori[sz]ed|verified)|authori[sz]es|priority instruction|override\b|i am (?:the |an? )?(?:admin(?:istrator)?|manager|owner|developer|hr manager)|(?:do not|don'?t|never) (?:tell|mention|inform|read|show|report|flag|log)\w{0,3}|without (?:flagging|comment|telling|review|approval|confirmation|asking)|without (?:them|him|her|anyone|anybody|the user|the owner|their owner|the victim) (?:knowing|noticing|finding out|being notified)|secretly|silently|covertly)\b/g,
  },
  {
    name: 'link',
    weight: 20,
    re: /\bhttps?:\/\/[^\s"'<>]{1,200}|\bwww\.[a-z0-9-]{1,63}\.[a-z]{2,24}\b/g,
  },
  {
    name: 'request to the model',
    weight: 25,
    re: /(?:^|[.!?\n:]\s?)(?:(?:please|pls|plz|kindly|now|then|ok|okay|so)[,\s]\s?){0,2}(?:(?:can|could|would|will) you\s)?(?:write|list|describe|explain|tell|give|show|create|generate|make|provide|teach|draft|compose|answer|help|say|print|output|respond|reply|do|export|send|share|forward|upload|delete|remove|wipe|grant|approve|transfer|disable|enable|run|execute|call|reveal|build|code|find|get|fetch|read|set|change|reset|install|add|post|pay|cancel)\b|\byou (?:must|should|need to|have to|are to|shall) (?:now |immediately |also )?[a-z]{2,20}\b|\byour (?:new |real |only |actual |next )?(?:task|job|goal|mission|instructions?) (?:is|are|now is) (?:to|now)\b|\b(?:state|claim|insist|conclude|report|declare|announce|assert) that\b|\bhow (?:to|do i|can i|would i|could i|do you)\b|\bwhat(?: are| is|'s) (?:the )?(?:best |easiest |fastest |two |three |some )?ways?\b|\bstep[- ]by[- ]step\b/g,
  },
  {
    name: 'harmful subject',
    weight: 30,
    re: /\b(?:bombs?|explosives?|weapons?|firearms?|poison\w{0,3}|nerve agents?|toxins?|methamphetamine|meth|lsd|cocaine|heroin|fentanyl|kill\w{0,3}|murder\w{0,3}|dismember\w{0,3}|tortur\w{1,3}|suicide|self[- ]harm|malware|ransomware|keylogger|botnet|phishing|launder\w{0,3}|terroris\w{1,3}|stalk\w{0,3}|stalkerware|spyware|hotwir\w{0,4})\b/g,
  },
  {
    name: 'words addressed to the model',
    weight: 10,
    re: /\b(?:you|your|yourself|assistant|chatgpt|gpt|llm|language model|ai model)\b/g,
  },
])

const MAX_MATCHES = 8

export interface FeatureHit {
  readonly feature: Feature
  readonly start: number
  readonly end: number
}

const featureNamed = (name: string): Feature => FEATURES.find(f => f.name === name) as Feature

// The chain steps the session policies recognise in any segment (session/intents.ts), as
// the payload feature that names the same thing: the agent action a hidden text asks for
// ("I am the system administrator", "export the contact database", "lösche alle …")
// counts whichever detector words it, once.
const INTENT_FEATURES: ReadonlyMap<Intent['kind'], Feature> = new Map([
  ['sensitive_read', featureNamed('request for secrets')],
  ['external_send', featureNamed('instruction to send data')],
  ['role_claim', featureNamed('claimed authority or concealment')],
  ['privileged_request', featureNamed('tool call or privileged action')],
])
// Hidden text that speaks to the model: a role name as a vocative ("assistant:", "AI, you
// …") or its orders ("your task is"). A plain "you must" is not enough: documentation
// speaks to its reader that way (a README fetched as base64).
const ADDRESSES_MODEL = /(?:^|[^\w])(?:assistant|ai|agent|model|chatbot|bot|llm)\s?(?:[:,]|you\b)|\byour (?:new |real |next |actual )?(?:task|job|instructions?|goal|orders)\b/
const HARMFUL_FEATURE = featureNamed('harmful subject')
const HARMFUL_CLASSES = ['capability', 'content'] as const

/**
 * Features present in the decoded segment and not visible in the message's plain text;
 * one hit per feature, in FEATURES order. Besides the patterns above, the agent actions
 * of session/intents.ts and the harmful-capability lexicon (every language the jailbreak
 * policies read) count as the feature they stand for.
 */
export function revealedFeatures (seg: Segment, plain: Segment | undefined): FeatureHit[] {
  const plainLower = plain?.lower ?? ''
  const hits: FeatureHit[] = []
  const found = new Set<Feature>()
  const revealed = (feature: Feature, source: string, start: number, end: number, seen: string, shared: boolean): void => {
    // A stretch a pattern already scored is not scored again by a shared detector: "print
    // the system prompt" is a request for secrets, not also a privileged operation.
    if (found.has(feature) || (shared && hits.some(h => h.start < end && start < h.end))) return
    const text = source.slice(start, end).trim()
    if (text.length === 0 || seen.includes(text)) return
    const at = start + source.slice(start, end).indexOf(text)
    hits.push({ feature, start: at, end: at + text.length })
    found.add(feature)
  }
  for (const feature of FEATURES) {
    let n = 0
    // matchAll clones the regex: the shared instance's lastIndex is never touched.
    for (const m of seg.lower.matchAll(feature.re)) {
      if (++n > MAX_MATCHES) break
      revealed(feature, seg.lower, m.index, m.index + m[0].length, plainLower, false)
      if (found.has(feature)) break
    }
  }
  // Outside a user's own turn, imperatives are a document's instructions to its human
  // reader ("copy .env.example to .env"); they are the model's orders only when the text
  // speaks to the model.
  if (seg.role === 'user' || ADDRESSES_MODEL.test(seg.lower)) {
    for (const intent of intentsIn(seg)) {
      const feature = INTENT_FEATURES.get(intent.kind)
      if (feature !== undefined) revealed(feature, seg.lower, intent.start, intent.end, plainLower, true)
    }
  }
  if (!found.has(HARMFUL_FEATURE)) {
    const spans = lexiconSpans(HARMFUL, LANGUAGES, seg)
    const plainFolded = plain === undefined ? '' : foldedOf(plain)
    for (const cls of HARMFUL_CLASSES) for (const sp of spans.get(cls)) revealed(HARMFUL_FEATURE, foldedOf(seg), sp.start, sp.end, plainFolded, true)
  }
  return hits.sort((a, b) => FEATURES.indexOf(a.feature) - FEATURES.indexOf(b.feature))
}


/**
 * Asked without saying so: a user message written wholly in a word game (see
 * wholeMessagePayload), and hidden text in a tool result or document that speaks to the
 * model ("assistant:", "your task is") and carries two features: it is addressed to the
 * model by construction.
 */
export function impliedAsk (messages: readonly ChatMessage[], seg: Segment, hits: readonly FeatureHit[]): boolean {
  if (seg.encodings[0] === JOINED) return false
  if (seg.role === 'user') return wholeMessagePayload(messages, seg)
  return hits.length >= 2 && ADDRESSES_MODEL.test(seg.lower)
}
