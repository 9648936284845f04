import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { forEachLimit } from '../replay/for-each-limit.js'
import { openTarget, type TargetOptions } from '../replay/runner.js'
import { ReplayClient, runScenario, sessionIdOf } from '../replay/send.js'
import type { ReplayScenario, SendMode } from '../replay/types.js'
import type { Mutation } from './mutations.js'
import { buildFuzzReport, type FuzzReport, type Verdict } from './report.js'
import { planVariants } from './variants.js'

export interface FuzzOptions {
  readonly mutations: readonly Mutation[]
  readonly seed: number
  readonly count: number
  /** Stop starting variants after this many milliseconds; null: run them all. */
  readonly timeMs: number | null
  readonly mode: SendMode
  readonly concurrency: number
  readonly target: TargetOptions
  readonly model: string
  readonly timeoutMs: number
  readonly evasions: number
  readonly env: NodeJS.ProcessEnv
}

/**
 * Replays each attack once as written (the baseline) and then every planned variant, each
 * in its own session, through the real request path. A scenario is detected when any of
 * its requests was blocked, as in replay.
 */
export async function runFuzz (scenarios: readonly ReplayScenario[], opts: FuzzOptions): Promise<FuzzReport> {
  const plan = planVariants(scenarios, opts.mutations, opts.seed, opts.count)
  const target = await openTarget(opts.target, opts.env)
  const runTag = `fuzz-${randomBytes(4).toString('hex')}`
  const client = new ReplayClient({ url: target.url, apiKey: target.apiKey, model: opts.model, connections: opts.concurrency, timeoutMs: opts.timeoutMs })
  const t0 = performance.now()
  const deadline = opts.timeMs === null ? Infinity : t0 + opts.timeMs
  const verdict = async (s: ReplayScenario, index: number): Promise<Verdict | null> => {
    if (performance.now() > deadline) return null
    const outcomes = await runScenario(client, s, opts.mode, sessionIdOf(runTag, index, s.id))
    if (outcomes.some(o => o.blocked)) return 'detected'
    return outcomes.some(o => o.error !== null) ? 'error' : 'missed'
  }
  const baseline = new Array<Verdict | null>(plan.bases.length).fill(null)
  const results = new Array<Verdict | null>(plan.variants.length).fill(null)
  try {
    await forEachLimit(plan.bases, opts.concurrency, async (s, i) => { baseline[i] = await verdict(s, i) })
    await forEachLimit(plan.variants, opts.concurrency, async (v, i) => { results[i] = await verdict(v.scenario, plan.bases.length + i) })
  } finally {
    await client.close()
    await target.close()
  }
  return buildFuzzReport({
    plan,
    baseline: new Map(plan.bases.map((b, i) => [b.id, baseline[i] ?? null])),
    results,
    run: {
      seed: opts.seed,
      count: opts.count,
      timeBudgetMs: opts.timeMs,
      mode: opts.mode,
      target: target.describe,
      durationMs: Math.round(performance.now() - t0),
    },
    evasionLimit: opts.evasions,
  })
}
