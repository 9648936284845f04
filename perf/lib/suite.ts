import { cpus, loadavg, totalmem, platform, arch } from 'node:os'
import { combineRounds, type LoadResult, type Measured } from './load-result.js'
import { runMax } from './max-load.js'
import { MemorySampler, memoryStats, type MemorySeries, type MemoryStats } from './memory-sampler.js'
import { runPaced } from './paced-load.js'
import { preflight } from './preflight.js'
import { startGateway, startMock, startReferenceProxy, type Child } from './processes.js'
import { endProgress, progressLine, say, showProgress } from './progress.js'
import { SessionWalker, type Traffic, type TrafficSummary } from './traffic.js'

// One measurement run: every target under the same traffic, phases interleaved across
// targets (direct, reference, gateways at the fixed rate; then the same at max
// throughput; then the next round), so slow drift of the machine's load touches all
// targets alike. Absolute figures are noisy on a shared 2-core machine; the ratios
// between targets measured in the same run are what the reports and the gate use.

export type TargetKind = 'direct' | 'reference' | 'gateway'

export interface TargetSpec {
  readonly name: string
  readonly kind: TargetKind
  /** INFERSHIELD_WORKERS for a gateway. */
  readonly workers?: string
  readonly env?: Readonly<Record<string, string>>
}

export interface Plan {
  readonly rate: number
  readonly rateS: number
  readonly maxS: number
  readonly warmupS: number
  readonly rounds: number
  readonly sessions: number
  readonly sessionPool: number
  readonly timeoutMs: number
  readonly targets: readonly TargetSpec[]
}

export interface PhaseWindow { readonly phase: string, readonly round: number, readonly fromS: number, readonly toS: number }

export interface TargetResult {
  readonly name: string
  readonly kind: TargetKind
  readonly workers: string | null
  readonly paced: LoadResult
  readonly max: LoadResult
  readonly rounds: {
    readonly paced: readonly LoadResult[]
    readonly max: readonly LoadResult[]
    /**
     * Per round of each phase: the yardstick (ms) taken around it, the mean of the
     * readings just before and just after; empty without a yardstick.
     */
    readonly yardstickMs: { readonly paced: readonly number[], readonly max: readonly number[] }
  }
  readonly windows: readonly PhaseWindow[]
  /** RSS from the end of warm-up to the end of the run; heap for gateways. */
  readonly memory: MemoryStats | null
  readonly gatewayErrorLines: number
}

export interface Machine {
  readonly cpus: number
  readonly cpuModel: string
  readonly memoryGb: number
  readonly platform: string
  readonly node: string
  readonly loadAvgStart: readonly number[]
  readonly loadAvgEnd: readonly number[]
}

export interface SuiteResult {
  readonly startedAt: string
  readonly finishedAt: string
  readonly machine: Machine
  readonly plan: Plan
  readonly traffic: TrafficSummary
  readonly targets: readonly TargetResult[]
  readonly memory: readonly MemorySeries[]
}

export const PATH = '/v1/chat/completions'

export function machineInfo (start: readonly number[]): Machine {
  const c = cpus()
  return {
    cpus: c.length,
    cpuModel: c[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    platform: `${platform()} ${arch()}`,
    node: process.version,
    loadAvgStart: start.map(x => Math.round(x * 100) / 100),
    loadAvgEnd: loadavg().map(x => Math.round(x * 100) / 100),
  }
}

async function startTargets (plan: Plan, mock: Child): Promise<Map<string, Child>> {
  const children = new Map<string, Child>()
  for (const t of plan.targets) {
    if (t.kind === 'direct') children.set(t.name, mock)
    else if (t.kind === 'reference') children.set(t.name, await startReferenceProxy(mock.origin))
    else children.set(t.name, await startGateway({ workers: t.workers ?? 'auto', upstreamUrl: `${mock.origin}/v1`, env: t.env ?? {}, name: t.name }))
  }
  return children
}

/**
 * `yardstick` (optional): a fixed piece of CPU work, timed in ms, read before and after
 * each measured phase while no load runs, so each round can be scaled by how fast the
 * machine was in those seconds (the machine's speed moves by a quarter within a minute).
 */
export async function runSuite (plan: Plan, traffic: Traffic, tag: string, yardstick?: () => number): Promise<SuiteResult> {
  const startedAt = new Date()
  const load0 = loadavg()
  say(`traffic: ${traffic.summary.requests} requests in ${traffic.summary.scripts} session scripts, ${(traffic.summary.attackShare * 100).toFixed(1)}% from attacks, ${(traffic.summary.streamShare * 100).toFixed(1)}% streamed, bodies ${traffic.summary.bodyBytes.min}-${traffic.summary.bodyBytes.max} B (mean ${traffic.summary.bodyBytes.mean.toFixed(0)})`)
  const mock = await startMock()
  const children = new Map<string, Child>()
  try {
    for (const [k, v] of await startTargets(plan, mock)) children.set(k, v)
    for (const t of plan.targets) await preflight((children.get(t.name) as Child).origin, PATH, t.name)
    const sampler = new MemorySampler(plan.targets.map(t => {
      const c = children.get(t.name) as Child
      return { name: t.name, pid: c.pid, adminOrigin: c.adminOrigin }
    }), 1000)
    sampler.start()
    const t0 = performance.now()
    const nowS = (): number => (performance.now() - t0) / 1000
    const windows = new Map<string, PhaseWindow[]>(plan.targets.map(t => [t.name, []]))
    const pacedRounds = new Map<string, Measured[]>(plan.targets.map(t => [t.name, []]))
    const maxRounds = new Map<string, Measured[]>(plan.targets.map(t => [t.name, []]))
    const yardsticks = new Map<string, { paced: number[], max: number[] }>(plan.targets.map(t => [t.name, { paced: [], max: [] }]))
    let lastYardstick = yardstick?.() ?? 0
    /** Reads the yardstick after a phase (no load runs) and files the mean of it and the reading before the phase. */
    const readYardstick = (name: string, phase: 'paced' | 'max'): void => {
      if (yardstick === undefined) return
      const after = yardstick()
      yardsticks.get(name)?.[phase].push((lastYardstick + after) / 2)
      lastYardstick = after
    }
    const tick = (label: string, totalS: number, name: string) => (elapsedS: number, tally: Parameters<typeof progressLine>[3]): void => {
      showProgress(progressLine(label, elapsedS, totalS, tally, sampler.latest(name)?.rssMb ?? null), elapsedS)
    }
    let sessionTag = 0
    const walker = (name: string): SessionWalker => new SessionWalker(traffic, `${tag}-${name.replace(/[^a-z0-9]+/gi, '')}-${sessionTag++}`, plan.sessionPool)

    for (const t of plan.targets) {
      const c = children.get(t.name) as Child
      const from = nowS()
      await runMax({ origin: c.origin, path: PATH, target: t.name, durationS: plan.warmupS, walker: walker(t.name), sessions: plan.sessions, timeoutMs: plan.timeoutMs, onTick: tick(`warm-up ${t.name}`, plan.warmupS, t.name) })
      endProgress()
      windows.get(t.name)?.push({ phase: 'warm-up', round: 0, fromS: from, toS: nowS() })
    }
    for (let round = 1; round <= plan.rounds; round++) {
      for (const t of plan.targets) {
        const c = children.get(t.name) as Child
        const from = nowS()
        const m = await runPaced({ origin: c.origin, path: PATH, target: t.name, rate: plan.rate, durationS: plan.rateS, walker: walker(t.name), sessions: plan.sessions, timeoutMs: plan.timeoutMs, onTick: tick(`r${round} ${plan.rate}/s ${t.name}`, plan.rateS, t.name) })
        endProgress()
        windows.get(t.name)?.push({ phase: 'paced', round, fromS: from, toS: nowS() })
        pacedRounds.get(t.name)?.push(m)
        readYardstick(t.name, 'paced')
        say(`  ${t.name}: ${plan.rate} req/s → p50 ${m.result.latency2xx.p50.toFixed(3)} p95 ${m.result.latency2xx.p95.toFixed(3)} p99 ${m.result.latency2xx.p99.toFixed(3)} ms (2xx)`)
      }
      for (const t of plan.targets) {
        const c = children.get(t.name) as Child
        const from = nowS()
        const m = await runMax({ origin: c.origin, path: PATH, target: t.name, durationS: plan.maxS, walker: walker(t.name), sessions: plan.sessions, timeoutMs: plan.timeoutMs, onTick: tick(`r${round} max ${t.name}`, plan.maxS, t.name) })
        endProgress()
        windows.get(t.name)?.push({ phase: 'max', round, fromS: from, toS: nowS() })
        maxRounds.get(t.name)?.push(m)
        readYardstick(t.name, 'max')
        say(`  ${t.name}: max → ${m.result.rps.toFixed(0)} req/s, p95 ${m.result.latency.p95.toFixed(2)} ms`)
      }
    }
    await sampler.sample()
    const memory = sampler.stop()
    const targets: TargetResult[] = plan.targets.map((t) => {
      const w = windows.get(t.name) ?? []
      const afterWarmup = w.find(x => x.phase === 'warm-up')?.toS ?? 0
      const series = memory.find(s => s.name === t.name)
      const paced = pacedRounds.get(t.name) ?? []
      const max = maxRounds.get(t.name) ?? []
      return {
        name: t.name,
        kind: t.kind,
        workers: t.workers ?? null,
        paced: combineRounds(paced),
        max: combineRounds(max),
        rounds: { paced: paced.map(m => m.result), max: max.map(m => m.result), yardstickMs: yardsticks.get(t.name) ?? { paced: [], max: [] } },
        windows: w,
        memory: series === undefined ? null : memoryStats(series, afterWarmup),
        gatewayErrorLines: t.kind === 'gateway' ? (children.get(t.name) as Child).errorLines() : 0,
      }
    })
    for (const t of plan.targets) {
      const c = children.get(t.name) as Child
      if (t.kind === 'gateway' && c.errorLines() > 0) say(`  ${t.name}: ${c.errorLines()} error log lines, last: ${c.lastError() ?? ''}`)
    }
    return { startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), machine: machineInfo(load0), plan, traffic: traffic.summary, targets, memory }
  } finally {
    for (const c of children.values()) if (c !== mock) await c.stop()
    await mock.stop()
  }
}
