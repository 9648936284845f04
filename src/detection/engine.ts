import { Compile } from 'typebox/compile'
import Value from 'typebox/value'
import type { AnyPolicy, FailMode } from './define-policy.js'
import { normalize, type NormalizeLimits } from './normalize/index.js'
import { fragmentsOf, withReassembly } from './reassembly.js'
import { POLICIES } from './registry.js'
import { clamp, combine, round2, sessionMultiplierOf, type ScoreExplanation, type Thresholds } from './scoring.js'
import type { ActionKind, ChatMessage, Contribution, NormalizationFinding, SessionView, Stage } from './types.js'

export interface PolicyOverride {
  readonly enabled?: boolean
  readonly weight?: number
  readonly params?: Readonly<Record<string, unknown>>
}

export interface EngineOptions {
  readonly thresholds: Thresholds
  readonly sessionBoost: { readonly max: number, readonly decayTurns: number }
  readonly limits: NormalizeLimits
  readonly policies: Readonly<Record<string, PolicyOverride>>
}

export interface PolicyError {
  readonly policyId: string
  readonly failMode: FailMode
  readonly message: string
}

export interface EngineResult extends ScoreExplanation {
  /** Every action raised by this turn, sorted, for the session record. */
  readonly actions: readonly ActionKind[]
  readonly findings: readonly NormalizationFinding[]
  /** Nanoseconds per policy id, in evaluation order. */
  readonly timings: readonly (readonly [string, number])[]
  readonly errors: readonly PolicyError[]
  /** Short scrubbed text of this turn for the session record (reassembly of split payloads); empty when the turn had PII or secret findings. */
  readonly fragments: readonly string[]
}

interface CompiledPolicy {
  readonly policy: AnyPolicy
  readonly weight: number
  readonly params: unknown
}

export interface Engine {
  readonly policies: readonly { readonly id: string, readonly weight: number, readonly phase: string }[]
  evaluate (messages: readonly ChatMessage[], session: SessionView, stage: Stage): EngineResult
}

export class EngineConfigError extends Error {
  readonly problems: readonly string[]
  constructor (problems: readonly string[]) {
    super(`invalid detection config: ${problems.join('; ')}`)
    this.problems = problems
  }
}

/**
 * Compiles the policy list once (per worker, per reload): resolves overrides, checks and
 * defaults every policy's params, and freezes the order. The per-request path is then a
 * plain loop over a frozen array.
 */
export function compileEngine (options: EngineOptions, registry: readonly AnyPolicy[] = POLICIES): Engine {
  const problems: string[] = []
  const known = new Set(registry.map(p => p.id))
  for (const id of Object.keys(options.policies)) {
    if (!known.has(id)) problems.push(`detection.policies.${id}: no such policy`)
  }
  const compiled: CompiledPolicy[] = []
  for (const policy of registry) {
    const o = options.policies[policy.id] ?? {}
    if (o.enabled === false) continue
    const params = Value.Default(policy.params, structuredClone(o.params ?? {}))
    const check = Compile(policy.params)
    for (const e of check.Errors(params)) problems.push(`detection.policies.${policy.id}.params${e.instancePath.replaceAll('/', '.')}: ${e.message}`)
    compiled.push(Object.freeze({ policy, weight: o.weight ?? policy.weight, params: Object.freeze(params) }))
  }
  if (problems.length > 0) throw new EngineConfigError(problems)
  const content = Object.freeze(compiled.filter(c => c.policy.phase === 'content'))
  const session = Object.freeze(compiled.filter(c => c.policy.phase === 'session'))

  return Object.freeze({
    policies: Object.freeze([...content, ...session].map(c => Object.freeze({ id: c.policy.id, weight: c.weight, phase: c.policy.phase }))),
    evaluate (messages: readonly ChatMessage[], view: SessionView, stage: Stage): EngineResult {
      // Pieces of a payload split across turns are put back together before any policy runs.
      const input = withReassembly(normalize(messages, options.limits), view, options.limits)
      const contributions: Contribution[] = []
      const actions = new Set<ActionKind>()
      const timings: (readonly [string, number])[] = []
      const errors: PolicyError[] = []
      const run = (c: CompiledPolicy): void => {
        if (!c.policy.stages.includes(stage)) return
        const t0 = process.hrtime.bigint()
        try {
          const signals = c.policy.evaluate({ input, session: view, params: c.params, turnActions: actions })
          for (const s of signals) contributions.push(contributionOf(c, s.risk, s.reason, s.evidence, s.actions ?? []))
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err)
          errors.push({ policyId: c.policy.id, failMode: c.policy.failMode, message })
          // The exception text goes to the logs (via errors), never to the client, and the
          // failure is not scaled by the policy's weight: failing closed must block.
          if (c.policy.failMode === 'closed') contributions.push(failedClosed(c))
        }
        timings.push([c.policy.id, Number(process.hrtime.bigint() - t0)])
      }
      // Content policies first; their actions feed the session policies.
      for (const c of content) run(c)
      for (const c of contributions) for (const a of c.actions) actions.add(a)
      for (const c of session) run(c)
      for (const c of contributions) for (const a of c.actions) actions.add(a)

      const multiplier = sessionMultiplierOf(view, options.sessionBoost.max, options.sessionBoost.decayTurns)
      const explanation = combine(contributions, multiplier, options.thresholds)
      return {
        ...explanation,
        actions: [...actions].sort(),
        findings: input.findings,
        timings,
        errors,
        fragments: contributions.some(c => c.contribution > 0 && (c.category === 'pii' || c.category === 'secrets')) ? [] : fragmentsOf(input),
      }
    },
  })
}

function contributionOf (c: CompiledPolicy, risk: number, reason: string, evidence: Contribution['evidence'], actions: readonly ActionKind[]): Contribution {
  const r = clamp(risk)
  return {
    policyId: c.policy.id,
    category: c.policy.category,
    risk: r,
    weight: c.weight,
    contribution: round2(clamp(r * c.weight)),
    reason,
    evidence,
    actions,
  }
}

function failedClosed (c: CompiledPolicy): Contribution {
  return {
    policyId: c.policy.id,
    category: c.policy.category,
    risk: 100,
    weight: 1,
    contribution: 100,
    reason: 'policy failed on this input and fails closed (details in the gateway log under this request id)',
    evidence: null,
    actions: [],
  }
}
