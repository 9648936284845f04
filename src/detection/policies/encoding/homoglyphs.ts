import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import type { Signal } from '../../types.js'
import { confusableEvidence, countOf, describe, findingsByMessage, noisyOr, type Component } from './findings.js'

// Look-alike letters the normalizer folded (so other policies already match the folded
// text). What is scored here is the disguise itself: a word that mixes Latin with
// Cyrillic or Greek letters has no honest use; a whole look-alike word among English
// words almost none; small capitals and stripped diacritics are weaker, since fancy-text
// generators and accented names produce them innocently. Words in fullwidth Latin letters
// outside Chinese, Japanese or Korean text are folded by NFKC without a trace; a run of
// them is a disguise (or vaporwave styling, which is why it scores below a block alone).

const KINDS = new Set(['confusable'] as const)

const Params = Type.Object({
  mixedScriptRisk: Type.Number({ default: 40, minimum: 0, maximum: 100, description: 'Risk of one word mixing Latin with look-alike Cyrillic/Greek letters; +15 for each further word.' }),
  lookalikeWordRisk: Type.Number({ default: 30, minimum: 0, maximum: 100, description: 'Risk of one all-Cyrillic/Greek word that spells a Latin word among Latin text; +10 for each further word.' }),
  fullwidthRisk: Type.Number({ default: 35, minimum: 0, maximum: 100, description: 'Risk of a run of words written in fullwidth Latin letters (NFKC folds them silently) in a text without CJK characters; +5 for each further word, at most 60.' }),
  minFullwidthWords: Type.Integer({ default: 2, minimum: 1, maximum: 1000, description: 'Fullwidth words below this count are ignored (one styled word is decoration).' }),
  minDiacriticWords: Type.Integer({ default: 2, minimum: 1, maximum: 1000, description: 'English words disguised with diacritics ("İgnöre") below this count are ignored.' }),
}, { additionalProperties: false })

function growing (base: number, step: number, n: number, cap: number): number {
  return n <= 0 ? 0 : Math.min(cap, base + step * (n - 1))
}

export default definePolicy({
  id: 'encoding.homoglyphs',
  category: 'encoding_evasion',
  phase: 'content',
  priority: 85,
  weight: 0.8,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'Words disguised with look-alike letters from other scripts, small capitals or added diacritics.',
  params: Params,
  evaluate ({ input, params }) {
    const out: Signal[] = []
    for (const [messageIndex, found] of findingsByMessage(input, KINDS)) {
      const n = (detail: string): number => countOf(found, 'confusable', detail)
      const at = (detail: string) => () => confusableEvidence(input, messageIndex, detail)
      const diacritic = n('diacritic')
      const components: Component[] = [
        { risk: growing(params.mixedScriptRisk, 15, n('mixed-script'), 85), what: `${n('mixed-script')} word(s) mixing Latin with look-alike letters of another script`, evidence: at('mixed-script') },
        { risk: growing(params.lookalikeWordRisk, 10, n('lookalike-word'), 70), what: `${n('lookalike-word')} word(s) spelled entirely in look-alike Cyrillic/Greek letters`, evidence: at('lookalike-word') },
        { risk: growing(15, 5, n('small-caps'), 45), what: `${n('small-caps')} word(s) in small capitals or IPA letters`, evidence: at('small-caps') },
        { risk: n('fullwidth') >= params.minFullwidthWords ? growing(params.fullwidthRisk, 5, n('fullwidth') - params.minFullwidthWords + 1, 60) : 0, what: `${n('fullwidth')} word(s) in fullwidth letters outside CJK text`, evidence: at('fullwidth') },
        { risk: diacritic >= params.minDiacriticWords ? Math.min(50, 20 + 10 * (diacritic - params.minDiacriticWords)) : 0, what: `${diacritic} English word(s) disguised with diacritics`, evidence: at('diacritic') },
      ]
      const summary = describe(components)
      if (summary === null) continue
      out.push({ risk: noisyOr(components.map(c => c.risk)), reason: summary.reason, evidence: summary.top.evidence() })
    }
    return out
  },
})
