import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { FuzzReport } from '../fuzz/report.js'
import type { Baseline } from '../replay/baseline.js'
import { BASELINE_FILE, FIGURE_DOCS, fillFigures, FUZZ_REPORT_FILE, UnknownFigure } from '../replay/doc-figures.js'

// `npm run docs:figures [-- --check]`: rewrites the measured figures the docs quote (see
// replay/doc-figures.ts) from the committed detection baseline and fuzz report. The fuzz
// report is recorded with `infershield fuzz corpus/ --count 3600 --seed 1 --workers 0
// --json tests/corpus/fuzz-report.json`. --check writes nothing and exits 1 when a doc is
// out of date.

const root = new URL('../../', import.meta.url)
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8')

function main (): number {
  let check = false
  try {
    check = parseArgs({ options: { check: { type: 'boolean', default: false } } }).values.check === true
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\nUsage: docs-figures [--check]\n`)
    return 2
  }
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
