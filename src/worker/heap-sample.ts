import { getHeapStatistics } from 'node:v8'

/** This thread's V8 heap: a shard's own isolate, which the process's RSS lumps in with every other thread. */
export interface HeapSample {
  readonly usedBytes: number
  readonly totalBytes: number
}

// Once a second: the call walks every heap space, and the gauges it feeds are scraped
// every few seconds at most. On a timer rather than with evaluation replies, so an idle
// shard's gauges stay current and the per-request path does not pay for sampling.
export const HEAP_REPORT_MS = 1000

export function heapSample (): HeapSample {
  const h = getHeapStatistics()
  return { usedBytes: h.used_heap_size, totalBytes: h.total_heap_size }
}

/**
 * Calls `tick` now and every `intervalMs` after. The timer is unref'd, so it never keeps
 * the process alive; the returned function stops it.
 */
export function startHeapTimer (tick: () => void, intervalMs = HEAP_REPORT_MS): () => void {
  tick()
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  return () => { clearInterval(timer) }
}
