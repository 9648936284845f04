import Type from 'typebox'
import type { Role } from '../../../types.js'

/**
 * Role multipliers as a typebox fragment. The same words weigh differently by who wrote
 * them: an override inside a tool result or retrieved document is the classic indirect
 * attack; inside the operator's own system prompt it is usually a defensive rule.
 */
export function roleMultipliersSchema (d: Readonly<Record<Role, number>>, what: string) {
  const field = (role: Role, why: string) => Type.Number({ default: d[role], minimum: 0, maximum: 2, description: `Multiplier for ${what} found in ${role} messages. ${why}` })
  return Type.Object({
    system: field('system', 'Operators write defensive rules here.'),
    developer: field('developer', 'Same trust as system.'),
    user: field('user', 'The reference weight.'),
    assistant: field('assistant', 'Earlier model output replayed by the client; it can quote attacks it refused.'),
    tool: field('tool', 'Tool results and retrieved documents: the indirect-injection channel.'),
  }, { default: {}, additionalProperties: false, description: `Risk multiplier per message role for ${what}.` })
}

/**
 * Signals below this floor are not reported. Several near-zero readings from different
 * policies would otherwise add up under the engine's noisy-OR into a flag that no single
 * piece of evidence supports.
 */
export const minRiskParam = Type.Number({ default: 25, minimum: 0, maximum: 100, description: 'Signals with a lower risk are dropped: weak readings from several policies must not add up to a flag.' })

/**
 * Combines the risks of different techniques found in one segment: the strongest counts
 * fully, each further one closes half of the remaining gap in proportion to its risk.
 * Worked example: 72 and 60 → 72 + 28 × 0.6 × 0.5 = 80.4.
 */
export function combineTechniques (risks: readonly number[]): number {
  const sorted = risks.filter(r => r > 0).sort((a, b) => b - a)
  let total = 0
  for (const r of sorted) total = total === 0 ? r : total + (100 - total) * (r / 100) * 0.5
  return total
}
