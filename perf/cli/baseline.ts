// `npm run perf:baseline -- --reason "..."`: measures the gate's short form and makes it
// the new baseline, recording why, when, on which machine and Node version. The only
// way perf/baseline.json should change.
import { join } from 'node:path'
import { isComparable, readBaseline, writeBaseline } from '../gate/baseline-file.js'
import { formatChecks, gateChecks, gateFigures, medianFigures, type GateFigures } from '../gate/figures.js'
import { SHORT_PLAN, shortRun } from '../gate/short-run.js'
import { num, parse, REPO_ROOT, str } from '../lib/cli-args.js'
import { say } from '../lib/progress.js'
import { stamp, writeSuite } from '../report/suite-report.js'

const USAGE = `usage: npm run perf:baseline -- --reason "why the baseline changes" [--rate N] [--warmup S] [--rate-seconds S] [--max-seconds S] [--runs N]
  the plan (rate and phase lengths) is kept from the previous baseline unless given here;
  the gate always measures with the baseline's plan. --runs (default 3): short runs
  measured, each gated figure recorded as their median, so one lucky run does not set a
  bar the gate's later runs miss by noise alone; information figures come from one run
  (the one nearest the median of the gated ratio they belong to)`
const v = parse({ reason: { type: 'string' }, rate: { type: 'string' }, baseline: { type: 'string' }, warmup: { type: 'string' }, 'rate-seconds': { type: 'string' }, 'max-seconds': { type: 'string' }, runs: { type: 'string' } }, USAGE)
const reason = str(v, 'reason', '').trim()
if (reason.length < 8) {
  say(`a --reason of at least 8 characters is required: it is recorded in the baseline file\n${USAGE}`)
  process.exit(2)
}
const path = str(v, 'baseline', join(REPO_ROOT, 'perf', 'baseline.json'))
const prev = readBaseline(path)
const kept = { ...SHORT_PLAN, ...(prev?.plan ?? {}) }
const plan = {
  ...kept,
  rate: num(v, 'rate', kept.rate, 1, 50_000),
  warmupS: num(v, 'warmup', kept.warmupS, 1, 60),
  rateS: num(v, 'rate-seconds', kept.rateS, 5, 60),
  maxS: num(v, 'max-seconds', kept.maxS, 5, 60),
}
const runs = num(v, 'runs', 3, 1, 9)
const measured: GateFigures[] = []
const reports: string[] = []
for (let i = 0; i < runs; i++) {
  const result = await shortRun(plan)
  reports.push(writeSuite(result, join(REPO_ROOT, 'perf', 'results'), `baseline-${stamp()}`, `InferShield baseline run ${i + 1} of ${runs}`).md)
  measured.push(gateFigures(result))
  say(`baseline run ${i + 1} of ${runs}: ${JSON.stringify(measured[i])}`)
}
const figures = medianFigures(measured)
const files = { md: reports.join(', ') }
if (prev !== null && isComparable(prev)) process.stdout.write(`against the previous baseline:\n${formatChecks(gateChecks(figures, prev.figures), figures)}\n`)
writeBaseline(path, prev, figures, plan, reason, REPO_ROOT)
process.stdout.write(`new baseline written to ${path}: p95 overhead ${figures.p95OverheadYardsticks} yardsticks, max throughput ${figures.maxRequestsPerYardstick} requests per yardstick, peak RSS ${figures.peakRssMb} MB\ndetails: ${files.md}\n`)
