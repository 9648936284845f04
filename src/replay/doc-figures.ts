import type { FuzzReport, RateRow } from '../fuzz/report.js'
import type { Baseline, GroupBaseline } from './baseline.js'

/**
 * The measured figures quoted in the docs, filled in from the records they come from: the
 * committed detection baseline (`npm run detection:baseline`) and the committed fuzz
 * report (`infershield fuzz … --json`). A figure is written between markers,
 * `<!--fig:KEY-->95.2% / 94.8%<!--/fig-->`, so prose around it stays hand-written and the
 * numbers cannot go stale: `npm run docs:figures` rewrites them, and a test fails when a
 * doc differs from what the records give.
 *
 * Keys:
 * - `recall:FAMILY` — the family's replay recall, history / latest mode;
 * - `fpr:FAMILY` — the family's false-positive rate, history / latest mode;
 * - `fuzz:MUTATION` — that mutation's detection rate and evasions;
 * - `fuzz:unmutated` — the rate of the unmutated scenarios the variants came from;
 * - `fuzz:overall` — the rate over every variant;
 * - `fuzz:run` — the command that produced the report;
 * - `fuzz:variants` — how many variants of how many scenarios the report ran;
 * - `fuzz:mutation-table`, `fuzz:family-table` — the report's tables (a marker of its own line);
 * - `baseline:recorded` — the date the baseline was recorded; `baseline:reason` — why;
 * - `baseline:table` — recall and false-positive rate per family and send mode (a marker of its own line).
 */
export interface FigureSources {
  readonly baseline: Baseline
  readonly fuzz: FuzzReport
}

/** The docs that quote measured figures, and the records they come from (paths from the repository root). */
export const FIGURE_DOCS = ['docs/attack-catalog.md', 'docs/detection.md', 'docs/fuzzing.md'] as const
export const BASELINE_FILE = 'tests/corpus/detection-baseline.json'
export const FUZZ_REPORT_FILE = 'tests/corpus/fuzz-report.json'

const MARKER = /<!--fig:([a-z0-9:_-]+)-->([^<]*)<!--\/fig-->/g

export class UnknownFigure extends Error {}

/** `markdown` with every marked figure rewritten; throws UnknownFigure for a key the sources do not hold. */
export function fillFigures (markdown: string, sources: FigureSources): string {
  // A "<" in a figure (a baseline reason is free text) would end the marker's match next time.
  return markdown.replace(MARKER, (_all, key: string) => `<!--fig:${key}-->${figure(key, sources).replaceAll('<', '&lt;')}<!--/fig-->`)
}

/** The keys a document marks, in order. */
export function figureKeys (markdown: string): string[] {
  return [...markdown.matchAll(MARKER)].map(m => m[1] as string)
}

function figure (key: string, s: FigureSources): string {
  const [kind, name = ''] = splitKey(key)
  switch (kind) {
    case 'recall': return perMode(s.baseline, name, 'recall', key)
    case 'fpr': return perMode(s.baseline, name, 'fpr', key)
    case 'baseline':
      if (name === 'recorded') return s.baseline.recordedAt.slice(0, 10)
      if (name === 'reason') return s.baseline.reason
      if (name === 'table') return baselineTable(s.baseline, key)
      break
    case 'fuzz': return fuzzFigure(s.fuzz, name, key)
  }
  throw new UnknownFigure(`unknown figure "${key}"`)
}

function splitKey (key: string): [string, string | undefined] {
  const at = key.indexOf(':')
  return at < 0 ? [key, undefined] : [key.slice(0, at), key.slice(at + 1)]
}

function perMode (b: Baseline, family: string, field: 'recall' | 'fpr', key: string): string {
  const values = ['history', 'latest'].map(mode => {
    const m = b.modes[mode]
    const g = family === 'overall' ? m?.overall : m?.families[family]
    const v = g?.[field]
    if (v === undefined || v === null) throw new UnknownFigure(`no ${field} for "${family}" in mode ${mode} of the detection baseline (figure "${key}")`)
    return percent(v)
  })
  return values.join(' / ')
}

function baselineTable (b: Baseline, key: string): string {
  const history = b.modes.history
  const latest = b.modes.latest
  if (history === undefined || latest === undefined) throw new UnknownFigure(`the detection baseline lacks a send mode (figure "${key}")`)
  const cell = (v: number | null | undefined): string => (v === null || v === undefined ? '-' : percent(v))
  const row = (name: string, h: GroupBaseline, l: GroupBaseline | undefined): string[] => [name, String(h.scenarios), cell(h.recall), cell(h.fpr), cell(l?.recall), cell(l?.fpr)]
  return table(['family', 'scenarios', 'recall, history', 'FPR, history', 'recall, latest', 'FPR, latest'], [
    row('**overall**', history.overall, latest.overall),
    ...Object.keys(history.families).sort().map(f => row(f, history.families[f] as GroupBaseline, latest.families[f])),
  ])
}

function fuzzFigure (r: FuzzReport, name: string, key: string): string {
  if (name === 'run') return `\`infershield fuzz corpus/ --count ${r.run.count} --seed ${r.run.seed}${r.run.mode === 'history' ? '' : ` --mode ${r.run.mode}`}\``
  if (name === 'unmutated') return rate(r.baseline, key)
  if (name === 'variants') return `${r.run.variantsRun} variants of ${r.baseline.variants} attack scenarios`
  if (name === 'mutation-table') return table(['mutation', 'family', 'variants', 'detected', 'rate', 'evasions'], r.byMutation.map(m => [m.key, m.family, String(m.variants), String(m.detected), rate(m, key), String(m.evasions)]))
  if (name === 'family-table') return table(['mutation family', 'variants', 'detected', 'rate', 'evasions'], r.byMutationFamily.map(m => [m.key, String(m.variants), String(m.detected), rate(m, key), String(m.evasions)]))
  if (name === 'overall') return `${rate(r.overall, key)} (${evasions(r.overall.evasions)})`
  const row = r.byMutation.find(m => m.key === name)
  if (row === undefined) throw new UnknownFigure(`the fuzz report has no mutation "${name}" (figure "${key}")`)
  return `${rate(row, key)} (${evasions(row.evasions)})`
}

/** A markdown table on lines of its own, numbers right-aligned; the marker stays on the lines around it. */
function table (head: readonly string[], rows: readonly (readonly string[])[]): string {
  const align = head.map((h, i) => (i === 0 || h === 'family' ? '---' : '---:'))
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`
  return `\n${[line(head), line(align), ...rows.map(line)].join('\n')}\n`
}

function rate (row: RateRow, key: string): string {
  if (row.rate === null) throw new UnknownFigure(`nothing was measured for "${row.key}" (figure "${key}")`)
  return percent(row.rate)
}

function evasions (n: number): string {
  return `${n} evasion${n === 1 ? '' : 's'}`
}

// Rounded on the per-mille value: (0.0055 * 100).toFixed(1) is "0.5" in binary floating point.
function percent (x: number): string {
  return `${(Math.round(x * 1000) / 10).toFixed(1)}%`
}
