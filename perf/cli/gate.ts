// `npm run perf:gate`: the CI regression gate. Measures the short form and compares its
// ratios with perf/baseline.json; prints the figures whether it passes or not and exits 1
// on a regression (2 when it cannot measure at all).
import { join } from 'node:path'
import { readBaseline } from '../gate/baseline-file.js'
import { formatChecks, gateChecks, gateFigures } from '../gate/figures.js'
import { SHORT_PLAN, shortRun } from '../gate/short-run.js'
import { num, parse, REPO_ROOT, str } from '../lib/cli-args.js'
import { say } from '../lib/progress.js'
import { stamp, writeSuite } from '../report/suite-report.js'

const USAGE = `usage: npm run perf:gate [-- --baseline FILE] [--rate N]
  compares gateway/direct ratios of this run with the baseline; exit 1 on a regression`
const v = parse({ baseline: { type: 'string' }, rate: { type: 'string' }, out: { type: 'string' } }, USAGE)
const path = str(v, 'baseline', join(REPO_ROOT, 'perf', 'baseline.json'))
const baseline = readBaseline(path)
if (baseline === null) {
  say(`no baseline at ${path}: record one with npm run perf:baseline -- --reason "..."`)
  process.exit(2)
}
// Same plan as the baseline, so the ratios compare like with like.
const plan = { ...SHORT_PLAN, ...baseline.plan, rate: num(v, 'rate', baseline.plan.rate, 1, 50_000) }
const started = Date.now()
const result = await shortRun(plan)
const files = writeSuite(result, str(v, 'out', join(REPO_ROOT, 'perf', 'results')), `gate-${stamp()}`, 'InferShield regression gate run')
const figures = gateFigures(result)
const checks = gateChecks(figures, baseline.figures)
process.stdout.write(`perf gate (${((Date.now() - started) / 1000).toFixed(0)} s; baseline of ${baseline.history[baseline.history.length - 1]?.date ?? '?'}: "${baseline.history[baseline.history.length - 1]?.reason ?? ''}")\n`)
process.stdout.write(`${formatChecks(checks, figures)}\n`)
process.stdout.write(`details: ${files.md}\n`)
const failed = checks.filter(c => !c.pass)
if (failed.length > 0) {
  process.stdout.write(`perf gate FAILED: ${failed.map(c => c.name).join('; ')}\n`)
  process.exit(1)
}
process.stdout.write('perf gate passed\n')
