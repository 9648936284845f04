import { readFileSync, writeFileSync } from 'node:fs'
import type { FuzzReport } from '../fuzz/report.js'
import type { Baseline } from '../replay/baseline.js'
import { parse } from './cli-args.js'
import { BASELINE_FILE, FIGURE_DOCS, fillFigures, FUZZ_REPORT_FILE, UnknownFigure } from '../replay/doc-figures.js'

// `npm run docs:figures [-- --check]`: rewrites the measured figures the docs quote (see
// replay/doc-figures.ts) from the committed detection baseline and fuzz report. The fuzz
// report is recorded with `infershield fuzz corpus/ --count 5800 --seed 1 --workers 0
// --json tests/corpus/fuzz-report.json`. --check writes nothing and exits 1 when a doc is
// out of date.

const USAGE = 'usage: npm run docs:figures [-- --check]'
const root = new URL('../../', import.meta.url)
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8')

function main (): number {
  const check = parse({ check: { type: 'boolean' } }, USAGE).check === true
  const sources = { baseline: JSON.parse(read(BASELINE_FILE)) as Baseline, fuzz: JSON.parse(read(FUZZ_REPORT_FILE)) as FuzzReport }
  const stale: string[] = []
  for (const doc of FIGURE_DOCS) {
    const before = read(doc)
    let after: string
    try {
      after = fillFigures(before, sources)
    } catch (err) {
      if (!(err instanceof UnknownFigure)) throw err
      process.stderr.write(`${doc}: ${err.message}\n`)
      return 1
    }
    if (after === before) continue
    stale.push(doc)
    if (!check) writeFileSync(new URL(doc, root), after)
  }
  if (check && stale.length > 0) {
    process.stderr.write(`out of date (run npm run docs:figures): ${stale.join(', ')}\n`)
    return 1
  }
  process.stdout.write(stale.length === 0 ? 'figures up to date\n' : `rewritten: ${stale.join(', ')}\n`)
  return 0
}

process.exitCode = main()
