// A small line chart written as SVG text: enough for percentile curves and series over
// time, without a plotting dependency. Log scale for latency (p50 and max differ by
// orders of magnitude), linear for the rest.

export interface ChartSeries {
  readonly name: string
  readonly points: readonly (readonly [number, number])[]
  /** Dashed stroke, e.g. for a reference line. */
  readonly dashed?: boolean
}

export interface ChartSpec {
  readonly title: string
  readonly xLabel: string
  readonly yLabel: string
  readonly series: readonly ChartSeries[]
  /** Category ticks (e.g. p50 … max); numeric ticks are computed when absent. */
  readonly xTicks?: readonly { readonly value: number, readonly label: string }[]
  readonly yLog?: boolean
  readonly width?: number
  readonly height?: number
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#7f7f7f']
const MARGIN = { left: 70, right: 190, top: 40, bottom: 50 }

export function escapeXml (s: string): string {
  return s.replace(/[<>&"']/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string)
}

/** Round steps of 1, 2 or 5 × 10^k covering [lo, hi] in about `count` ticks. */
export function niceTicks (lo: number, hi: number, count = 6): number[] {
  if (!(hi > lo)) return [lo]
  const raw = (hi - lo) / count
  const mag = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 5, 10].find(m => m * mag >= raw) ?? 10) * mag
  const out: number[] = []
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)))
  return out
}

/** 1, 2, 5 × 10^k within [lo, hi] (lo > 0). */
export function logTicks (lo: number, hi: number): number[] {
  const out: number[] = []
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const v = Number((m * 10 ** e).toPrecision(12))
      if (v >= lo * 0.999 && v <= hi * 1.001) out.push(v)
    }
  }
  return out
}

function fmt (v: number): string {
  if (v === 0) return '0'
  if (Math.abs(v) >= 1000) return `${Number((v / 1000).toPrecision(3))}k`
  return String(Number(v.toPrecision(3)))
}

export function lineChart (spec: ChartSpec): string {
  const width = spec.width ?? 760
  const height = spec.height ?? 420
  const plotW = width - MARGIN.left - MARGIN.right
  const plotH = height - MARGIN.top - MARGIN.bottom
  const pts = spec.series.flatMap(s => s.points).filter(p => Number.isFinite(p[0]) && Number.isFinite(p[1]) && (spec.yLog !== true || p[1] > 0))
  const xs = pts.map(p => p[0])
  const ys = pts.map(p => p[1])
  const xMin = spec.xTicks?.[0]?.value ?? Math.min(...xs, 0)
  const xMax = spec.xTicks?.[spec.xTicks.length - 1]?.value ?? Math.max(...xs, 1)
  let yMin = spec.yLog === true ? Math.min(...ys) / 1.3 : Math.min(0, ...ys)
  let yMax = Math.max(...ys) * (spec.yLog === true ? 1.3 : 1.08)
  if (!Number.isFinite(yMin) || !Number.isFinite(yMax) || yMax <= yMin) { yMin = spec.yLog === true ? 0.1 : 0; yMax = 1 }
  const sx = (x: number): number => MARGIN.left + (xMax === xMin ? 0 : (x - xMin) / (xMax - xMin)) * plotW
  const sy = spec.yLog === true
    ? (y: number): number => MARGIN.top + plotH - (Math.log10(y) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin)) * plotH
    : (y: number): number => MARGIN.top + plotH - (y - yMin) / (yMax - yMin) * plotH
  const out: string[] = []
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`)
  out.push(`<rect width="${width}" height="${height}" fill="#fff"/>`)
  out.push(`<text x="${width / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(spec.title)}</text>`)
  const yTicks = spec.yLog === true ? logTicks(yMin, yMax) : niceTicks(yMin, yMax)
  for (const v of yTicks) {
    const y = sy(v).toFixed(1)
    out.push(`<line x1="${MARGIN.left}" y1="${y}" x2="${MARGIN.left + plotW}" y2="${y}" stroke="#e5e5e5"/>`)
    out.push(`<text x="${MARGIN.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${fmt(v)}</text>`)
  }
  const xTicks = spec.xTicks ?? niceTicks(xMin, xMax, 8).map(v => ({ value: v, label: fmt(v) }))
  for (const t of xTicks) {
    const x = sx(t.value).toFixed(1)
    out.push(`<line x1="${x}" y1="${MARGIN.top}" x2="${x}" y2="${MARGIN.top + plotH}" stroke="#f0f0f0"/>`)
    out.push(`<text x="${x}" y="${MARGIN.top + plotH + 18}" text-anchor="middle">${escapeXml(t.label)}</text>`)
  }
  out.push(`<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#444"/>`)
  out.push(`<text x="${MARGIN.left + plotW / 2}" y="${height - 10}" text-anchor="middle">${escapeXml(spec.xLabel)}</text>`)
  out.push(`<text transform="translate(18 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(spec.yLabel)}${spec.yLog === true ? ' (log scale)' : ''}</text>`)
  spec.series.forEach((s, i) => {
    const color = PALETTE[i % PALETTE.length] as string
    const valid = s.points.filter(p => Number.isFinite(p[1]) && (spec.yLog !== true || p[1] > 0))
    if (valid.length > 0) {
      const d = valid.map((p, k) => `${k === 0 ? 'M' : 'L'}${sx(p[0]).toFixed(1)} ${sy(p[1]).toFixed(1)}`).join(' ')
      out.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="2"${s.dashed === true ? ' stroke-dasharray="6 4"' : ''}/>`)
      if (valid.length <= 40) for (const p of valid) out.push(`<circle cx="${sx(p[0]).toFixed(1)}" cy="${sy(p[1]).toFixed(1)}" r="3" fill="${color}"/>`)
    }
    const ly = MARGIN.top + 10 + i * 20
    out.push(`<line x1="${width - MARGIN.right + 14}" y1="${ly}" x2="${width - MARGIN.right + 38}" y2="${ly}" stroke="${color}" stroke-width="2"${s.dashed === true ? ' stroke-dasharray="6 4"' : ''}/>`)
    out.push(`<text x="${width - MARGIN.right + 44}" y="${ly}" dominant-baseline="middle">${escapeXml(s.name)}</text>`)
  })
  out.push('</svg>')
  return `${out.join('\n')}\n`
}
