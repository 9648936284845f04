import type { Stats } from './measure.js'

export interface Row {
  readonly name: string
  readonly note: string
  readonly branch: Stats
  readonly base: Stats | null
  /** A base was given but this case could not be built against it. */
  readonly baseMissing: boolean
}

/** ns with a unit that keeps 3 significant digits readable: 812 ns, 14.2 µs, 3.41 ms. */
export function human (ns: number): string {
  if (!Number.isFinite(ns)) return '∞'
  if (ns < 1000) return `${ns.toPrecision(3)} ns`
  if (ns < 1e6) return `${(ns / 1000).toPrecision(3)} µs`
  if (ns < 1e9) return `${(ns / 1e6).toPrecision(3)} ms`
  return `${(ns / 1e9).toPrecision(3)} s`
}

function cell (s: Stats): string {
  return `${human(s.median)} (${human(s.p10)}–${human(s.p90)})`
}

/** A markdown table: readable in a terminal and pasteable into docs/performance.md. */
export function formatTable (rows: readonly Row[], withBase: boolean): string {
  const head = withBase
    ? ['| case | branch median (p10–p90) | base median (p10–p90) | ratio | notes |', '|---|---:|---:|---:|---|']
    : ['| case | median (p10–p90) per op | notes |', '|---|---:|---|']
  const body = rows.map((r) => {
    if (!withBase) return `| ${r.name} | ${cell(r.branch)} | ${r.note} |`
    const base = r.base === null ? (r.baseMissing ? 'n/a in base' : '—') : cell(r.base)
    const ratio = r.base === null ? '—' : (r.branch.median / r.base.median).toFixed(2)
    return `| ${r.name} | ${cell(r.branch)} | ${base} | ${ratio} | ${r.note} |`
  })
  return [...head, ...body].join('\n')
}
