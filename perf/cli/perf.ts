// `npm run perf`: the gateway against the mock provider alone ("direct") and against a
// minimal uWS → undici proxy, under mixed corpus traffic, at a fixed rate and at max
// throughput. Writes perf/results/<stamp>.{json,md} and SVG charts.
// `npm run perf -- --workers 0,1,2,4` measures the shard-count design (docs/performance.md).
import { cpus } from 'node:os'
import { join } from 'node:path'
import { autoWorkers } from '../../src/config/load.js'
import { num, parse, REPO_ROOT, str } from '../lib/cli-args.js'
import { compare } from '../lib/compare.js'
import { say } from '../lib/progress.js'
import { runSuite, type TargetSpec } from '../lib/suite.js'
import { buildTraffic, DEFAULT_TRAFFIC } from '../lib/traffic.js'
import { stamp, writeSuite } from '../report/suite-report.js'

const USAGE = `usage: npm run perf -- [options]
  --rate N            fixed-rate phase, requests/s (default 1000)
  --rate-seconds N    length of the fixed-rate phase (default 30)
  --max-seconds N     length of the max-throughput phase (default 20)
  --warmup N          warm-up at max throughput per target, s (default 10)
  --rounds N          repeat the phases, interleaved across targets (default 1)
  --sessions N        concurrent sessions / connections (default 100)
  --session-pool N    distinct session ids reused over the run (default 5000)
  --workers LIST      gateway variants, INFERSHIELD_WORKERS values, e.g. 0,1,2,auto (default auto)
  --no-reference      skip the minimal proxy
  --quick             short phases (5 s warm-up, 10 s fixed rate, 8 s max) for a smoke run
  --out DIR           where results go (default perf/results)`

const v = parse({
  rate: { type: 'string' },
  'rate-seconds': { type: 'string' },
  'max-seconds': { type: 'string' },
  warmup: { type: 'string' },
  rounds: { type: 'string' },
  sessions: { type: 'string' },
  'session-pool': { type: 'string' },
  workers: { type: 'string' },
  'no-reference': { type: 'boolean' },
  quick: { type: 'boolean' },
  out: { type: 'string' },
}, USAGE)

const quick = v.quick === true
const workers = str(v, 'workers', 'auto').split(',').map(s => s.trim()).filter(s => s !== '')
for (const w of workers) {
  if (!/^(auto|[0-9]{1,3})$/.test(w)) { say(`--workers: '${w}' is not a worker count or 'auto'`); process.exit(2) }
}
const label = (w: string): string => w === 'auto' ? `gateway w=auto(${autoWorkers(cpus().length)})` : `gateway w=${w}`
const targets: TargetSpec[] = [
  { name: 'direct (mock)', kind: 'direct' },
  ...(v['no-reference'] === true ? [] : [{ name: 'minimal proxy', kind: 'reference' as const }]),
  ...workers.map(w => ({ name: label(w), kind: 'gateway' as const, workers: w })),
]
const plan = {
  rate: num(v, 'rate', 1000, 1, 50_000),
  rateS: num(v, 'rate-seconds', quick ? 10 : 30, 1, 3600),
  maxS: num(v, 'max-seconds', quick ? 8 : 20, 1, 600),
  warmupS: num(v, 'warmup', quick ? 5 : 10, 1, 600),
  rounds: num(v, 'rounds', 1, 1, 10),
  sessions: num(v, 'sessions', 100, 1, 2000),
  sessionPool: num(v, 'session-pool', 5000, 1, 10_000_000),
  timeoutMs: 10_000,
  targets,
}
const traffic = buildTraffic({ ...DEFAULT_TRAFFIC, corpusDir: join(REPO_ROOT, 'corpus') })
const name = stamp()
const result = await runSuite(plan, traffic, `perf${Date.now().toString(36)}`)
const out = str(v, 'out', join(REPO_ROOT, 'perf', 'results'))
const files = writeSuite(result, out, name)
for (const c of compare(result)) {
  say(`${c.target}: overhead p50 ${c.overheadMs.p50.toFixed(3)} p95 ${c.overheadMs.p95.toFixed(3)} p99 ${c.overheadMs.p99.toFixed(3)} ms; throughput ${(c.throughputRatio * 100).toFixed(1)}% of direct${c.throughputVsReference === null ? '' : `, ${(c.throughputVsReference * 100).toFixed(1)}% of the minimal proxy`}`)
  for (const x of c.verdicts) say(`  ${x.pass ? 'met   ' : 'MISSED'} ${x.name}: ${x.measured} (goal ${x.target})`)
}
say(`results: ${files.json}\nsummary: ${files.md}`)
