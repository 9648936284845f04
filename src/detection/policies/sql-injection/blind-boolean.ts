import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { matchesIn } from '../../checks/scan.js'
import type { Segment } from '../../types.js'
import { BestHit, BEST_HIT_DECOMPOSES, bestHitFor } from './sql-signal.js'
import { EXECUTE, maySql, sqlView, unbalancedBefore } from './sql-text.js'

const NUMBER = /^-?\d+(?:\.\d+)?$/

// quote AND literal op literal — "' AND 1=2 --", "' and 'a'='b", "') AND (1=1".
const QUOTE_AND = /(['"`])\s{0,3}\)?\s{0,3}(?:and|&&)(?=[\s('"`])\s{0,3}\(?\s{0,3}(['"]?)(-?[\w.]{0,20})\2\s{0,3}(=|<>|!=|>|<)\s{0,3}(['"]?)(-?[\w.]{0,20})\5?/g
// id=5 AND 1=2: a value comparison, then a constant one.
const NUMERIC_AND = /=\s{0,3}-?\d{1,12}\s{0,3}\)?\s{1,3}and\s{1,3}\(?\s{0,3}(\d{1,6})\s{0,3}(=|<>|>|<)\s{0,3}(\d{1,6})\b/g
// Character-by-character extraction: ASCII(SUBSTRING((SELECT …),1,1)) > 64.
const EXTRACTION = /\b(?:ascii|ord|unicode)\s{0,3}\(\s{0,3}(?:substring|substr|mid|left|right)\s{0,3}\(|\b(?:substring|substr|mid)\s{0,3}\(\s{0,3}\(?\s{0,3}(?:select\b|@@version|version\s{0,2}\(\)|user\s{0,2}\(\)|database\s{0,2}\(\)|current_user|system_user|password\b)/g
// A subquery as a boolean: "' AND (SELECT COUNT(*) FROM users) > 0".
const QUOTE_SUBQUERY = /(['"`])\s{0,3}\)?\s{1,3}(?:and|or)\s{1,3}\(?\s{0,3}\(\s{0,3}select\s/g
// A VALUES list closed early and a row added from a subquery: "x'), ((SELECT …".
const VALUES_SUBQUERY = /(['"`])\s{0,3}\)\s{0,3},\s{0,3}\(\s{0,3}\(?\s{0,3}select\s/g
// A bare value, then a constant AND at the end of the input: "order 4410 AND 1=2".
const TRAILING_NUMERIC_AND = /\b\d{1,12}\s{1,3}and\s{1,3}(\d{1,6})\s{0,3}(=|<>|>|<)\s{0,3}(\d{1,6})\s{0,3}(?:--|#|;|$)/gm
// Constant conditionals, the blind probe's switch: CASE WHEN (1=1) THEN …, IF(1=2, …).
const CONSTANT_BRANCH = /\bcase\s{1,3}when\s{1,3}\(?\s{0,3}(\d{1,6})\s{0,3}(?:=|<>)\s{0,3}(\d{1,6})\s{0,3}\)?\s{1,3}then\b|\bi?if\s{0,3}\(\s{0,3}(\d{1,6})\s{0,3}=\s{0,3}(\d{1,6})\s{0,3},/g

const Params = Type.Object({
  breakoutRisk: Type.Number({ default: 82, minimum: 0, maximum: 100, description: 'Risk of a constant AND condition or boolean subquery right after a string break-out.' }),
  numericRisk: Type.Number({ default: 60, minimum: 0, maximum: 100, description: 'Risk of a constant AND condition after a numeric comparison ("id=5 AND 1=2").' }),
  extractionRisk: Type.Number({ default: 82, minimum: 0, maximum: 100, description: 'Risk of character extraction (ASCII(SUBSTRING(…)), SUBSTRING((SELECT …))).' }),
  oracleRisk: Type.Number({ default: 82, minimum: 0, maximum: 100, description: 'Risk of a conditional on a constant that the message asks to run (CASE WHEN 1=1 … "run this query exactly").' }),
  trailingRisk: Type.Number({ default: 70, minimum: 0, maximum: 100, description: 'Risk of a constant AND condition ending a bare value ("order 4410 AND 1=2").' }),
  branchRisk: Type.Number({ default: 55, minimum: 0, maximum: 100, description: 'Risk of a conditional on a constant (CASE WHEN 1=1, IF(1=2,…)).' }),
}, { additionalProperties: false })

function constant (q1: string, a: string, q2: string, b: string): boolean {
  const lit = (q: string, x: string): boolean => q !== '' || NUMBER.test(x)
  return lit(q1, a) && lit(q2, b)
}

type P = { readonly breakoutRisk: number, readonly numericRisk: number, readonly extractionRisk: number, readonly branchRisk: number, readonly trailingRisk: number, readonly oracleRisk: number }

function scan (seg: Segment, p: P, best: BestHit): void {
  const v = sqlView(seg)
  for (const m of matchesIn(QUOTE_AND, v, 64)) {
    if (!constant(m[2] ?? '', m[3] ?? '', m[5] ?? '', m[6] ?? '')) continue
    if (!unbalancedBefore(v, m.index, m[1] ?? "'")) continue
    best.add({ seg, start: m.index, end: m.index + m[0].length, risk: p.breakoutRisk, reason: 'constant AND condition after a string break-out (blind boolean probe)' })
  }
  for (const m of matchesIn(QUOTE_SUBQUERY, v, 32)) {
    if (!unbalancedBefore(v, m.index, m[1] ?? "'")) continue
    best.add({ seg, start: m.index, end: m.index + m[0].length, risk: p.breakoutRisk, reason: 'boolean subquery after a string break-out' })
  }
  for (const m of matchesIn(VALUES_SUBQUERY, v, 16)) {
    if (!unbalancedBefore(v, m.index, m[1] ?? "'")) continue
    best.add({ seg, start: m.index, end: m.index + m[0].length, risk: p.breakoutRisk, reason: 'VALUES list closed early and a row read from a subquery' })
  }
  for (const m of matchesIn(TRAILING_NUMERIC_AND, v, 16)) {
    best.add({ seg, start: m.index, end: m.index + m[0].length, risk: p.trailingRisk, reason: 'constant AND condition appended to a bare value (blind boolean probe)' })
  }
  for (const m of matchesIn(NUMERIC_AND, v, 64)) {
    best.add({ seg, start: m.index, end: m.index + m[0].length, risk: p.numericRisk, reason: 'constant AND condition after a numeric value (blind boolean probe)' })
  }
  for (const m of matchesIn(EXTRACTION, v, 32)) {
    best.add({ seg, start: m.index, end: m.index + m[0].length, risk: p.extractionRisk, reason: 'character-by-character data extraction' })
  }
  // Asked to run the probe and report back, the model becomes the blind-injection oracle.
  const oracle = EXECUTE.test(v)
  for (const m of matchesIn(CONSTANT_BRANCH, v, 32)) {
    best.add({ seg, start: m.index, end: m.index + m[0].length, risk: oracle ? p.oracleRisk : p.branchRisk, reason: oracle ? 'request to run a conditional on a constant (blind probe with the model as oracle)' : 'conditional on a constant (blind probe switch)' })
  }
}

export default definePolicy({
  id: 'sql-injection.blind-boolean',
  category: 'sql_injection',
  phase: 'content',
  priority: 55,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: "Blind boolean injection: constant AND conditions after a break-out (' AND 1=2), boolean subqueries, SUBSTRING-based extraction and constant conditionals.",
  params: Params,
  decomposes: BEST_HIT_DECOMPOSES,
  evaluate ({ input, params }) {
    const best = bestHitFor(input)
    for (const seg of input.segments) {
      if (!maySql(seg)) continue
      scan(seg, params, best)
    }
    return best.signals()
  },
})
