import type { LoadTally } from './load-result.js'

// One progress line while a phase runs: rewritten in place on a terminal, printed every
// five seconds otherwise (CI logs), always on stderr so stdout stays the report.

const tty = process.stderr.isTTY === true

export function progressLine (label: string, elapsedS: number, totalS: number, tally: LoadTally, rssMb: number | null): string {
  const recent = tally.all.window((elapsedS - 1) * 1000, elapsedS * 1000)
  const errors = Object.values(tally.errors).reduce((a, b) => a + b, 0)
  const non2xx = Object.entries(tally.byStatus).filter(([k]) => !k.startsWith('2')).reduce((a, [, v]) => a + v, 0)
  return `${label.padEnd(34)} ${String(Math.round(elapsedS)).padStart(4)}/${totalS}s  done ${String(tally.all.count).padStart(7)}  last s: ${String(recent.count).padStart(6)} req/s p95 ${recent.p95.toFixed(2).padStart(7)} ms  non2xx ${non2xx}  errors ${errors}${rssMb === null ? '' : `  rss ${rssMb.toFixed(0)} MB`}`
}

export function showProgress (line: string, elapsedS: number): void {
  if (tty) process.stderr.write(`\r${line.slice(0, (process.stderr.columns ?? 160) - 1)}`)
  else if (Math.round(elapsedS) % 5 === 0) process.stderr.write(`${line}\n`)
}

export function endProgress (): void {
  if (tty) process.stderr.write('\n')
}

export function say (text: string): void {
  process.stderr.write(`${text}\n`)
}
