import { FRAMED, JOINED } from '../normalize/index.js'
import { hiddenLayers } from './segments.js'
import type { ChatMessage, Segment } from '../types.js'

// Whether a message asks for an encoded payload it carries to be decoded or acted upon.
// obfuscated-payload scores the hiding when it does; the session policies then read the
// decoded payload as what the turn says (turn-scope.ts).

const DECODE_VERBS = String.raw`\b(?:decod\w{0,4}|dekod\w{0,4}|d[eé]cod\w{0,4}|decif\w{0,5}|d[eé]chiffr\w{0,4}|descifr\w{0,4}|decipher\w{0,3}|decrypt\w{0,3}|entschl[üu]ssel\w{0,3}|unscramble|deobfuscate|translate|[üu]bersetz\w{0,3}|tradu[czi]\w{0,4}|interpret\w{0,3})`
// The transform named as a thing ("rot13", "base64"): an ask from a user, a label in data.
const TRANSFORM_NAMES = String.raw`\brot-?13\b|\bbase-?(?:64|32|16|85|2048)\b|\bb64\b|\bascii-?85\b|\buu-?encod\w{0,3}|\batbash\b|\bnato\b|\bphonetic alphabet\b|\bbraille\b|\bc[aäée]esar\b|\bcaesar|\bleet(?:speak)?\b|\bpig latin\b|\bmorse\b|\bhex(?:adecimal)?\b|\bchr\s?\(|\bfromcharcode\b|\bascii (?:codes?|values)\b`
// The transform given as an order ("reverse the words", "read it backwards", "shift back by 3").
const TRANSFORM_ORDERS = String.raw`\bbackwards?\b|\bin reverse\b|\brevers(?:e|ed|al)\b|\bflip\w{0,3}\b|\bmirror(?:ed)?\b|\br[üu]ckw[äa]rts\b|\bumgekehrt\w{0,2}\b|\bal rev[ée]s\b|\b[àa] l'envers\b|\binvers\w{1,4}\b|\bright[- ]to[- ]left\b|\bfrom (?:the )?(?:end|back|last)\b|\bvon hinten\b|\bde derecha a izquierda\b|\bde droite (?:à|a) gauche\b|\bshift(?:ed)? (?:it |them |each letter |every letter |the letters )?(?:back|forward|by|left|right)\b`
const ACT_ORDERS = String.raw`\b(?:follow|obey|execute|run|do|apply|perform)\s(?:it|them|this|these|that|those|what(?:ever)?|as it says|the (?:decoded|hidden|encoded|result|output|instructions?|commands?))\b|\b(?:follow|obey|execute|run|comply|do it)\s?(?:[:.!,;]|$)|\bcarry out|\bact on\b|\bdo what (?:it|this) says|\bwhat does (?:this|it) (?:say|mean)|\bin your (?:head|mind|monologue)|(?:de|en)coded(?: string| text| message| version| output)?\s?:|\bin plain (?:english|text|language)\b`
const ACT_OTHER = String.raw`\bf[üu]hre?\s(?:\w{1,20}\s){0,3}aus\b|\bausf[üu]hren\b|\bbefolge\w{0,2}\b|\bgehorche\b|\bejecut[ae]\w{0,2}\b|\bobedece\b|\bex[ée]cute[rz]?\b|\bob[ée]is\b|\besegui\w{0,2}\b|\bobbedisci\b|\bsiga\b|\bvoer\s(?:\w{1,20}\s){0,3}uit\b`

/**
 * The message asks for the payload to be decoded or acted upon: a decoding verb, the name
 * of the transform ("rot13", "backwards", "shift back by 3"), or an order to act on the
 * result ("then run it", "and follow", "führe aus"), in the languages the policies read.
 */
export const ASKS_TO_DECODE = new RegExp([DECODE_VERBS, TRANSFORM_NAMES, TRANSFORM_ORDERS, ACT_ORDERS, ACT_OTHER].join('|'), 'u')

/**
 * The same without the transform named as a thing, for text that is not the user's: a tool
 * result or document labels its own data ("encoding": "base64") without asking for anything.
 */
export const ASKS_TO_ACT = new RegExp([DECODE_VERBS, TRANSFORM_ORDERS, ACT_ORDERS, ACT_OTHER].join('|'), 'u')

/** URL, HTML and JSON escapes: how serializers write special characters, not a disguise by themselves. */
export const TRANSPORT: ReadonlySet<string> = new Set(['url', 'html', 'escape'])
// A word outside the payload: a label ("note:"), a question or a request around it.
const WORD = /\p{L}{2}/u

/**
 * A user message written wholly in an encoding or word game (nothing else, not even a
 * label) is itself the request to decode it: a reader who wanted an explanation quotes
 * the text and asks. Escapes alone are how serializers write text, not such a message.
 */
export function wholeMessagePayload (messages: readonly ChatMessage[], seg: Segment): boolean {
  if (seg.role !== 'user' || seg.encodings[0] === JOINED || seg.encodings.every(e => TRANSPORT.has(e))) return false
  const content = (messages[seg.messageIndex] as ChatMessage | undefined)?.content ?? ''
  return !WORD.test(content.slice(0, seg.sourceStart)) && !WORD.test(content.slice(seg.sourceEnd))
}

/**
 * A payload of a user message that the user asked to have read: a lead frames it as an
 * order to carry out ("translate this, then carry it out:", "your line, performed for
 * real:"), or it was decoded and the message as written (`plain`, the message's plain
 * segment) asks to decode or follow it, or the message is nothing but the payload. Not the
 * joined view of earlier turns, nor a JSON value alone (pasted data, not an order).
 */
export function askedToRead (messages: readonly ChatMessage[], seg: Segment, plain: Segment | undefined): boolean {
  if (seg.role !== 'user' || seg.layer !== 'decoded' || seg.encodings[0] === JOINED) return false
  if (seg.encodings.includes(FRAMED)) return true
  return hiddenLayers(seg) > 0 && ((plain !== undefined && ASKS_TO_DECODE.test(plain.lower)) || wholeMessagePayload(messages, seg))
}
