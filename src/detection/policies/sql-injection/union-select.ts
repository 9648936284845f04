import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { matchesIn, windowAround } from '../../checks/scan.js'
import type { Segment } from '../../types.js'
import { BestHit, BEST_HIT_DECOMPOSES, bestHitFor } from './sql-signal.js'
import { maySql, sqlView, unbalancedBefore } from './sql-text.js'

const UNION = /\bunion\s{0,10}\(?\s{0,10}(?:all\s{1,10}|distinct\s{1,10})?select\b/g
// What precedes an injected UNION: a quote break-out or a bare (often negative) number.
const QUOTE_BEFORE = /(['"`])\s{0,3}\)?\s{0,5}$/
const NUMBER_BEFORE = /(?:=|\bid\b|\s)\s{0,3}-?\d{1,12}\s{0,3}\)?\s{1,5}$/
// What follows one: NULL padding, column-count probes, fingerprinting, catalog reads,
// credential columns, string-building, or a comment that cuts the host query off.
const MARKERS = /\bnull\s{0,3},\s{0,3}null\b|select\s{1,5}\d{1,3}\s{0,3},\s{0,3}\d{1,3}\s{0,3},|@@version|\bversion\s{0,2}\(\)|\buser\s{0,2}\(\)|\bcurrent_user\b|\bdatabase\s{0,2}\(\)|\bschema\s{0,2}\(\)|@@datadir|@@hostname|\binformation_schema\b|\bsys\.(?:tables|objects|databases)\b|\bsysobjects\b|\bsqlite_master\b|\bpg_catalog\b|\bpg_shadow\b|\bmysql\.user\b|\ball_tables\b|\b(?:user_?name|user|login|email)s?\s{0,3},\s{0,3}(?:password|passwd|pass|pwd|hash|password_hash)\b|\bgroup_concat\s{0,3}\(|\bconcat(?:_ws)?\s{0,3}\(|\b0x[0-9a-f]{6,}\b|(?:--|#)[^\n]{0,3}$/m
// UNION SELECT named in prose rather than written as a query: a select list never opens
// with punctuation or an English function word ("used a UNION SELECT to pull table names
// from information_schema", "patterns like UNION SELECT, sleep("). Markers after a mention
// are the writer's description of the attack, not its payload.
const MENTION_AFTER = /^\s{0,3}(?:[,.;:!?)]|(?:to|is|was|were|with|the|a|an|in|on|for|and|that|which|then|attacks?|injections?|payloads?|statements?|query|queries|technique|clauses?|based)\b)/i
const ORDER_BY_PROBE = /(['"`])\s{0,3}\)?\s{1,5}order\s{1,5}by\s{1,5}\d{1,3}\s{0,3}(?:--|#|\/\*)/g
// The same probe in numeric context: "10021 ORDER BY 4--".
const NUMERIC_ORDER_BY_PROBE = /\b\d{1,12}\s{1,5}order\s{1,5}by\s{1,5}\d{1,3}\s{0,3}(?:--|#|\/\*)/g

const Params = Type.Object({
  breakoutRisk: Type.Number({ default: 88, minimum: 0, maximum: 100, description: 'Risk of UNION SELECT right after a string break-out.' }),
  markerRisk: Type.Number({ default: 75, minimum: 0, maximum: 100, description: 'Risk of UNION SELECT with injection markers (NULL padding, @@version, information_schema, credential columns, truncating comment).' }),
  numericRisk: Type.Number({ default: 60, minimum: 0, maximum: 100, description: 'Risk of UNION SELECT right after a bare number, without markers.' }),
  bothBonus: Type.Number({ default: 6, minimum: 0, maximum: 30, description: 'Added when a break-out (quote or number) and markers occur together.' }),
  numericOrderByRisk: Type.Number({ default: 72, minimum: 0, maximum: 100, description: 'Risk of a column-count probe in numeric context (5 ORDER BY 4--).' }),
  orderByRisk: Type.Number({ default: 78, minimum: 0, maximum: 100, description: "Risk of a column-count probe (' ORDER BY 5--)." }),
}, { additionalProperties: false })

type P = { readonly breakoutRisk: number, readonly markerRisk: number, readonly numericRisk: number, readonly bothBonus: number, readonly orderByRisk: number, readonly numericOrderByRisk: number }

function scan (seg: Segment, p: P, best: BestHit): void {
  const v = sqlView(seg)
  for (const m of matchesIn(UNION, v, 64)) {
    const before = v.slice(Math.max(0, m.index - 16), m.index)
    const q = QUOTE_BEFORE.exec(before)
    const quote = q !== null && unbalancedBefore(v, m.index - before.length + q.index, q[1] ?? "'")
    if (!quote && MENTION_AFTER.test(v.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue
    const number = !quote && NUMBER_BEFORE.test(before)
    const after = windowAround(v, m.index, m.index + m[0].length, 0, 200)
    const markers = MARKERS.test(after.text)
    let risk = 0
    if (quote) risk = p.breakoutRisk + (markers ? p.bothBonus : 0)
    else if (markers) risk = p.markerRisk + (number ? p.bothBonus : 0)
    else if (number) risk = p.numericRisk
    if (risk === 0) continue
    const end = Math.min(v.length, m.index + m[0].length + 40)
    best.add({ seg, start: m.index, end, risk, reason: quote ? 'UNION SELECT after a string break-out' : markers ? 'UNION SELECT with injection markers' : 'UNION SELECT after a bare number' })
  }
  for (const m of matchesIn(ORDER_BY_PROBE, v, 16)) {
    if (!unbalancedBefore(v, m.index, m[1] ?? "'")) continue
    best.add({ seg, start: m.index, end: m.index + m[0].length, risk: p.orderByRisk, reason: 'ORDER BY column-count probe after a string break-out' })
  }
  for (const m of matchesIn(NUMERIC_ORDER_BY_PROBE, v, 16)) {
    best.add({ seg, start: m.index, end: m.index + m[0].length, risk: p.numericOrderByRisk, reason: 'ORDER BY column-count probe after a number, cut off by a comment' })
  }
}

export default definePolicy({
  id: 'sql-injection.union-select',
  category: 'sql_injection',
  phase: 'content',
  priority: 60,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'UNION-based injection: UNION SELECT after a break-out or with injection markers, and ORDER BY column probes; UNION between ordinary queries does not count.',
  params: Params,
  decomposes: BEST_HIT_DECOMPOSES,
  evaluate ({ input, params }) {
    const best = bestHitFor(input)
    for (const seg of input.segments) {
      if (!seg.lower.includes('union') && !seg.lower.includes('order')) continue
      if (!maySql(seg)) continue
      scan(seg, params, best)
    }
    return best.signals()
  },
})
