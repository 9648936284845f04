import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { matchesIn } from '../../checks/scan.js'
import type { Segment } from '../../types.js'
import { BestHit, BEST_HIT_DECOMPOSES, bestHitFor } from './sql-signal.js'
import { sqlView, unbalancedBefore } from './sql-text.js'

const SPACE = /\s/

// value ; statement — the value is a quote, a number or a closing parenthesis, as where an
// input ends inside a host query. Group 1 = the value, group 2 = the stacked statement.
const STACK = /(['"`]|\b\d{1,12}|\))\s{0,3}\)?\s{0,3};\s{0,5}(drop\s{1,5}(?:table|database|schema|user|view|index|procedure|function)|delete\s{1,5}from|truncate\s{1,5}(?:table\s{1,5})?[\w."`[\]]{1,64}|insert\s{1,5}into|update\s{1,5}[\w."`[\]]{1,64}\s{1,5}set|shutdown|exec(?:ute)?\s{1,5}[\w.]{1,64}|alter\s{1,5}(?:table|user|login|database|role)|create\s{1,5}(?:user|login|role)|grant\s{1,5}\w|select\s|declare\s{1,5}@|waitfor\s|copy\s{1,5}\w)/g
// A comment that cuts off the rest of the host query: "--", "-- -", "--+", "#", "/*",
// with at most a few characters after it. A developer's comment has words after it.
const TRUNCATION = /(?:--[\s+-]{0,3}|#|\/\*)\S{0,3}\s{0,3}$/
const LINE_REST = 200

const Params = Type.Object({
  bothRisk: Type.Number({ default: 92, minimum: 0, maximum: 100, description: 'Risk of a stacked statement after an unbalanced quote and followed by a truncating comment.' }),
  oneRisk: Type.Number({ default: 85, minimum: 0, maximum: 100, description: 'Risk of a stacked statement with one of the two markers (unbalanced quote, truncating comment).' }),
}, { additionalProperties: false })

function restOfLine (v: string, from: number): string {
  const slice = v.slice(from, from + LINE_REST)
  const nl = slice.indexOf('\n')
  return nl === -1 ? slice : slice.slice(0, nl)
}

function scan (seg: Segment, p: { readonly bothRisk: number, readonly oneRisk: number }, best: BestHit): void {
  const v = sqlView(seg)
  for (const m of matchesIn(STACK, v, 64)) {
    const value = m[1] ?? ''
    const quote = (value === "'" || value === '"' || value === '`') && unbalancedBefore(v, m.index, value)
    const stmtStart = m.index + m[0].length - (m[2] ?? '').length
    // The comment must close the stacked statement: the statement is short (a payload),
    // so look at the rest of its line up to the next ';' or the line end.
    const rest = restOfLine(v, stmtStart)
    const semi = rest.indexOf(';', 1)
    const stmt = semi === -1 ? rest : rest.slice(0, semi + 1) + rest.slice(semi + 1, semi + 12)
    const comment = TRUNCATION.test(stmt)
    if (!quote && !comment) continue
    const stmtName = (m[2] ?? '').split(SPACE)[0] ?? ''
    best.add({
      seg,
      start: m.index,
      end: Math.min(v.length, stmtStart + stmt.length),
      risk: quote && comment ? p.bothRisk : p.oneRisk,
      reason: `stacked ${stmtName.toUpperCase()} statement after ${quote ? 'a string break-out' : 'a value'}${comment ? ' with a truncating comment' : ''}`,
    })
  }
}

export default definePolicy({
  id: 'sql-injection.stacked-query',
  category: 'sql_injection',
  phase: 'content',
  priority: 60,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: "Stacked queries ('; DROP TABLE …--, 10; SHUTDOWN --): a second statement after an input value, marked by an unbalanced quote or a truncating comment; multi-statement scripts do not count.",
  params: Params,
  decomposes: BEST_HIT_DECOMPOSES,
  evaluate ({ input, params }) {
    const best = bestHitFor(input)
    for (const seg of input.segments) {
      if (!seg.text.includes(';')) continue
      scan(seg, params, best)
    }
    return best.signals()
  },
})
