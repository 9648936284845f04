import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { matchesIn } from '../../checks/scan.js'
import type { Segment } from '../../types.js'
import { BestHit, BEST_HIT_DECOMPOSES, bestHitFor } from './sql-signal.js'
import { sqlView, unbalancedBefore } from './sql-text.js'

// Delay primitives. Plain sleep(n) is everywhere in code (time.sleep, Thread.sleep, C), so
// it only counts where SQL puts it: after AND/OR/SELECT/;/||/( or a quote, never after
// '.', '::' or an identifier.
const DELAY = /\bpg_sleep(?:_for)?\s{0,3}\(|\bwaitfor\s{1,5}(?:delay|time)\s{1,5}['"]\d{1,2}:\d{1,2}:\d{1,2}|\bbenchmark\s{0,3}\(\s{0,3}\d{5,12}\s{0,3},|\bdbms_lock\.sleep\s{0,3}\(|\bdbms_pipe\.receive_message\s{0,3}\(|\brandomblob\s{0,3}\(\s{0,3}\d{8,}|(?:\b(?:and|or|select|if|then|else|xor)\b|[;(,|=]|['"`])\s{0,3}\(?\s{0,3}sleep\s{0,3}\(\s{0,3}\d/g
// Just before the delay: a string break-out and a boolean operator or a statement break.
const BREAKOUT = /(['"`])\s{0,3}\)?\s{0,3}(?:and|or|&&|\|\||;|xor|\+|,)?\s{0,3}(?:\(\s{0,3})?(?:select\s{1,3})?(?:\(\s{0,3})?(?:if\s{0,3}\([^)]{0,40},\s{0,3})?$/
// Plain sleep() is also a function in most languages; outside a break-out it counts only on
// a line that otherwise reads as SQL.
const SQL_LINE = /['"`]|--|#|\bselect\b|\bwhere\b|\bunion\b|\bfrom\b|\bif\s{0,2}\(|\bcase\b|\bwaitfor\b/
const BOOLEAN_BEFORE = /\b(?:and|or|xor)\s{1,3}\(?\s{0,3}(?:select\s{1,3})?\(?\s{0,3}$|;\s{0,3}$/

const Params = Type.Object({
  breakoutRisk: Type.Number({ default: 88, minimum: 0, maximum: 100, description: 'Risk of a delay function right after a string break-out.' }),
  booleanRisk: Type.Number({ default: 75, minimum: 0, maximum: 100, description: 'Risk of a delay function inside a boolean condition or stacked statement.' }),
  bareRisk: Type.Number({ default: 40, minimum: 0, maximum: 100, description: 'Risk of a SQL delay function alone (developers test timeouts with SELECT pg_sleep(5)).' }),
}, { additionalProperties: false })

/** The rest of the line around a match, the match itself left out. */
function lineAround (v: string, start: number, end: number): string {
  const from = Math.max(0, start - 120)
  const head = v.slice(from, start)
  const tail = v.slice(end, end + 120)
  const nl = head.lastIndexOf('\n')
  const nl2 = tail.indexOf('\n')
  return (nl === -1 ? head : head.slice(nl + 1)) + ' ' + (nl2 === -1 ? tail : tail.slice(0, nl2))
}

function scan (seg: Segment, p: { readonly breakoutRisk: number, readonly booleanRisk: number, readonly bareRisk: number }, best: BestHit): void {
  const v = sqlView(seg)
  for (const m of matchesIn(DELAY, v, 32)) {
    // The sleep alternative matches its SQL context too; the function starts at "sleep".
    const name = m[0].lastIndexOf('sleep')
    const fnAt = m[0].startsWith('pg_sleep') || m[0].startsWith('dbms_') || name <= 0 ? m.index : m.index + name
    const before = v.slice(Math.max(0, fnAt - 60), fnAt)
    const b = BREAKOUT.exec(before)
    const breakout = b !== null && unbalancedBefore(v, fnAt - before.length + b.index, b[1] ?? "'")
    const genericSleep = fnAt !== m.index || m[0].startsWith('sleep')
    if (!breakout && genericSleep && !SQL_LINE.test(lineAround(v, fnAt, m.index + m[0].length))) continue
    const boolean = !breakout && BOOLEAN_BEFORE.test(before)
    const risk = breakout ? p.breakoutRisk : boolean ? p.booleanRisk : p.bareRisk
    best.add({ seg, start: fnAt, end: m.index + m[0].length, risk, reason: breakout ? 'time delay after a string break-out (time-based blind injection)' : boolean ? 'time delay inside a condition or stacked statement' : 'SQL time-delay function' })
  }
}

export default definePolicy({
  id: 'sql-injection.time-based',
  category: 'sql_injection',
  phase: 'content',
  priority: 55,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'Time-based blind injection: SLEEP(n), pg_sleep, WAITFOR DELAY, BENCHMARK(), DBMS_LOCK.SLEEP in SQL position, scored by the break-out around them.',
  params: Params,
  decomposes: BEST_HIT_DECOMPOSES,
  evaluate ({ input, params }) {
    const best = bestHitFor(input)
    for (const seg of input.segments) {
      const l = seg.lower
      if (!(l.includes('sleep') || l.includes('waitfor') || l.includes('benchmark') || l.includes('dbms_') || l.includes('randomblob'))) continue
      scan(seg, params, best)
    }
    return best.signals()
  },
})
