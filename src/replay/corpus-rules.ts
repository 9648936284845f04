import { ATTACK_FAMILIES, BENIGN_FAMILIES, type Scenario } from './scenario-schema.js'

// Rules the schema cannot express. A scenario that breaks them would be measured
// wrongly (an attack with no step to detect, a benign case expected to block), so they
// are errors; the ones that only look suspicious are warnings.

const ATTACK = new Set<string>(ATTACK_FAMILIES)
const BENIGN = new Set<string>(BENIGN_FAMILIES)

export interface RuleFindings {
  readonly problems: string[]
  readonly warnings: string[]
}

export function scenarioRuleFindings (s: Scenario): RuleFindings {
  const problems: string[] = []
  const warnings: string[] = []
  s.sequence.forEach((st, i) => {
    if (st.step !== i + 1) problems.push(`sequence.${i}.step: is ${st.step}, expected ${i + 1} (steps are numbered 1..n in order)`)
  })
  if (s.label === 'attack' && !ATTACK.has(s.category)) problems.push(`category: '${s.category}' is a benign family but label is 'attack'`)
  if (s.label === 'benign' && !BENIGN.has(s.category)) problems.push(`category: '${s.category}' is an attack family but label is 'benign'`)
  if (s.label === 'benign' && s.severity !== 'none') problems.push(`severity: benign scenarios have severity 'none', not '${s.severity}'`)
  if (s.label === 'attack' && s.severity === 'none') problems.push('severity: attack scenarios need low, medium, high or critical')
  const detecting = s.sequence.filter(st => st.expectedDetection)
  if (s.label === 'attack') {
    if (!s.expectedOutcome.blocked) problems.push('expectedOutcome.blocked: must be true for an attack')
    if (detecting.length === 0) problems.push('sequence: an attack needs at least one step with expectedDetection true')
  } else {
    if (s.expectedOutcome.blocked) problems.push('expectedOutcome.blocked: must be false for a benign scenario')
    if (detecting.length > 0) problems.push(`sequence: benign scenario marks step(s) ${detecting.map(st => st.step).join(', ')} expectedDetection true`)
  }
  if (!s.sequence.some(st => st.role === 'user' || st.role === 'tool')) {
    problems.push('sequence: no user or tool step, so no request would ever be sent')
  }
  for (const st of detecting) {
    if (st.role === 'system' || st.role === 'assistant') {
      warnings.push(`sequence.${st.step - 1}: expectedDetection on a ${st.role} step, but requests are only sent at user and tool steps`)
    }
  }
  return { problems, warnings }
}
