import { Worker } from 'node:worker_threads'
import type { PumpMessage } from './pump-worker.js'

export interface PumpOutcome {
  readonly index: number
  /** null when the regex did not finish within the budget (the worker was terminated). */
  readonly ratio: number | null
  readonly pump: string
  readonly micros: readonly (number | null)[]
}

/**
 * Measures every regex in a worker thread under a watchdog: a catastrophic regex cannot
 * be interrupted from JavaScript, so when one exceeds `budgetMs` the worker is
 * terminated (V8 interrupts the regex), the regex is reported as timed out, and a new
 * worker carries on with the next one.
 */
export async function pumpAll (regexes: readonly { source: string, flags: string }[], budgetMs: number): Promise<PumpOutcome[]> {
  const out: PumpOutcome[] = []
  let from = 0
  while (from < regexes.length) {
    from = await new Promise<number>((resolve, reject) => {
      const worker = new Worker(new URL('./pump-worker.js', import.meta.url), { workerData: { regexes, from } })
      let current = from
      let timer: NodeJS.Timeout | null = null
      const finish = (next: number): void => {
        if (timer !== null) clearTimeout(timer)
        worker.removeAllListeners()
        void worker.terminate().then(() => resolve(next), reject)
      }
      worker.on('message', (m: PumpMessage) => {
        if (m.type === 'begin') {
          current = m.index
          if (timer !== null) clearTimeout(timer)
          timer = setTimeout(() => {
            out.push({ index: current, ratio: null, pump: `still running after ${budgetMs} ms`, micros: [] })
            finish(current + 1)
          }, budgetMs)
        } else if (m.type === 'result') {
          out.push({ index: m.index, ratio: m.ratio, pump: m.pump, micros: m.micros })
        } else {
          finish(regexes.length)
        }
      })
      worker.on('error', reject)
    })
  }
  return out.sort((a, b) => a.index - b.index)
}
