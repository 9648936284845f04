/**
 * Whether a queued detection task is still worth running when a shard picks it up.
 *
 * Under overload, tasks wait in a shard's queue. A task whose client has already gone
 * (timed out, closed the connection) would still be evaluated, deepening the overload
 * and holding its body in memory; a task that waited longer than `maxQueueWaitMs` is
 * already late for any reasonable client. Both are dropped when the shard reaches them.
 *
 * The client's abort happens on the main thread while the task sits in a worker's queue,
 * so the signal travels through shared memory: each shard has a SharedArrayBuffer with one
 * flag per queue slot (a shard never holds more than `maxQueue` tasks, so a free slot
 * always exists). The shard reads the flag before evaluating; a task already running is
 * never interrupted (that would mean terminating the thread and its hot sessions).
 */

/** What the router needs of a request to notice that its client left (the front's Exchange fits). */
export interface AbortLike {
  readonly aborted: boolean
  onAbort (fn: () => void): void
}

/** Stamped on a task by the router: when it was queued and its flag slot (-1: none). */
export interface Admission {
  readonly queuedAt: number
  readonly slot: number
}

export type Verdict = 'run' | 'client_gone' | 'expired'

const CANCELLED = 1

/** Main-thread side: one per shard. */
export class CancelSlots {
  readonly buffer: SharedArrayBuffer
  readonly #flags: Int32Array
  readonly #free: number[]

  constructor (slots: number) {
    this.buffer = new SharedArrayBuffer(4 * slots)
    this.#flags = new Int32Array(this.buffer)
    this.#free = Array.from({ length: slots }, (_, i) => slots - 1 - i)
  }

  /**
   * A slot for one task, or -1 when none is free (the task then runs without abort
   * checks). `release` must be called once the task has finished; an abort that fires
   * after release no longer touches the slot, which may belong to another task by then.
   */
  take (abort: AbortLike | undefined): { readonly slot: number, release (): void } {
    if (abort === undefined) return { slot: -1, release: () => {} }
    const slot = this.#free.pop() ?? -1
    if (slot < 0) return { slot, release: () => {} }
    Atomics.store(this.#flags, slot, 0)
    let live = true
    abort.onAbort(() => { if (live) Atomics.store(this.#flags, slot, CANCELLED) })
    return {
      slot,
      release: () => {
        if (!live) return
        live = false
        this.#free.push(slot)
      },
    }
  }
}

/** Shard side: decides, as a task starts, whether to run it. */
export function verdictOf (a: Admission | undefined, flags: Int32Array | null, maxQueueWaitMs: number, now: number): Verdict {
  if (a === undefined) return 'run'
  if (flags !== null && a.slot >= 0 && a.slot < flags.length && Atomics.load(flags, a.slot) === CANCELLED) return 'client_gone'
  if (now - a.queuedAt > maxQueueWaitMs) return 'expired'
  return 'run'
}
