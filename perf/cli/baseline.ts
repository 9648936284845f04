// `npm run perf:baseline -- --reason "..."`: measures the gate's short form and makes it
// the new baseline, recording why, when, on which machine and Node version. The only
// way perf/baseline.json should change.
import { join } from 'node:path'
import { readBaseline, writeBaseline } from '../gate/baseline-file.js'
import { formatChecks, gateChecks, gateFigures } from '../gate/figures.js'
import { SHORT_PLAN, shortRun } from '../gate/short-run.js'
import { num, parse, REPO_ROOT, str } from '../lib/cli-args.js'
import { say } from '../lib/progress.js'
import { stamp, writeSuite } from '../report/suite-report.js'

const USAGE = `usage: npm run perf:baseline -- --reason "why the baseline changes" [--rate N]`
const v = parse({ reason: { type: 'string' }, rate: { type: 'string' }, baseline: { type: 'string' } }, USAGE)
const reason = str(v, 'reason', '').trim()
if (reason.length < 8) {
  say(`a --reason of at least 8 characters is required: it is recorded in the baseline file\n${USAGE}`)
  process.exit(2)
}
const path = str(v, 'baseline', join(REPO_ROOT, 'perf', 'baseline.json'))
const prev = readBaseline(path)
const plan = { ...SHORT_PLAN, ...(prev?.plan ?? {}), rate: num(v, 'rate', prev?.plan.rate ?? SHORT_PLAN.rate, 1, 50_000) }
const result = await shortRun(plan)
const files = writeSuite(result, join(REPO_ROOT, 'perf', 'results'), `baseline-${stamp()}`, 'InferShield baseline run')
const figures = gateFigures(result)
if (prev !== null) process.stdout.write(`against the previous baseline:\n${formatChecks(gateChecks(figures, prev.figures), figures)}\n`)
writeBaseline(path, prev, figures, plan, reason, REPO_ROOT)
process.stdout.write(`new baseline written to ${path}: p95 ratio ${figures.p95Ratio}, throughput ratio ${figures.throughputRatio}, peak RSS ${figures.peakRssMb} MB\ndetails: ${files.md}\n`)
