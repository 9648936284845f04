import type { EngineResult } from '../detection/engine.js'
import type { ActionKind, AnswerFact, ChatMessage, Decision, Stage } from '../detection/types.js'
import type { ErrorData } from '../errors.js'
import type { Admission } from './admission.js'
import type { SessionState } from '../session/state.js'
import type { HeapSample } from '../worker/heap-sample.js'

// Messages between the main thread and a shard. Plain data only: structured clone drops
// classes and prototypes, so errors travel as ErrorData and are rebuilt on the main thread.

export interface EvaluateTask {
  readonly kind: 'evaluate'
  readonly requestId: string
  readonly tenant: string
  /** The route that asked (chat_completions, analyze): selects per-route overrides. */
  readonly route: string
  /** null: stateless evaluation, nothing recorded. */
  readonly sessionId: string | null
  readonly messages: readonly ChatMessage[]
  readonly stage: Stage
  /** false for dry runs: evaluate against the session but do not record the turn. */
  readonly record: boolean
  /** Set by the router: lets the shard drop the task if its client left or it waited too long. */
  readonly admission?: Admission
}

export interface InspectTask {
  readonly kind: 'inspect'
  readonly tenant: string
  readonly sessionId: string
}

export interface DeleteTask {
  readonly kind: 'delete'
  readonly tenant: string
  readonly sessionId: string
}

/**
 * What output scanning found in the answer to a request: recorded as an action of its
 * own in the session, so later turns are judged knowing the model leaked.
 */
export interface RecordOutputTask {
  readonly kind: 'record-output'
  readonly requestId: string
  readonly tenant: string
  readonly sessionId: string
  readonly decision: Decision
  readonly score: number
  readonly kinds: readonly ActionKind[]
  readonly policies: readonly string[]
  readonly answer?: readonly AnswerFact[]
}

/** Asks a shard for its thread's heap; sent by the router's heap timer, never by a request. */
export interface HeapTask { readonly kind: 'heap' }

export type ShardTask = EvaluateTask | InspectTask | DeleteTask | RecordOutputTask | HeapTask

export interface SessionSummary {
  readonly id: string
  readonly totalActions: number
  readonly risk: number
}

export interface EvaluateOutcome {
  readonly kind: 'evaluate'
  readonly result: EngineResult
  readonly session: SessionSummary | null
  /** Time spent in the engine, ns, measured inside the shard. */
  readonly detectionNs: number
  /** Time spent loading and recording session state, ns. */
  readonly sessionNs: number
  /** The shard's hot session cache after this task: what bounds its memory. */
  readonly cache: { readonly sessions: number, readonly bytes: number }
}

export interface InspectOutcome { readonly kind: 'inspect', readonly state: SessionState | null }
export interface DeleteOutcome { readonly kind: 'delete', readonly deleted: boolean }

export interface RecordOutputOutcome { readonly kind: 'record-output', readonly session: SessionSummary }

export interface HeapOutcome { readonly kind: 'heap', readonly heap: HeapSample }

export type ShardOutcome = EvaluateOutcome | InspectOutcome | DeleteOutcome | RecordOutputOutcome | HeapOutcome

export type ShardReply =
  | { readonly ok: true, readonly outcome: ShardOutcome }
  | { readonly ok: false, readonly error: ErrorData }

/** What a shard needs to build itself: the parts of the config that detection and sessions use. */
export interface ShardInit {
  readonly detection: import('../config/schema.js').ConfigInput['detection']
  readonly session: import('../config/schema.js').ConfigInput['session']
  /** Tasks that waited longer than this before their shard reached them are answered 'overloaded'. */
  readonly maxQueueWaitMs: number
  /** This shard's abort flags (see admission.ts); null inline, where the router checks directly. */
  readonly cancelFlags: SharedArrayBuffer | null
  /** Which shard this is (set by the router per pool). */
  readonly shard?: number
  /** BroadcastChannel on which a shard in a worker thread reports its store's events. */
  readonly storeEventsChannel?: string
}

/** A shard thread's V8 heap as it reaches the main thread. */
export interface ShardHeapReport {
  readonly shard: number
  readonly heap: HeapSample
}

/** A store event as it reaches the main thread, tagged with the shard that saw it. */
export interface ShardStoreEvent {
  readonly shard: number
  readonly event: import('../session/store.js').StoreEvent
}
