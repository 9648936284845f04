import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { evidenceOf } from '../../evidence.js'
import { TAG_ASCII, TAG_OTHER } from '../../normalize/index.js'
import type { NormalizedInput, Signal } from '../../types.js'
import { countOf, describe, findingsByMessage, hiddenEvidence, noisyOr, plainSegment, type Component } from './findings.js'

// Characters a reader cannot see, reported by the normalizer (which already removed them
// from every segment, so other policies match the visible text). Their presence is the
// signal: text that hides something from the human who reviews it. The normalizer does
// not count the benign cases (ZWJ inside emoji, one selector after an emoji, subdivision
// flags, ZWNJ in Persian or Indic words, a leading BOM), so each count here is deliberate.
//
// Scale: ASCII smuggled in tag characters or variation selectors reads as an instruction
// the reviewer never saw → block on its own. A bidi override reorders what the reviewer
// sees (Trojan Source) → high. Zero-width characters inside words split keywords → grows
// with count. Soft hyphens and bidi marks have honest uses → only in numbers, and marks
// only in text with no right-to-left letters.

const KINDS = new Set(['invisible', 'bidi', 'tag'] as const)
const RTL_LETTERS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/

const Params = Type.Object({
  smugglingRisk: Type.Number({ default: 92, minimum: 0, maximum: 100, description: 'Risk of text spelled in invisible Unicode tag characters or variation selectors (ASCII smuggling).' }),
  overrideRisk: Type.Number({ default: 75, minimum: 0, maximum: 100, description: 'Risk of a bidi override (RLO/LRO), which shows a reviewer text in a different order than a model reads it.' }),
  embeddingRisk: Type.Number({ default: 35, minimum: 0, maximum: 100, description: 'Risk of bidi embeddings or isolates (LRE/RLE/PDF, LRI/RLI/FSI/PDI); +5 for each further one.' }),
  zeroWidthRisk: Type.Number({ default: 30, minimum: 0, maximum: 100, description: 'Risk of one zero-width character touching Latin text; +10 for each further one.' }),
  minSoftHyphens: Type.Integer({ default: 3, minimum: 1, maximum: 1000, description: 'Soft hyphens in one message below this count are ignored (copied hyphenated text has a few).' }),
  minBidiMarks: Type.Integer({ default: 3, minimum: 1, maximum: 1000, description: 'LRM/RLM/ALM marks in a message without right-to-left letters below this count are ignored.' }),
}, { additionalProperties: false })

function growing (base: number, step: number, n: number, cap: number): number {
  return n <= 0 ? 0 : Math.min(cap, base + step * (n - 1))
}

export default definePolicy({
  id: 'encoding.hidden-characters',
  category: 'encoding_evasion',
  phase: 'content',
  priority: 90,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'Invisible characters: ASCII smuggled in Unicode tags, bidi overrides, zero-width and other hidden characters.',
  params: Params,
  evaluate ({ input, params }) {
    const out: Signal[] = []
    for (const [messageIndex, found] of findingsByMessage(input, KINDS)) {
      const hidden = (kind: 'invisible' | 'bidi' | 'tag', detail: string) => () => hiddenEvidence(input, messageIndex, kind, detail)
      const tagAscii = countOf(found, 'tag', TAG_ASCII)
      const vsSmuggled = smuggledSegment(input, messageIndex, 'variation-selectors')
      const plain = plainSegment(input, messageIndex)
      const rtl = plain !== undefined && RTL_LETTERS.test(plain.text)
      const n = (kind: 'invisible' | 'bidi', detail: string): number => countOf(found, kind, detail)
      const marks = n('bidi', 'mark')
      const soft = n('invisible', 'soft-hyphen')
      const components: Component[] = [
        { risk: tagAscii > 0 ? params.smugglingRisk - (tagAscii < 4 ? 20 : 0) : 0, what: `${tagAscii} ASCII character(s) hidden in Unicode tag characters`, evidence: () => smuggledEvidence(input, messageIndex, 'unicode-tags') ?? hidden('tag', TAG_ASCII)() },
        { risk: vsSmuggled ? params.smugglingRisk : growing(20, 5, n('invisible', 'variation-selector'), 60), what: vsSmuggled ? 'text hidden in variation selectors' : `${n('invisible', 'variation-selector')} stacked variation selector(s)`, evidence: () => smuggledEvidence(input, messageIndex, 'variation-selectors') ?? hidden('invisible', 'variation-selector')() },
        { risk: growing(30, 5, countOf(found, 'tag', TAG_OTHER), 60), what: 'stray Unicode tag characters', evidence: hidden('tag', TAG_OTHER) },
        { risk: growing(params.overrideRisk, 5, n('bidi', 'override'), 95), what: `${n('bidi', 'override')} bidi override(s) (RLO/LRO)`, evidence: hidden('bidi', 'override') },
        { risk: growing(params.embeddingRisk, 5, n('bidi', 'embedding') + n('bidi', 'isolate'), 60), what: 'bidi embedding or isolate controls', evidence: () => hiddenEvidence(input, messageIndex, 'bidi', n('bidi', 'embedding') > 0 ? 'embedding' : 'isolate') },
        { risk: !rtl && marks >= params.minBidiMarks ? Math.min(40, 8 * marks) : 0, what: `${marks} bidi marks in left-to-right text`, evidence: hidden('bidi', 'mark') },
        { risk: growing(params.zeroWidthRisk, 10, n('invisible', 'zero-width'), 85), what: `${n('invisible', 'zero-width')} zero-width character(s) inside text`, evidence: hidden('invisible', 'zero-width') },
        { risk: soft >= params.minSoftHyphens ? Math.min(40, 10 + 3 * soft) : 0, what: `${soft} soft hyphens`, evidence: hidden('invisible', 'soft-hyphen') },
        { risk: growing(25, 5, n('invisible', 'filler'), 60), what: 'invisible filler characters (Hangul/Khmer)', evidence: hidden('invisible', 'filler') },
        { risk: growing(15, 5, n('invisible', 'format'), 50), what: 'invisible format characters', evidence: hidden('invisible', 'format') },
        { risk: n('invisible', 'control') >= 2 ? Math.min(40, 10 + 3 * n('invisible', 'control')) : 0, what: 'control characters', evidence: hidden('invisible', 'control') },
        { risk: n('invisible', 'combining-marks') >= 3 ? Math.min(60, 20 + 2 * n('invisible', 'combining-marks')) : 0, what: 'combining marks stacked on Latin letters', evidence: hidden('invisible', 'combining-marks') },
      ]
      const summary = describe(components)
      if (summary === null) continue
      out.push({ risk: noisyOr(components.map(c => c.risk)), reason: summary.reason, evidence: summary.top.evidence() })
    }
    return out
  },
})

function smuggledSegment (input: NormalizedInput, messageIndex: number, encoding: string): boolean {
  return input.segments.some(s => s.messageIndex === messageIndex && s.encodings[s.encodings.length - 1] === encoding)
}

/** Evidence on the decoded hidden text itself, so the operator reads what was smuggled. */
function smuggledEvidence (input: NormalizedInput, messageIndex: number, encoding: string): Signal['evidence'] {
  const seg = input.segments.find(s => s.messageIndex === messageIndex && s.encodings[s.encodings.length - 1] === encoding)
  return seg === undefined ? null : evidenceOf(seg, 0, Math.min(seg.text.length, 48))
}
