import type { ReplayScenario, ReplayStep, RequestOutcome, ScenarioResult } from '../../../src/replay/types.js'

// Small constructors for replay tests, so each test states only what it is about.

export function corpusScenario (id: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  const attack = id.startsWith('pi-')
  return {
    id,
    label: attack ? 'attack' : 'benign',
    category: attack ? 'prompt-injection' : 'software-development',
    severity: attack ? 'high' : 'none',
    description: 'a test scenario',
    tags: ['test'],
    sequence: [{ step: 1, role: 'user', content: attack ? 'attack text' : 'benign text', expectedDetection: attack }],
    expectedOutcome: { blocked: attack },
    ...over,
  }
}

export function stepsScenario (id: string, label: 'attack' | 'benign', steps: readonly Omit<ReplayStep, 'step' | 'expectedDetection'>[], family = label === 'attack' ? 'prompt-injection' : 'research'): ReplayScenario {
  return {
    id,
    label,
    family,
    subcategory: null,
    severity: label === 'attack' ? 'high' : 'none',
    tags: [],
    origin: 'test.json',
    expectBlocked: label === 'attack',
    body: { kind: 'steps', steps: steps.map((s, i) => ({ ...s, step: i + 1, expectedDetection: false })) },
  }
}

export function request (step: number, over: Partial<RequestOutcome> = {}): RequestOutcome {
  return { step, status: 200, blocked: false, blockedBy: null, decision: 'allow', riskScore: 0, policies: [], latencyMs: 1, error: null, ...over }
}

export function blockedRequest (step: number, policies: readonly string[] = ['p.one']): RequestOutcome {
  return request(step, { status: 403, blocked: true, blockedBy: 'request', decision: 'block', riskScore: 90, policies })
}

/** A request whose answer output scanning withheld (403 response_blocked). */
export function answerBlockedRequest (step: number, policies: readonly string[] = ['output:p.leak']): RequestOutcome {
  return request(step, { status: 403, blocked: true, blockedBy: 'response', decision: 'block', riskScore: null, policies })
}

export function result (id: string, label: 'attack' | 'benign', requests: readonly RequestOutcome[], family?: string, tags: readonly string[] = []): ScenarioResult {
  const s = stepsScenario(id, label, [{ role: 'user', content: 'x' }], family)
  return { id, scenario: { ...s, tags }, requests }
}
