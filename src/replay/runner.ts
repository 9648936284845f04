import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { startGateway } from '../app.js'
import { loadConfig } from '../config/load.js'
import { createLogger } from '../observability/logger.js'
import { forEachLimit } from './for-each-limit.js'
import type { LoadedCorpus } from './load-corpus.js'
import { computeFigures } from './metrics.js'
import { planLongSessions, summarizeLongSessions, type LongSessionOptions, type LongSessionSummary } from './long-sessions.js'
import { inconsistentScenarios, planMixed, runMixed, type MixedOptions } from './mixed.js'
import { buildReport, type MixedInfo, type ReplayReport } from './report.js'
import { ReplayClient, runScenario, sessionIdOf } from './send.js'
import { checkThresholds, type Thresholds } from './thresholds.js'
import type { ReplayScenario, ScenarioResult, SendMode } from './types.js'

// Runs a loaded corpus against a gateway and builds the report. The gateway is either
// started in this process (the real composition root, the built-in mock provider as
// upstream) or a running one named by URL.
//
// In-process, the client, the gateway's front and the mock provider share one event
// loop, so latency figures include their contention: fine for spotting a slow scenario,
// not a benchmark (perf/ measures throughput against a separate gateway process).

export type TargetOptions =
  | { readonly kind: 'in-process', readonly workers: number | 'auto', readonly logLevel: string, readonly configFile: string | null }
  | { readonly kind: 'url', readonly url: string, readonly apiKey: string | null }

/** What is sent: each corpus scenario once, the mixed-traffic draw, or long benign sessions. */
export type TrafficOptions =
  | { readonly kind: 'scenarios' }
  | { readonly kind: 'mixed', readonly mixed: MixedOptions }
  | { readonly kind: 'long-sessions', readonly longSessions: LongSessionOptions }

export interface RunnerOptions {
  readonly inputs: readonly string[]
  readonly mode: SendMode
  readonly concurrency: number
  readonly target: TargetOptions
  readonly model: string
  readonly timeoutMs: number
  readonly traffic: TrafficOptions
  readonly thresholds: Thresholds
  readonly slowest: number
  /** The environment the in-process gateway's INFERSHIELD_* settings are taken from. */
  readonly env: NodeJS.ProcessEnv
}

export interface Target {
  readonly url: string
  readonly apiKey: string | null
  readonly describe: string
  close (): Promise<void>
}

export async function runCorpus (corpus: LoadedCorpus, opts: RunnerOptions): Promise<ReplayReport> {
  const target = await openTarget(opts.target, opts.env)
  // A per-run tag in every session id: against a long-running gateway, a rerun must not
  // land in sessions the previous run left behind.
  const runTag = `replay-${randomBytes(4).toString('hex')}`
  const client = new ReplayClient({
    url: target.url,
    apiKey: target.apiKey,
    model: opts.model,
    connections: connectionsOf(opts),
    timeoutMs: opts.timeoutMs,
  })
  let results: ScenarioResult[]
  let mixed: MixedInfo | null = null
  let longSessions: LongSessionSummary | null = null
  let durationMs = 0
  const t0 = performance.now()
  try {
    const traffic = opts.traffic
    if (traffic.kind === 'long-sessions') {
      const plan = planLongSessions(corpus.scenarios, traffic.longSessions)
      results = await runScenarioList(client, plan.map(s => s.scenario), opts, runTag)
      longSessions = summarizeLongSessions(plan, results, traffic.longSessions)
    } else if (traffic.kind === 'scenarios') {
      results = await runScenarioList(client, corpus.scenarios, opts, runTag)
    } else {
      const m = traffic.mixed
      const plan = planMixed(corpus.scenarios, opts.mode, m)
      results = await runMixed(client, plan, m.sessions, runTag)
      mixed = {
        seed: m.seed,
        sessions: m.sessions,
        requestsPlanned: m.requests,
        requests: plan.requests,
        attackRequests: plan.attackRequests,
        attackShare: plan.requests === 0 ? null : plan.attackRequests / plan.requests,
        plays: plan.plays.length,
        distinctScenarios: new Set(plan.plays.map(p => p.scenario.id)).size,
        inconsistent: inconsistentScenarios(results),
      }
    }
    durationMs = performance.now() - t0
  } finally {
    await client.close()
    await target.close()
  }
  const figures = computeFigures(results)
  return buildReport({
    run: {
      traffic: opts.traffic.kind,
      mode: opts.mode,
      target: target.describe,
      concurrency: connectionsOf(opts),
      inputs: opts.inputs,
      files: corpus.files,
      durationMs: Math.round(durationMs),
    },
    mixed,
    longSessions,
    results,
    thresholds: checkThresholds(figures.overall, opts.thresholds),
    warnings: corpus.warnings,
    slowestCount: opts.slowest,
  }, figures)
}

/** Mixed traffic keeps one connection per session; otherwise one per scenario in flight. */
function connectionsOf (opts: RunnerOptions): number {
  return opts.traffic.kind === 'mixed' ? opts.traffic.mixed.sessions : opts.concurrency
}

async function runScenarioList (client: ReplayClient, scenarios: readonly ReplayScenario[], opts: RunnerOptions, runTag: string): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = new Array(scenarios.length)
  await forEachLimit(scenarios, opts.concurrency, async (s, i) => {
    const requests = await runScenario(client, s, opts.mode, sessionIdOf(runTag, i, s.id))
    results[i] = { id: s.id, scenario: s, requests }
  })
  return results
}

/** Starts the in-process gateway, or names the running one; `close` stops what was started. */
export async function openTarget (t: TargetOptions, env: NodeJS.ProcessEnv): Promise<Target> {
  if (t.kind === 'url') return { url: t.url, apiKey: t.apiKey, describe: new URL(t.url).origin, close: async () => {} }
  const config = loadConfig({ env: inProcessEnv(env, t) })
  // Gateway logs go to stderr: stdout carries the report.
  const logger = createLogger(config.log.level, process.stderr)
  const gateway = await startGateway(config, logger)
  return {
    url: `http://127.0.0.1:${gateway.port}`,
    apiKey: null,
    describe: `in-process gateway (${config.workers.count === 0 ? 'inline detection' : `${config.workers.count} workers`}, mock upstream)`,
    close: async () => {
      await gateway.shutdown('replay finished')
      logger.flush()
    },
  }
}

/**
 * The caller's INFERSHIELD_* settings apply (a config file, thresholds, policy
 * overrides), so the replay measures the configuration that would be served; only the
 * sockets, upstream, auth and log level are pinned, to keep the gateway private to this
 * process: loopback, free ports, no keys, the built-in mock provider.
 */
export function inProcessEnv (base: NodeJS.ProcessEnv, t: { workers: number | 'auto', logLevel: string, configFile: string | null }): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(base)) if (k.startsWith('INFERSHIELD_')) env[k] = v
  if (t.configFile !== null) env.INFERSHIELD_CONFIG = t.configFile
  return {
    ...env,
    INFERSHIELD_HOST: '127.0.0.1',
    INFERSHIELD_PORT: '0',
    INFERSHIELD_ADMIN_HOST: '127.0.0.1',
    INFERSHIELD_ADMIN_PORT: '0',
    INFERSHIELD_UPSTREAM_URL: '',
    INFERSHIELD_API_KEYS: '',
    INFERSHIELD_WORKERS: String(t.workers),
    INFERSHIELD_LOG_LEVEL: t.logLevel,
  }
}
