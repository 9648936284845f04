import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { evidenceOf } from '../../evidence.js'
import type { Segment, Signal } from '../../types.js'
import { LANGUAGES } from '../prompt-injection/lexicon/languages.js'
import { lexiconSpans } from '../prompt-injection/lexicon/scan.js'
import { clampRisk } from '../prompt-injection/match/text.js'
import { HARMFUL } from './lexicon/harmful-terms.js'

const Params = Type.Object({
  tailChars: Type.Integer({ default: 320, minimum: 80, maximum: 2000, description: 'How many trailing characters of a message are inspected for an optimised adversarial suffix.' }),
  minJunkTokens: Type.Integer({ default: 4, minimum: 2, maximum: 40, description: 'Punctuation-only or mangled tokens needed in the tail before it counts as a suffix.' }),
}, { additionalProperties: false })

// Code is legitimately full of punctuation; these markers keep snippets out.
const CODE = /(?:^|\n)\s{0,8}(?:def |class |import |from \S{1,40} import|function |const |let |var |return\b|#include|public |private )|;\s{0,2}\n|=>|\)\s{0,2}\{/
const LAST_TOKENS = 16
const EVIDENCE_CHARS = 40
const PUNCT_ONLY = /^[^\p{L}\p{N}]{1,12}$/u
// Only tested for presence, so exactly two junk characters say the same as "two or more"
// without an unbounded run that is re-scanned from every start (quadratic on long tokens).
const MANGLED = /[\p{L}\p{N}][^\p{L}\p{N}\s'.,-]{2}|[^\p{L}\p{N}\s]{2}[\p{L}\p{N}]/u

export default definePolicy({
  id: 'jailbreak.adversarial-suffix',
  category: 'jailbreak',
  phase: 'content',
  priority: 90,
  weight: 1,
  stages: ['request'],
  failMode: 'closed',
  description: 'Optimised adversarial suffixes (GCG-style token soup: unbalanced brackets, isolated punctuation, mangled words) appended to a request, scored higher when the request asks for dangerous capability.',
  params: Params,
  decomposes: { limit: () => 1 },
  evaluate ({ input, params }) {
    const signals: Signal[] = []
    for (const seg of input.segments) {
      if (seg.role !== 'user' || seg.layer !== 'plain') continue
      const harmful = lexiconSpans(HARMFUL, LANGUAGES, seg).has('capability')
      // After a request for dangerous capability a shorter soup is enough evidence.
      const suffix = suffixOf(seg, params.tailChars, params.minJunkTokens, harmful)
      if (suffix === null) continue
      const risk = clampRisk(harmful ? 86 : 52)
      signals.push({
        risk,
        reason: `adversarial token suffix (${suffix.junk} junk tokens, ${suffix.unbalanced} unbalanced brackets)${harmful ? ' after a request for dangerous capability' : ''} — in a user message`,
        // Point at the end of the message, where the suffix sits.
        evidence: evidenceOf(seg, Math.max(suffix.start, seg.text.length - EVIDENCE_CHARS), seg.text.length),
      })
    }
    return signals.sort((a, b) => b.risk - a.risk).slice(0, 1)
  },
})

/**
 * Inspects the tail of a message. A suffix needs both token soup (several
 * punctuation-only or mangled tokens making up a fifth of the tail) and unbalanced
 * opening brackets, which ordinary prose and markdown (balanced "[ ]") lack.
 */
function suffixOf (seg: Segment, tailChars: number, minJunk: number, lenient: boolean): { start: number, junk: number, unbalanced: number } | null {
  const text = seg.text
  if (text.length < 40) return null
  const start = Math.max(0, text.length - tailChars)
  const tail = text.slice(start)
  if (CODE.test(tail)) return null
  const all = tail.split(/\s{1,40}/).filter(t => t.length > 0)
  if (all.length < 8) return null
  // Judge the last words only: the suffix is appended after a normal request.
  const tokens = all.slice(-LAST_TOKENS)
  let junk = 0
  for (const t of tokens) if (PUNCT_ONLY.test(t) || MANGLED.test(t)) junk++
  let open = 0
  let close = 0
  for (let i = 0; i < tail.length; i++) {
    const c = tail.charCodeAt(i)
    if (c === 0x5b) open++
    else if (c === 0x5d) close++
  }
  const unbalanced = open - close
  if (junk < minJunk || junk / tokens.length < 0.2 || unbalanced < 2 || (unbalanced < 3 && junk < minJunk + 1 && !lenient)) return null
  return { start, junk, unbalanced }
}
