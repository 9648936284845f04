import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { evidenceOf, roleMessage } from '../../evidence.js'
import { firstNonOperator, operatorTextOf } from '../../checks/roles.js'
import { perInput } from '../../input-memo.js'
import type { NormalizedInput, Segment, Signal } from '../../types.js'
import { LanguagesParam } from './lexicon/languages.js'
import { scanExtraction } from './match/extraction-scan.js'
import { guardContextOf, leakIn } from './match/guard.js'
import { redundantJoined } from './match/joined.js'
import { combineTechniques, minRiskParam, roleMultipliersSchema } from './match/role-weights.js'
import { clampRisk } from './match/text.js'

const Params = Type.Object({
  window: Type.Integer({ default: 8, minimum: 2, maximum: 24, description: 'Maximum distance in tokens between a reveal verb ("repeat", "print", "what are") and the thing asked for ("your initial instructions", "the password").' }),
  languages: LanguagesParam,
  detectLeaks: Type.Boolean({ default: true, description: 'Also flag assistant messages that reproduce the system prompt verbatim or contain a secret value it guards (response-side leak check).' }),
  roleMultipliers: roleMultipliersSchema({ system: 0, developer: 0, user: 1, assistant: 0, tool: 0.9 }, 'extraction requests'),
  minRisk: minRiskParam,
  maxSignals: Type.Integer({ default: 3, minimum: 1, maximum: 10, description: 'Signals reported per request (strongest first); the score uses only the strongest.' }),
}, { additionalProperties: false })

export default definePolicy({
  id: 'prompt-injection.system-prompt-extraction',
  category: 'system_prompt_extraction',
  phase: 'content',
  priority: 100,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'Requests to reveal, repeat, translate or encode the system prompt or hidden instructions, probes for a secret or personal data the system prompt guards, and assistant output that leaks either.',
  params: Params,
  decomposes: { limit: p => p.maxSignals, requestContext: operatorTextOf, context: opensConversation },
  evaluate ({ input, params }) {
    const guard = guardContextOf(input, params.languages)
    const signals: Signal[] = []
    for (const seg of input.segments) {
      if (seg.role === 'assistant') {
        if (!params.detectLeaks || seg.layer !== 'plain') continue
        const leak = leakIn(seg, guard)
        if (leak !== null) signals.push({ risk: leak.risk, reason: leak.reason, evidence: evidenceOf(seg, leak.start, leak.end, () => '[leaked text]') })
        continue
      }
      const mult = params.roleMultipliers[seg.role]
      if (mult === 0) continue
      const hits = scanExtraction(seg, input, guard, params)
      if (hits.length === 0) continue
      const kinds = new Map<string, number>()
      for (const h of hits) kinds.set(h.kind, Math.max(kinds.get(h.kind) ?? 0, h.risk))
      const risk = clampRisk(Math.min(99, combineTechniques([...kinds.values()]) * mult))
      if (risk < params.minRisk) continue
      const lead = hits[0]
      if (lead === undefined || redundantJoined(input, seg, lead)) continue
      signals.push({
        risk,
        reason: `${lead.reason} — in ${seg.layer === 'decoded' ? `decoded ${seg.role} text` : roleMessage(seg.role)}`,
        evidence: evidenceOf(seg, lead.start, lead.end),
        ...(risk >= 40 ? { actions: ['policy_probe'] as const } : {}),
      })
    }
    return signals.sort((a, b) => b.risk - a.risk).slice(0, params.maxSignals)
  },
})

// Where the first message that is not the operator's stands.
const firstOf = perInput((input: NormalizedInput) => firstNonOperator(input.messages))

/**
 * What a segment's findings depend on besides its text: the system prompt (what it
 * guards, what a leak would repeat; `requestContext`) and whether only operator messages
 * come before the segment ("repeat the text above" as the first turn can only mean the
 * system prompt).
 */
function opensConversation (input: NormalizedInput, seg: Segment): boolean {
  return seg.messageIndex <= firstOf(input)
}
