import { randomUUID } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { BroadcastChannel } from 'node:worker_threads'
import { Piscina } from 'piscina'
import { GatewayError } from '../errors.js'
import { ShardEvaluator } from '../worker/evaluator.js'
import { heapSample, startHeapTimer } from '../worker/heap-sample.js'
import { CancelSlots, type AbortLike } from './admission.js'
import type { ShardHeapReport, ShardInit, ShardReply, ShardStoreEvent, ShardTask } from './protocol.js'
import { shardOf } from './shard-key.js'

export interface ShardRouterOptions {
  readonly shards: number
  readonly maxQueue: number
  readonly init: Omit<ShardInit, 'cancelFlags'>
  /** The worker module; tests substitute one that crashes on demand. */
  readonly workerFile?: string
  /** Called when a shard's thread died under a task; the pool has already replaced it. */
  readonly onWorkerCrash?: (shard: number, err: Error) => void
  /** Store health changes, errors and reconciliations, from whichever shard saw them. */
  readonly onStoreEvent?: (e: ShardStoreEvent) => void
  /** Each shard's heap, every `heapReportMs`, busy or idle. */
  readonly onHeap?: (r: ShardHeapReport) => void
  /** Default HEAP_REPORT_MS (1 s); tests shorten it. */
  readonly heapReportMs?: number
}

export interface ShardRouter {
  readonly shards: number
  readonly mode: 'inline' | 'workers'
  /**
   * Runs a task on the shard that owns the session; stateless tasks (no session) rotate
   * over shards. With `abort`, an evaluate task whose client leaves before the shard
   * reaches it is dropped (answered 'cancelled') instead of evaluated.
   */
  run (task: ShardTask, abort?: AbortLike): Promise<{ shard: number, reply: ShardReply }>
  queued (): number
  close (): Promise<void>
}

const DEFAULT_WORKER = fileURLToPath(new URL('../worker/entry.js', import.meta.url))

export function createShardRouter (opts: ShardRouterOptions): ShardRouter {
  return opts.shards === 0 ? inlineRouter(opts) : workerRouter(opts)
}

function pick (task: ShardTask, shards: number, rotate: () => number): number {
  if (task.kind === 'heap' || (task.kind === 'evaluate' && task.sessionId === null)) return rotate()
  return shardOf(task.tenant, task.kind === 'evaluate' ? task.sessionId as string : task.sessionId, shards)
}

/**
 * One single-thread Piscina pool per shard. Piscina's own balancer picks the least busy
 * thread and never sees the payload, so stickiness comes from routing to a pool, not a
 * thread. Cost: N pools' bookkeeping instead of one; benefit: a session's turns are
 * evaluated by the thread that holds its hot state.
 *
 * Piscina does not run queued tasks in submission order, even with one thread (its
 * balancer parks tasks in a skip queue that is drained ahead of the main queue; measured
 * on piscina 5.1: 30 queued tasks ran as 0,2,4,…,1,5,9,…). So order within a session is
 * enforced here: a session's next task is submitted only when its previous one finished.
 * Other sessions' tasks still queue behind it in the pool, so the thread never idles
 * while work is waiting. The queue bound is ours too, counting both kinds of waiting.
 */
function workerRouter (opts: ShardRouterOptions): ShardRouter {
  const filename = opts.workerFile ?? DEFAULT_WORKER
  const channelName = `infershield-store-events-${randomUUID()}`
  const channel = opts.onStoreEvent === undefined ? null : new BroadcastChannel(channelName)
  if (channel !== null) {
    channel.unref()
    channel.onmessage = (m) => { opts.onStoreEvent?.((m as { data: ShardStoreEvent }).data) }
  }
  // A Redis store keeps sockets, reconnects and health probes alive between tasks, so its
  // thread must run its event loop while idle ('async'); the default 'sync' parks an idle
  // thread in Atomics.wait, which costs less latency but would freeze those timers.
  const atomics = opts.init.session.store === 'redis' ? 'async' : 'sync'
  const slots = Array.from({ length: opts.shards }, () => new CancelSlots(opts.maxQueue))
  const pools = slots.map((cancel, shard) => new Piscina({
    filename,
    minThreads: 1,
    maxThreads: 1,
    idleTimeout: Infinity,
    concurrentTasksPerWorker: 1,
    atomics,
    workerData: { ...opts.init, cancelFlags: cancel.buffer, shard, ...(channel === null ? {} : { storeEventsChannel: channelName }) } satisfies ShardInit,
    recordTiming: false,
  }))
  pools.forEach((pool, i) => pool.on('error', (err: Error) => opts.onWorkerCrash?.(i, err)))
  const stopHeap = opts.onHeap === undefined ? [] : pools.map((pool, shard) => heapPoller(pool, shard, opts.onHeap as (r: ShardHeapReport) => void, opts.heapReportMs))
  const pending = new Array<number>(opts.shards).fill(0)
  const tails = new Map<string, Promise<unknown>>()
  let next = 0
  const rotate = (): number => (next = (next + 1) % opts.shards)

  const submit = async (shard: number, task: ShardTask): Promise<ShardReply> => {
    try {
      return await (pools[shard] as Piscina).run(task) as ShardReply
    } catch (err) {
      // The shard's handler never throws (it answers every failure as a ShardReply), so
      // a rejected run means the thread died under the task.
      const e = err instanceof Error ? err : new Error(String(err))
      opts.onWorkerCrash?.(shard, e)
      throw new GatewayError('internal_error', `shard ${shard} worker died: ${e.message}`, { shard, workerCrash: true })
    }
  }

  return {
    shards: opts.shards,
    mode: 'workers',
    async run (plain, abort) {
      const shard = pick(plain, opts.shards, rotate)
      if ((pending[shard] as number) >= opts.maxQueue) throw new GatewayError('overloaded', undefined, { shard })
      pending[shard] = (pending[shard] as number) + 1
      const ticket = (slots[shard] as CancelSlots).take(plain.kind === 'evaluate' ? abort : undefined)
      const task = stamped(plain, ticket.slot)
      try {
        const key = orderKey(task)
        if (key === null) return { shard, reply: await submit(shard, task) }
        const prev = tails.get(key)
        const mine = (prev === undefined ? submit(shard, task) : prev.then(() => submit(shard, task)))
        const tail = mine.then(() => undefined, () => undefined)
        tails.set(key, tail)
        try {
          return { shard, reply: await mine }
        } finally {
          if (tails.get(key) === tail) tails.delete(key)
        }
      } finally {
        ticket.release()
        pending[shard] = (pending[shard] as number) - 1
      }
    },
    queued: () => pending.reduce((n, p) => n + p, 0),
    async close () {
      for (const stop of stopHeap) stop()
      await Promise.all(pools.map(p => p.close()))
      channel?.close()
    },
  }
}

/**
 * A shard's heap, asked for by a main-thread timer. The timer cannot live in the shard:
 * an idle Piscina thread in 'sync' atomics mode sleeps in Atomics.wait, where its timers
 * never fire. A tiny task wakes it instead; it is not counted against the queue bound, and
 * at most one is outstanding per shard, so a busy shard gets one extra task a second.
 */
function heapPoller (pool: Piscina, shard: number, onHeap: (r: ShardHeapReport) => void, intervalMs?: number): () => void {
  let asking = false
  return startHeapTimer(() => {
    if (asking) return
    asking = true
    ;(pool.run({ kind: 'heap' } satisfies ShardTask) as Promise<ShardReply>)
      .then(reply => { if (reply.ok && reply.outcome.kind === 'heap') onHeap({ shard, heap: reply.outcome.heap }) })
      // A thread that died is reported by the task it died under; the next tick asks its replacement.
      .catch(() => undefined)
      .finally(() => { asking = false })
  }, intervalMs)
}

/** An evaluate task carries when it was queued and its abort flag slot; others run regardless. */
function stamped (task: ShardTask, slot: number): ShardTask {
  return task.kind === 'evaluate' ? { ...task, admission: { queuedAt: Date.now(), slot } } : task
}

/** Tasks that touch a session must run in arrival order; stateless ones need not. */
function orderKey (task: ShardTask): string | null {
  if (task.kind === 'heap') return null
  const sessionId = task.kind === 'evaluate' ? task.sessionId : task.sessionId
  return sessionId === null ? null : `${task.tenant}:${sessionId}`
}

/**
 * workers = 0: the same shard code on the main thread, for small machines and for
 * measuring the design against the alternative. A promise chain per shard keeps a
 * session's turns in arrival order even though store calls are async.
 */
function inlineRouter (opts: ShardRouterOptions): ShardRouter {
  const { onStoreEvent, onHeap } = opts
  const evaluator = new ShardEvaluator({ ...opts.init, cancelFlags: null }, onStoreEvent === undefined ? undefined : (event) => { onStoreEvent({ shard: 0, event }) })
  // Inline, the shard's heap is the main thread's: sampled directly, on the same timer.
  const stopHeap = onHeap === undefined ? null : startHeapTimer(() => { onHeap({ shard: 0, heap: heapSample() }) }, opts.heapReportMs)
  let tail: Promise<unknown> = Promise.resolve()
  let depth = 0
  return {
    shards: 0,
    mode: 'inline',
    async run (plain, abort) {
      if (depth >= opts.maxQueue) throw new GatewayError('overloaded', undefined, { shard: 0 })
      depth++
      const task = stamped(plain, -1)
      const p = tail.then(async () => await evaluator.handle(task, abort?.aborted === true))
      tail = p.catch(() => undefined)
      try {
        return { shard: 0, reply: await p }
      } finally {
        depth--
      }
    },
    queued: () => depth,
    async close () {
      stopHeap?.()
      await tail
      await evaluator.close()
    },
  }
}
