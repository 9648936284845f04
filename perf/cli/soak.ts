// `npm run soak -- --rate 1000 --duration 600`: the gateway (default workers, memory
// sessions) under the mixed traffic at a fixed rate for a bounded time. Reports p95 per
// minute and memory over time, and whether memory stayed flat after the first minute.
// Stops by itself; duration is capped at one hour.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { num, parse, REPO_ROOT, str } from '../lib/cli-args.js'
import { MemorySampler } from '../lib/memory-sampler.js'
import { runPaced } from '../lib/paced-load.js'
import { preflight } from '../lib/preflight.js'
import { startGateway, startMock } from '../lib/processes.js'
import { endProgress, progressLine, say, showProgress } from '../lib/progress.js'
import { machineInfo, PATH } from '../lib/suite.js'
import { buildTraffic, DEFAULT_TRAFFIC, SessionWalker } from '../lib/traffic.js'
import { minuteRows, soakMarkdown, soakCharts, type Snapshot } from '../report/soak-report.js'
import { stamp } from '../report/suite-report.js'
import { loadavg } from 'node:os'

const USAGE = `usage: npm run soak -- [--rate 1000] [--duration 600] [--workers auto] [--warmup 120] [--session-pool 500]
  --warmup is the part of the run after which memory must stay flat (growth < 50 MB)
  --session-pool bounds the distinct sessions, so the session cache reaches its steady
  state (pool × history window actions) early and growth after warm-up means a leak`
const v = parse({
  rate: { type: 'string' },
  duration: { type: 'string' },
  workers: { type: 'string' },
  warmup: { type: 'string' },
  'session-pool': { type: 'string' },
  out: { type: 'string' },
}, USAGE)
const rate = num(v, 'rate', 1000, 1, 20_000)
const durationS = num(v, 'duration', 600, 10, 3600)
const warmupS = num(v, 'warmup', Math.min(120, durationS / 5), 0, durationS / 2)
const workers = str(v, 'workers', 'auto')
const sessionPool = num(v, 'session-pool', 500, 1, 10_000_000)
const load0 = loadavg()
const startedAt = new Date().toISOString()

const traffic = buildTraffic({ ...DEFAULT_TRAFFIC, corpusDir: join(REPO_ROOT, 'corpus') })
const mock = await startMock()
const gw = await startGateway({ workers, upstreamUrl: `${mock.origin}/v1` })
const sampler = new MemorySampler([{ name: 'gateway', pid: gw.pid, adminOrigin: gw.adminOrigin }], 5000)
const snapshots: Snapshot[] = []
let result
try {
  await preflight(gw.origin, PATH, 'gateway')
  sampler.start()
  say(`soak: ${rate} req/s for ${durationS} s against gateway workers=${workers} (pid ${gw.pid})`)
  result = await runPaced({
    origin: gw.origin,
    path: PATH,
    target: 'gateway',
    rate,
    durationS,
    walker: new SessionWalker(traffic, `soak${Date.now().toString(36)}`, sessionPool),
    sessions: 100,
    timeoutMs: 10_000,
    onTick: (elapsedS, tally) => {
      snapshots.push({ t: elapsedS, errors: Object.values(tally.errors).reduce((a, b) => a + b, 0), non2xx: Object.entries(tally.byStatus).filter(([k]) => !k.startsWith('2') && k !== '403').reduce((a, [, n]) => a + n, 0), blocked: tally.byStatus['403'] ?? 0 })
      showProgress(progressLine('soak', elapsedS, durationS, tally, sampler.latest('gateway')?.rssMb ?? null), elapsedS)
    },
  })
  endProgress()
  await sampler.sample()
} finally {
  await gw.stop()
  await mock.stop()
}
const series = sampler.stop()[0] ?? { name: 'gateway', samples: [] }
const minutes = minuteRows(result.tally, snapshots, series, durationS)
const name = `soak-${stamp()}`
const dir = str(v, 'out', join(REPO_ROOT, 'perf', 'results'))
mkdirSync(dir, { recursive: true })
const charts = soakCharts(minutes, series)
writeFileSync(join(dir, `${name}-p95.svg`), charts.p95)
writeFileSync(join(dir, `${name}-memory.svg`), charts.memory)
const report = { startedAt, finishedAt: new Date().toISOString(), machine: machineInfo(load0), rate, durationS, warmupS, workers, sessionPool, traffic: traffic.summary, overall: result.result, minutes, memory: series, gatewayErrorLines: gw.errorLines() }
writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`)
const md = soakMarkdown(report, { p95: `${name}-p95.svg`, memory: `${name}-memory.svg` })
writeFileSync(join(dir, `${name}.md`), md)
process.stdout.write(md)
say(`results: ${join(dir, `${name}.json`)}`)
