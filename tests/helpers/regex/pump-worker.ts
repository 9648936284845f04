import { parentPort, workerData } from 'node:worker_threads'
import { measureGrowth } from './growth.js'

/** Work order: regexes to measure, starting at `from` (a restarted worker skips the one that hung). */
export interface PumpJob {
  readonly regexes: readonly { readonly source: string, readonly flags: string }[]
  readonly from: number
}

export type PumpMessage =
  | { readonly type: 'begin', readonly index: number }
  | { readonly type: 'result', readonly index: number, readonly ratio: number, readonly pump: string, readonly micros: readonly (number | null)[] }
  | { readonly type: 'done' }

const job = workerData as PumpJob
const port = parentPort
if (port === null) throw new Error('pump-worker must run in a worker thread')
for (let i = job.from; i < job.regexes.length; i++) {
  const r = job.regexes[i]
  if (r === undefined) continue
  port.postMessage({ type: 'begin', index: i } satisfies PumpMessage)
  const g = measureGrowth(new RegExp(r.source, r.flags))
  port.postMessage({ type: 'result', index: i, ratio: g.ratio, pump: g.pump, micros: g.micros } satisfies PumpMessage)
}
port.postMessage({ type: 'done' } satisfies PumpMessage)
