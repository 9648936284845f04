import type { Span } from '../../prompt-injection/match/text.js'

/**
 * A dangerous capability named as the thing being defended against: "checks files
 * against known malware signatures", "detect ransomware", "phishing awareness training".
 * Such a mention asks for a defence, not for the capability, however much working code
 * or detail the request wants.
 */
const DEFEND_BEFORE = /\b(?:detect\p{L}{0,3}|scan\p{L}{0,4} for|check\p{L}{0,3} (?:\p{L}{1,15} ){0,2}(?:for|against)|against|block\p{L}{0,3}|flag\p{L}{0,4}|monitor\p{L}{0,3}|prevent\p{L}{0,3}|protect\p{L}{0,3} (?:\p{L}{1,15} ){0,2}(?:from|against)|defend\p{L}{0,3} (?:\p{L}{1,15} ){0,2}against|remov\p{L}{0,3}|clean\p{L}{0,3} up|quarantin\p{L}{0,3}|identify\p{L}{0,3}|recogni[sz]\p{L}{0,3}|recover\p{L}{0,3} from|mitigat\p{L}{0,3})\s(?:known |potential |possible |suspected |incoming )?$/u
const DEFEND_AFTER = /^(?:'s)?\s(?:signatures?|detection|detectors?|scanner|scanning|removal|protection|defen[cs]es?|prevention|awareness|indicators|iocs?|mitigation|alerts?)\b/

export function defensiveMention (f: string, s: Span): boolean {
  return DEFEND_BEFORE.test(f.slice(Math.max(0, s.start - 40), s.start)) || DEFEND_AFTER.test(f.slice(s.end, s.end + 24))
}

/**
 * A capability word inside a harmless compound: "bomb-proof", "bath bombs", "bomb
 * shelter", "photobomb", "smoke bomb" for photography, "seed bombs" for gardening.
 */
const COMPOUND_BEFORE = /(?:bath|photo|glitter|seed|flavou?r|calorie|cherry|stink|love|truth|time|cocoa|chocolate|hot chocolate|cake|color|colour|paint)[\s-]?$/
const COMPOUND_AFTER = /^(?:-?proof|shells?\b|astic|[\s-](?:proof|shelter|shelters|calorimeter|cyclone|squad|disposal robot))/

export function harmlessCompound (f: string, s: Span): boolean {
  return COMPOUND_BEFORE.test(f.slice(Math.max(0, s.start - 16), s.start)) || COMPOUND_AFTER.test(f.slice(s.end, s.end + 20))
}
