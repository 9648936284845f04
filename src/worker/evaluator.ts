import { compileEngine, type Engine, type EngineResult } from '../detection/engine.js'
import { engineOptionsOf } from '../detection/engine-options.js'
import { warmUp } from '../detection/warm-up.js'
import { GatewayError, toData } from '../errors.js'
import { verdictOf } from '../router/admission.js'
import type { ShardInit, ShardReply, ShardTask } from '../router/protocol.js'
import { MemoryStore } from '../session/memory-store.js'
import { sessionRisk, viewOf, type SessionState } from '../session/state.js'
import type { SessionAction } from '../detection/types.js'
import { RedisStore } from '../session/redis/redis-store.js'
import type { SessionStore, StoreEvent } from '../session/store.js'
import { heapSample } from './heap-sample.js'

/** What the session remembers of an evaluated turn (exported so test helpers record turns the same way). */
export function actionOf (result: EngineResult): Omit<SessionAction, 'turn'> {
  return {
    at: Date.now(),
    kinds: result.actions,
    // The turn's own judgement (EngineResult.own): not the findings carried in with
    // resent history, and a would-be block under monitor mode as a block, so later turns
    // are scored as they would be under enforcement.
    decision: result.own.decision,
    score: result.own.score,
    policies: result.own.policies,
    ...(result.fragments.length > 0 ? { fragments: result.fragments, ...(result.toolTurn ? { toolResult: true as const } : {}) } : {}),
  }
}

export function storeOf (s: ShardInit['session'], onEvent?: (e: StoreEvent) => void): SessionStore {
  const limits = { ttlSeconds: s.ttlSeconds, historyWindow: s.historyWindow, maxSessions: s.cacheMaxSessions, maxBytes: s.cacheMaxBytes }
  switch (s.store) {
    case 'memory': return new MemoryStore(limits)
    case 'redis': return new RedisStore({
      limits,
      connection: { url: s.redisUrl, clusterNodes: s.redisClusterNodes, commandTimeoutMs: s.redisTimeoutMs },
      onUnavailable: s.onUnavailable,
      entryFormat: s.redisEntryFormat,
      ...(onEvent === undefined ? {} : { onEvent }),
    })
  }
}

/**
 * One shard: a compiled engine and the session store it owns. The same code runs in a
 * worker thread and, with workers = 0, inline on the main thread.
 */
export class ShardEvaluator {
  readonly engine: Engine
  readonly store: SessionStore
  readonly #cancelFlags: Int32Array | null
  readonly #maxQueueWaitMs: number
  readonly #ready: Promise<void>

  constructor (init: ShardInit, onStoreEvent?: (e: StoreEvent) => void) {
    this.engine = compileEngine(engineOptionsOf(init.detection))
    warmUp(this.engine)
    this.store = storeOf(init.session, onStoreEvent)
    this.#ready = this.store.ready()
    this.#cancelFlags = init.cancelFlags === null ? null : new Int32Array(init.cancelFlags)
    this.#maxQueueWaitMs = init.maxQueueWaitMs
  }

  /** `clientGone`: inline mode's direct knowledge that the client left (workers read the shared flag). */
  async handle (task: ShardTask, clientGone = false): Promise<ShardReply> {
    try {
      await this.#ready
      switch (task.kind) {
        case 'evaluate': {
          const verdict = clientGone ? 'client_gone' : verdictOf(task.admission, this.#cancelFlags, this.#maxQueueWaitMs, Date.now())
          if (verdict === 'client_gone') throw new GatewayError('cancelled', undefined, { requestId: task.requestId })
          if (verdict === 'expired') {
            const waitedMs = Date.now() - (task.admission?.queuedAt ?? 0)
            throw new GatewayError('overloaded', `waited ${waitedMs} ms for a detection shard (workers.maxQueueWaitMs ${this.#maxQueueWaitMs})`, { waitedMs })
          }
          const t0 = process.hrtime.bigint()
          let detectionNs = 0n
          const evaluate = (prior: SessionState | null): EngineResult => {
            const t = process.hrtime.bigint()
            const result = this.engine.evaluate(task.messages, viewOf(prior), task.stage, { tenant: task.tenant, route: task.route })
            detectionNs += process.hrtime.bigint() - t
            return result
          }
          let result: EngineResult
          let state: SessionState | null
          if (task.sessionId !== null && task.record) {
            // Decided and recorded in one store call: in Redis mode one round trip, unless
            // another instance wrote to the session meanwhile (then decided again, see docs/sessions.md).
            const turn = await this.store.turn(task.tenant, task.sessionId, prior => {
              const r = evaluate(prior)
              return { value: r, action: actionOf(r) }
            })
            result = turn.value
            state = turn.state
          } else {
            state = task.sessionId === null ? null : await this.store.get(task.tenant, task.sessionId)
            result = evaluate(state)
          }
          const sessionNs = process.hrtime.bigint() - t0 - detectionNs
          const session = task.sessionId === null
            ? null
            : { id: task.sessionId, totalActions: state?.totalActions ?? 0, risk: sessionRisk(state) }
          const { sessions, bytes } = this.store.stats()
          return { ok: true, outcome: { kind: 'evaluate', result, session, detectionNs: Number(detectionNs), sessionNs: Number(sessionNs), cache: { sessions, bytes } } }
        }
        case 'inspect':
          return { ok: true, outcome: { kind: 'inspect', state: await this.store.get(task.tenant, task.sessionId) } }
        case 'delete':
          return { ok: true, outcome: { kind: 'delete', deleted: await this.store.delete(task.tenant, task.sessionId) } }
        case 'heap':
          return { ok: true, outcome: { kind: 'heap', heap: heapSample() } }
        case 'record-output': {
          const state = await this.store.append(task.tenant, task.sessionId, { at: Date.now(), kinds: task.kinds, decision: task.decision, score: task.score, policies: task.policies, ...(task.answer !== undefined ? { answer: task.answer } : {}) })
          return { ok: true, outcome: { kind: 'record-output', session: { id: task.sessionId, totalActions: state.totalActions, risk: sessionRisk(state) } } }
        }
      }
    } catch (err) {
      const e = err instanceof GatewayError ? err : new GatewayError('internal_error', err instanceof Error ? err.message : String(err))
      // Returned, not thrown: the main thread logs and counts it with the request's id.
      return { ok: false, error: toData(e) }
    }
  }

  async close (): Promise<void> {
    await this.store.close()
  }
}
