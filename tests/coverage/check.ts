// `npm test`'s last step: reads c8's summary of the run that just finished and fails when
// a coverage floor (thresholds.ts) is not met. Prints the figures either way.
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkFloors, hasNoCode, type FileCoverage } from './thresholds.js'

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..')
const SUMMARY = join(ROOT, 'coverage', 'coverage-summary.json')

interface Counts { readonly covered: number, readonly total: number }
if (!existsSync(SUMMARY)) {
  process.stderr.write('coverage: no coverage/coverage-summary.json; run the suite with `npm test`\n')
  process.exit(1)
}
const summary = JSON.parse(readFileSync(SUMMARY, 'utf8')) as Record<string, { lines: Counts, branches: Counts }>
// The raw V8 output of every process the suite started (gateways, worker threads): about
// half a gigabyte per run, all of it in the summary now. For other reports, run c8 with
// another --reporter.
rmSync(join(ROOT, 'coverage', 'tmp'), { recursive: true, force: true })
const files: FileCoverage[] = []
const empty: string[] = []
for (const [file, c] of Object.entries(summary)) {
  if (file === 'total') continue
  const path = relative(ROOT, file)
  const compiled = join(ROOT, 'build', path.replace(/\.ts$/, '.js'))
  if (existsSync(compiled) && hasNoCode(readFileSync(compiled, 'utf8'))) {
    empty.push(path)
    continue
  }
  files.push({ path, lines: c.lines, branches: c.branches })
}
const results = checkFloors(files)
process.stdout.write(`coverage floors (${files.length} files; ${empty.length} type-only files left out):\n`)
for (const r of results) {
  process.stdout.write(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.floor.area.padEnd(16)} lines ${r.lines.toFixed(1)}% (floor ${r.floor.lines}%), branches ${r.branches.toFixed(1)}% (floor ${r.floor.branches}%), ${r.files} files\n`)
}
if (results.some(r => !r.ok)) process.exit(1)
