import type { Static, TSchema } from 'typebox'
import type { Category, NormalizedInput, PolicyContext, Segment, Signal, Stage } from './types.js'

/**
 * `content` policies look at the normalized messages of this turn; `session` policies run
 * after every content policy and also see the actions the turn raised, so they can score
 * chains across turns.
 */
export type PolicyPhase = 'content' | 'session'

/** `closed`: a policy that throws blocks the request; `open`: it contributes nothing. Both are logged and counted. */
export type FailMode = 'open' | 'closed'

export interface PolicyDefinition<S extends TSchema = TSchema> {
  /** '<folder>.<file-name>' under src/detection/policies, checked at boot. */
  readonly id: string
  readonly category: Category
  readonly phase: PolicyPhase
  /** Higher runs first within a phase; ties broken by id. */
  readonly priority: number
  /** Default weight applied to this policy's risk, 0..2. */
  readonly weight: number
  readonly stages: readonly Stage[]
  readonly failMode: FailMode
  readonly description: string
  /** typebox schema of the policy's parameters; every field has a default. */
  readonly params: S
  /** Pure and synchronous: same input → same signals. Regexes compiled at module level. */
  evaluate (ctx: PolicyContext<Static<S>>): readonly Signal[]
  /**
   * Set when `evaluate` decomposes over segments: what it reports for a plain segment (or
   * a joined window, checks/segments `isKeptAcrossRequests`) depends on that segment and
   * the params alone (not on other segments, the session or
   * the turn's actions; cross-segment lookups go through `allSegmentsOf`), and its result
   * is the signals of every segment, strongest first (by `rank` where a signal sets it,
   * else by risk; ties in segment order), at most `limit(params)`. The engine then
   * evaluates each such segment on its own and keeps the result with the segment, so
   * history a client resends is not scanned again.
   * tests/unit/detection/decomposition.test.ts checks the claim on every corpus input.
   * `requestContext`, when given, is the one fact about the request a segment's result may
   * also depend on (e.g. whether the request has a system prompt), asked once per request;
   * `context` one that also depends on where the segment stands (whether only operator
   * messages come before it), asked for each plain segment, so it should be cheap. A kept
   * result is reused only under the same of both, so one request cannot leave a result
   * another reads.
   */
  readonly decomposes?: {
    readonly limit: (params: Static<S>) => number
    readonly requestContext?: (input: NormalizedInput) => boolean | number | string
    readonly context?: (input: NormalizedInput, seg: Segment) => boolean | number | string
  }
}

export type AnyPolicy = PolicyDefinition<TSchema>

export function definePolicy<S extends TSchema> (def: PolicyDefinition<S>): PolicyDefinition<S> {
  return Object.freeze(def)
}
