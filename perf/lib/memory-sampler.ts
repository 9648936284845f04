import { readFileSync } from 'node:fs'
import { request } from 'undici'

// Memory of the processes under test, over time. RSS comes from /proc (it covers every
// thread, so worker shards are included); heaps come from the gateway's own /metrics on
// the admin port: the main thread's V8 heap, and each shard thread's (its own isolate),
// which the shard reports with its evaluations. RSS minus the heaps is native memory:
// code, array buffers, allocator slack.

export interface MemorySample {
  /** Seconds since the sampler started. */
  readonly t: number
  readonly rssMb: number
  readonly heapUsedMb: number | null
  readonly heapTotalMb: number | null
  /** Sum over the shard threads' heaps in use (null: not reported, e.g. no evaluation yet). */
  readonly shardHeapUsedMb: number | null
}

export interface MemorySeries {
  readonly name: string
  readonly samples: readonly MemorySample[]
}

export interface MemoryTarget {
  readonly name: string
  readonly pid: number
  /** http://127.0.0.1:ADMIN_PORT, for /metrics. */
  readonly adminOrigin: string | null
}

const MB = 1024 * 1024

export function rssMbOf (pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const m = /^VmRSS:\s+(\d+) kB$/m.exec(status)
    return m === null ? null : Number(m[1]) / 1024
  } catch {
    return null
  }
}

const HEAP_USED = /^infershield_process_nodejs_heap_size_used_bytes (\S+)$/m
const HEAP_TOTAL = /^infershield_process_nodejs_heap_size_total_bytes (\S+)$/m
const SHARD_HEAP_USED = /^infershield_shard_heap_used_bytes\{[^}]*\} (\S+)$/gm

interface Heaps { readonly used: number, readonly total: number, readonly shardsUsed: number | null }

async function heapsOf (adminOrigin: string): Promise<Heaps | null> {
  try {
    const r = await request(`${adminOrigin}/metrics`, { headersTimeout: 2000, bodyTimeout: 2000 })
    const text = await r.body.text()
    const used = HEAP_USED.exec(text)
    const total = HEAP_TOTAL.exec(text)
    const shards = [...text.matchAll(SHARD_HEAP_USED)].map(m => Number(m[1]))
    return used === null || total === null
      ? null
      : { used: Number(used[1]) / MB, total: Number(total[1]) / MB, shardsUsed: shards.length === 0 ? null : shards.reduce((a, b) => a + b, 0) / MB }
  } catch {
    return null
  }
}

export class MemorySampler {
  readonly #targets: readonly MemoryTarget[]
  readonly #series = new Map<string, MemorySample[]>()
  readonly #intervalMs: number
  #timer: NodeJS.Timeout | null = null
  #start = 0

  constructor (targets: readonly MemoryTarget[], intervalMs: number) {
    this.#targets = targets
    this.#intervalMs = intervalMs
    for (const t of targets) this.#series.set(t.name, [])
  }

  start (): void {
    this.#start = performance.now()
    void this.sample()
    this.#timer = setInterval(() => { void this.sample() }, this.#intervalMs)
  }

  async sample (): Promise<void> {
    const t = (performance.now() - this.#start) / 1000
    await Promise.all(this.#targets.map(async (target) => {
      const rss = rssMbOf(target.pid)
      if (rss === null) return
      const heap = target.adminOrigin === null ? null : await heapsOf(target.adminOrigin)
      this.#series.get(target.name)?.push({ t, rssMb: rss, heapUsedMb: heap?.used ?? null, heapTotalMb: heap?.total ?? null, shardHeapUsedMb: heap?.shardsUsed ?? null })
    }))
  }

  latest (name: string): MemorySample | null {
    const s = this.#series.get(name)
    return s === undefined || s.length === 0 ? null : s[s.length - 1] as MemorySample
  }

  stop (): MemorySeries[] {
    if (this.#timer !== null) clearInterval(this.#timer)
    this.#timer = null
    return [...this.#series].map(([name, samples]) => ({ name, samples }))
  }
}

export interface MemoryStats {
  readonly firstRssMb: number
  readonly lastRssMb: number
  readonly peakRssMb: number
  readonly peakHeapUsedMb: number | null
  /** Shard heaps in use at the first and last sample after warm-up: whether RSS growth is heap or native. */
  readonly firstShardHeapMb: number | null
  readonly lastShardHeapMb: number | null
}

export function memoryStats (series: MemorySeries, fromS = 0): MemoryStats | null {
  const s = series.samples.filter(x => x.t >= fromS)
  if (s.length === 0) return null
  const heaps = s.map(x => x.heapUsedMb).filter((h): h is number => h !== null)
  return {
    firstRssMb: (s[0] as MemorySample).rssMb,
    lastRssMb: (s[s.length - 1] as MemorySample).rssMb,
    peakRssMb: Math.max(...s.map(x => x.rssMb)),
    peakHeapUsedMb: heaps.length === 0 ? null : Math.max(...heaps),
    firstShardHeapMb: (s[0] as MemorySample).shardHeapUsedMb,
    lastShardHeapMb: (s[s.length - 1] as MemorySample).shardHeapUsedMb,
  }
}
