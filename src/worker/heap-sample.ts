import { getHeapStatistics } from 'node:v8'

/** This thread's V8 heap: a shard's own isolate, which the process's RSS lumps in with every other thread. */
export interface HeapSample {
  readonly usedBytes: number
  readonly totalBytes: number
}

// Refreshed at most once a second: the call walks every heap space, and the gauges it
// feeds are scraped every few seconds at most, so sampling per request would only add cost.
const REFRESH_MS = 1000
let last: HeapSample = { usedBytes: 0, totalBytes: 0 }
let takenAt = Number.NEGATIVE_INFINITY

export function heapSample (now = performance.now()): HeapSample {
  if (now - takenAt >= REFRESH_MS) {
    const h = getHeapStatistics()
    last = { usedBytes: h.used_heap_size, totalBytes: h.total_heap_size }
    takenAt = now
  }
  return last
}
