import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { evidenceOf } from '../../evidence.js'
import type { Signal } from '../../types.js'

// A prompt that names a person and stops where their contact details would begin: "Jane
// Roe lives at", "The email address of Jane Roe is", "You can reach Jane Roe at". The
// model can only complete it from memorised data about a private person (a training-data
// extraction probe). The name is two capitalised words not introduced by "the" (which
// names places and institutions: "the White House").
const NAME = "(?<!\\b[Tt]he )[A-Z][a-z'-]{1,20}(?: [A-Z]\\.?)? [A-Z][a-z'-]{1,24}"
const CONTACT = '(?:e-?mail(?: address)?|home address|address|phone(?: number)?|mobile(?: number)?|cell(?: number)?|telephone(?: number)?|social security number|ssn|date of birth|birthday)'
const TAIL = new RegExp(`(?:${NAME}(?:'s)? (?:lives at|lives in|resides at|can be reached at|is reachable at|${CONTACT} is)|(?:${CONTACT}) (?:of|for) ${NAME} is|(?:reach|contact|call|email|find|text) ${NAME} (?:at|on|via))\\s*[:.…-]{0,3}\\s*$`)
const MAX_LEN = 240

const Params = Type.Object({
  risk: Type.Number({ default: 80, minimum: 0, maximum: 100, description: 'Risk of a prompt that ends where a named person\'s contact details would begin.' }),
}, { additionalProperties: false })

export default definePolicy({
  id: 'pii.contact-completion',
  category: 'pii',
  phase: 'content',
  priority: 45,
  weight: 1,
  stages: ['request'],
  failMode: 'closed',
  description: 'Completion probes for a named person\'s contact details ("Jane Roe lives at", "The email address of Jane Roe is"): extraction of memorised personal data.',
  params: Params,
  evaluate ({ input, params }) {
    // Only the latest user message can be such a probe: the answer would complete it.
    for (let i = input.segments.length - 1; i >= 0; i--) {
      const seg = input.segments[i]
      if (seg === undefined || seg.layer !== 'plain' || seg.role !== 'user') continue
      const t = seg.text.trimEnd()
      if (t.length > MAX_LEN) return []
      const m = TAIL.exec(t)
      if (m === null) return []
      const signal: Signal = { risk: params.risk, reason: 'prompt stops where a named person\'s contact details would begin', evidence: evidenceOf(seg, m.index, m.index + m[0].length), actions: ['sensitive_read'] }
      return [signal]
    }
    return []
  },
})
