import { writeFileSync } from 'node:fs'
import { parse, str } from './cli-args.js'
import { gateRunOptions, modeBaselineOf, type Baseline } from '../replay/baseline.js'
import { loadCorpus } from '../replay/load-corpus.js'
import { runCorpus } from '../replay/runner.js'
import type { SendMode } from '../replay/types.js'

// `npm run detection:baseline -- --reason "why"`: replays corpus/ in both modes and
// rewrites tests/corpus/detection-baseline.json. The reason is mandatory: the baseline moves only on
// purpose, and the file says why it last moved.
const USAGE = 'usage: npm run detection:baseline -- --reason "why the baseline moves (at least 10 characters)" [--out FILE] [--corpus DIR]'
const v = parse({ reason: { type: 'string' }, out: { type: 'string' }, corpus: { type: 'string' } }, USAGE)
const values = { reason: str(v, 'reason', '').trim(), out: str(v, 'out', 'tests/corpus/detection-baseline.json'), corpus: str(v, 'corpus', 'corpus') }
if (values.reason.length < 10) {
  process.stderr.write(`${USAGE}\n`)
  process.exit(2)
}
const corpus = loadCorpus([values.corpus])
const modes: Record<string, ReturnType<typeof modeBaselineOf>> = {}
for (const mode of ['history', 'latest'] as SendMode[]) {
  const report = await runCorpus(corpus, gateRunOptions(values.corpus, mode))
  modes[mode] = modeBaselineOf(report.figures)
  process.stdout.write(`${mode}: recall ${report.figures.overall.recall} fpr ${report.figures.overall.fpr}\n`)
}
const baseline: Baseline = { recordedAt: new Date().toISOString(), reason: values.reason, node: process.version, modes }
writeFileSync(values.out, `${JSON.stringify(baseline, null, 2)}\n`)
process.stdout.write(`${values.out} written\n`)
