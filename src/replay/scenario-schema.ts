import Type, { type Static } from 'typebox'

// The corpus file format: one JSON file per family, an array of scenarios.
// A scenario is one session; its steps are sent in order.

export const ATTACK_FAMILIES = [
  'prompt-injection', 'jailbreak', 'indirect-injection', 'exfiltration', 'pii', 'secrets',
  'sql-injection', 'encoding-evasion', 'multi-turn',
] as const
export const BENIGN_FAMILIES = [
  'software-development', 'data-analysis', 'creative-writing', 'research', 'customer-support',
  'education', 'hard-negative',
] as const

const Role = Type.Union([Type.Literal('system'), Type.Literal('user'), Type.Literal('assistant'), Type.Literal('tool')])

export const Step = Type.Object({
  step: Type.Integer({ minimum: 1, description: '1-based position in the sequence' }),
  role: Role,
  content: Type.String({ minLength: 1 }),
  expectedDetection: Type.Boolean({ description: 'true where the gateway should block at this step (attack scenarios only)' }),
  expectedPolicies: Type.Optional(Type.Array(Type.String(), { description: 'policy id prefixes expected to fire at this step' })),
}, { additionalProperties: false })

export const Scenario = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }),
  label: Type.Union([Type.Literal('attack'), Type.Literal('benign')]),
  category: Type.Union([...ATTACK_FAMILIES, ...BENIGN_FAMILIES].map(f => Type.Literal(f))),
  severity: Type.Union([Type.Literal('none'), Type.Literal('low'), Type.Literal('medium'), Type.Literal('high'), Type.Literal('critical')]),
  description: Type.String({ minLength: 1 }),
  tags: Type.Array(Type.String()),
  tools: Type.Optional(Type.Array(Type.Object({ type: Type.String() }), { minItems: 1, description: 'the application\'s tool definitions in the Chat Completions format, sent with every request of the scenario' })),
  sequence: Type.Array(Step, { minItems: 1 }),
  expectedOutcome: Type.Object({
    blocked: Type.Boolean(),
    reason: Type.Optional(Type.String()),
  }, { additionalProperties: false }),
}, { additionalProperties: false })

export type Scenario = Static<typeof Scenario>
export type Step = Static<typeof Step>

export const CorpusFile = Type.Array(Scenario, { minItems: 1 })
