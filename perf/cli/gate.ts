// `npm run perf:gate`: the CI regression gate. Measures the short form and compares its
// ratios with perf/baseline.json; prints the figures whether it passes or not and exits 1
// on a regression (2 when it cannot measure at all).
import { join } from 'node:path'
import { isComparable, readBaseline } from '../gate/baseline-file.js'
import { formatChecks, gateChecks, gateFigures, type GateCheck } from '../gate/figures.js'
import { SHORT_PLAN, shortRun } from '../gate/short-run.js'
import { num, parse, REPO_ROOT, str } from '../lib/cli-args.js'
import { say } from '../lib/progress.js'
import { stamp, writeSuite } from '../report/suite-report.js'

const USAGE = `usage: npm run perf:gate [-- --baseline FILE] [--rate N] [--once]
  compares gateway/direct ratios of this run with the baseline; exit 1 on a regression
  that a second run confirms (--once: no second run)`
const v = parse({ baseline: { type: 'string' }, rate: { type: 'string' }, out: { type: 'string' }, once: { type: 'boolean' } }, USAGE)
const path = str(v, 'baseline', join(REPO_ROOT, 'perf', 'baseline.json'))
const baseline = readBaseline(path)
if (baseline === null) {
  say(`no baseline at ${path}: record one with npm run perf:baseline -- --reason "..."`)
  process.exit(2)
}
if (!isComparable(baseline)) {
  say(`${path} predates the figures this gate compares (RSS growth in MB): record a new one with npm run perf:baseline -- --reason "..."`)
  process.exit(2)
}
const base = baseline
// Same plan as the baseline, so the ratios compare like with like.
const plan = { ...SHORT_PLAN, ...baseline.plan, rate: num(v, 'rate', baseline.plan.rate, 1, 50_000) }
const started = Date.now()

/** One measurement of the short form, written out and checked against the baseline. */
async function measure (attempt: number): Promise<GateCheck[]> {
  const result = await shortRun(plan)
  const files = writeSuite(result, str(v, 'out', join(REPO_ROOT, 'perf', 'results')), `gate-${stamp()}`, 'InferShield regression gate run')
  const figures = gateFigures(result)
  const checks = gateChecks(figures, base.figures)
  process.stdout.write(`perf gate, run ${attempt} (${((Date.now() - started) / 1000).toFixed(0)} s; baseline of ${base.history[base.history.length - 1]?.date ?? '?'}: "${base.history[base.history.length - 1]?.reason ?? ''}")\n`)
  process.stdout.write(`${formatChecks(checks, figures)}\n`)
  process.stdout.write(`details: ${files.md}\n`)
  return checks
}

// A regression must show twice: a check that fails is measured once more, and the gate
// fails only on a check that fails both times. Another process taking the CPU for a few
// seconds can spoil one short run; it rarely spoils two in the same direction, while a
// real regression does so every time.
const first = (await measure(1)).filter(c => !c.pass).map(c => c.name)
let failed = first
if (first.length > 0 && v.once !== true) {
  process.stdout.write(`perf gate: ${first.join('; ')} over the limit; measuring again to confirm\n`)
  const second = new Set((await measure(2)).filter(c => !c.pass).map(c => c.name))
  failed = first.filter(name => second.has(name))
}
if (failed.length > 0) {
  process.stdout.write(`perf gate FAILED: ${failed.join('; ')}\n`)
  process.exit(1)
}
process.stdout.write('perf gate passed\n')
