// The cost of the worker hop: a Piscina round trip against calling the same function
// inline. Three views of it: the latency of one task awaited alone, the wall time per
// task with 64 in flight (throughput), and the main thread's own busy time per task
// (event-loop utilisation), which is what the hop takes away from the front.
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { Piscina } from 'piscina'
import echo from '../workers/echo-worker.js'
import { conversation, bytesOf } from '../lib/inputs.js'
import type { BenchCase } from '../lib/measure.js'

const WORKER = fileURLToPath(new URL('../workers/echo-worker.js', import.meta.url))
const IN_FLIGHT = 64

export async function threadCases (): Promise<BenchCase[]> {
  const messages = conversation(8192)
  const task = { kind: 'evaluate', requestId: 'r', tenant: 't', route: 'chat_completions', sessionId: 's', messages, stage: 'request', record: true }
  const pool = new Piscina({ filename: WORKER, minThreads: 1, maxThreads: 1, idleTimeout: Infinity, concurrentTasksPerWorker: 1, recordTiming: false })
  await pool.run(task)
  const note = `task with ${(bytesOf(messages) / 1024).toFixed(1)} KB of messages, reply shaped like an evaluate outcome`
  const tiny = { kind: 'evaluate', requestId: 'r', tenant: 't', route: 'chat_completions', sessionId: 's', messages: [{ role: 'user', content: 'hi' }], stage: 'request', record: true }
  const mainThreadNs = async (n: number, run: () => Promise<unknown>): Promise<number> => {
    const before = performance.eventLoopUtilization()
    let left = n
    const lane = async (): Promise<void> => { while (left-- > 0) await run() }
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, n) }, lane))
    const elu = performance.eventLoopUtilization(before)
    return elu.active * 1e6
  }
  return [
    {
      name: 'hop/piscina round trip, one at a time',
      note,
      environment: true,
      batch: async (n) => { for (let i = 0; i < n; i++) await pool.run(task); return undefined },
    },
    {
      name: 'hop/piscina round trip, one at a time, tiny task',
      note: 'one 2-character message: the hop itself, without the payload copy',
      environment: true,
      batch: async (n) => { for (let i = 0; i < n; i++) await pool.run(tiny); return undefined },
    },
    {
      name: 'hop/inline call, one at a time',
      note,
      environment: true,
      batch: async (n) => { for (let i = 0; i < n; i++) await Promise.resolve(echo(task)); return undefined },
    },
    {
      name: `hop/piscina wall time per task, ${IN_FLIGHT} in flight`,
      note,
      environment: true,
      batch: async (n) => {
        let left = n
        const lane = async (): Promise<void> => { while (left-- > 0) await pool.run(task) }
        await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, n) }, lane))
        return undefined
      },
    },
    {
      name: `hop/piscina main-thread busy time per task, ${IN_FLIGHT} in flight`,
      note: 'event-loop utilisation × wall time: what the hop costs the thread that also serves HTTP',
      environment: true,
      batch: async (n) => await mainThreadNs(n, async () => await pool.run(task)),
      close: async () => { await pool.close() },
    },
  ]
}
