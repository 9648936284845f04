// `npm run perf:cold-start`: what a fresh detection shard costs its first requests, with
// and without the warm-up it runs before taking traffic (src/detection/warm-up.ts). Each
// sample is a new node process (a shard's thread starts with nothing compiled): compile
// the engine, warm it up or not, then evaluate the first requests of the perf mix in the
// order a shard sees them. Rounds alternate the two variants so both see the same machine.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import Value from 'typebox/value'
import { DetectionSchema } from '../../src/config/schema.js'
import { compileEngine } from '../../src/detection/engine.js'
import { engineOptionsOf } from '../../src/detection/engine-options.js'
import { EMPTY_SESSION, type ChatMessage } from '../../src/detection/types.js'
import { warmUp } from '../../src/detection/warm-up.js'
import { trafficRequests } from '../../native-bench/lib/inputs.js'
import { num, parse, str } from '../lib/cli-args.js'
import { median, summarize } from '../lib/latency.js'

const USAGE = `usage: npm run perf:cold-start -- [--rounds 3] [--requests 300]
  each round starts one process without warm-up and one with it`
const v = parse({ rounds: { type: 'string' }, requests: { type: 'string' }, child: { type: 'string' } }, USAGE)
const ROUNDS = num(v, 'rounds', 3, 1, 20)
const REQUESTS = num(v, 'requests', 300, 1, 2000)

interface Sample {
  /** Engine compile plus warm-up, when it ran: the time before the shard takes traffic. */
  readonly readyMs: number
  readonly firstMs: number
  readonly totalMs: number
  readonly p99Ms: number
  readonly maxMs: number
}

function child (warm: boolean): Sample {
  const requests = trafficRequests().slice(0, REQUESTS)
  const t0 = performance.now()
  const engine = compileEngine(engineOptionsOf(Value.Default(DetectionSchema, {}) as never))
  if (warm) warmUp(engine)
  const readyMs = performance.now() - t0
  const lat: number[] = []
  for (const messages of requests) {
    const s = performance.now()
    engine.evaluate(messages as readonly ChatMessage[], EMPTY_SESSION, 'request')
    lat.push(performance.now() - s)
  }
  const p = summarize(Float64Array.from(lat))
  return { readyMs, firstMs: lat[0] ?? 0, totalMs: p.mean * p.count, p99Ms: p.p99, maxMs: p.max }
}

const mode = str(v, 'child', '')
if (mode !== '') {
  process.stdout.write(`${JSON.stringify(child(mode === 'warm'))}\n`)
} else {
  const self = fileURLToPath(import.meta.url)
  const run = (variant: 'cold' | 'warm'): Sample => JSON.parse(execFileSync(process.execPath, ['--no-regexp-tier-up', self, '--child', variant, '--requests', String(REQUESTS)], { encoding: 'utf8', timeout: 300_000 })) as Sample
  const samples: Record<'cold' | 'warm', Sample[]> = { cold: [], warm: [] }
  for (let r = 0; r < ROUNDS; r++) {
    for (const variant of ['cold', 'warm'] as const) samples[variant].push(run(variant))
    process.stderr.write(`round ${r + 1}/${ROUNDS} done\n`)
  }
  const mid = (variant: 'cold' | 'warm', k: keyof Sample): number => median(samples[variant].map(s => s[k]))
  const keys: readonly (keyof Sample)[] = ['readyMs', 'firstMs', 'totalMs', 'p99Ms', 'maxMs']
  const rows = keys.map(k => `| ${k} | ${mid('cold', k).toFixed(1)} | ${mid('warm', k).toFixed(1)} | ${(mid('warm', k) / Math.max(1e-9, mid('cold', k))).toFixed(2)} |`)
  process.stdout.write([
    `cold start, median of ${ROUNDS} processes each, first ${REQUESTS} requests of the perf mix`,
    '',
    '| figure | no warm-up | warm-up | ratio |',
    '|---|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n'))
  process.stdout.write(`${JSON.stringify({ rounds: ROUNDS, requests: REQUESTS, samples })}\n`)
}
