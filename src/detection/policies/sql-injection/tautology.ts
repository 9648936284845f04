import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { matchesIn } from '../../checks/scan.js'
import type { Segment } from '../../types.js'
import { BestHit, BEST_HIT_DECOMPOSES, bestHitFor } from './sql-signal.js'
import { maySql, sqlView, unbalancedBefore } from './sql-text.js'

const NUMBER = /^-?\d+(?:\.\d+)?$/

// quote [)] OR operand op operand — "' OR '1'='1", "\" or \"\"=\"", "') or ('a'='a", "'||1=1".
// Operands are bounded literal/identifier runs; the comparison is judged in code.
const QUOTE_OR = /(['"`])\s{0,3}\)?\s{0,3}(?:or|\|\|)(?=[\s('"`0-9])\s{0,3}\(?\s{0,3}(['"]?)([\w.]{0,20})\2\s{0,3}(=|<>|!=|\blike\b)\s{0,3}(['"]?)([\w.]{0,20})\5?/g
// quote OR true / OR 1 followed by a comment or the end: "' or true--", "' or 1#".
const QUOTE_OR_TRUE = /(['"`])\s{0,3}\)?\s{0,3}(?:or|\|\|)\s{1,3}(?:true|not\s{1,3}false|1)\s{0,3}(?:--|#|\/\*|;|$)/gm
// A value, then OR n=n: "id=5 OR 1=1", "-1 or 2=2".
const NUMERIC_OR = /(?:=\s{0,3}-?\d{1,12}|\b\d{1,12})\s{0,3}\)?\s{1,3}or\s{1,3}\(?\s{0,3}(\d{1,6})\s{0,3}=\s{0,3}(\d{1,6})\b/g
const TRAILING_COMMENT = /^[^\n]{0,24}?(?:--|#|\/\*|;)/

const Params = Type.Object({
  payloadRisk: Type.Number({ default: 90, minimum: 0, maximum: 100, description: 'Risk of a quote that breaks out of a string followed by an always-true condition.' }),
  completeQueryRisk: Type.Number({ default: 65, minimum: 0, maximum: 100, description: 'Risk of an always-true OR inside otherwise balanced SQL (written, not injected, but a bypass all the same).' }),
  numericRisk: Type.Number({ default: 70, minimum: 0, maximum: 100, description: 'Risk of a numeric-context tautology ("5 OR 1=1").' }),
  commentBonus: Type.Number({ default: 8, minimum: 0, maximum: 30, description: 'Added when a comment or statement end follows, truncating the rest of the host query.' }),
}, { additionalProperties: false })

function literal (quote: string, v: string): boolean {
  return quote !== '' || NUMBER.test(v) || v === 'null'
}

/** Always-true comparison: equal literals (or a column with itself), or different literals compared with <>. */
export function alwaysTrue (q1: string, a: string, op: string, q2: string, b: string): boolean {
  if (op === '=' || op === 'like') return a === b && (literal(q1, a) || a.length > 0)
  return (op === '<>' || op === '!=') && literal(q1, a) && literal(q2, b) && a !== b
}

type P = { readonly payloadRisk: number, readonly completeQueryRisk: number, readonly numericRisk: number, readonly commentBonus: number }

function scan (seg: Segment, p: P, best: BestHit): void {
  const v = sqlView(seg)
  for (const m of matchesIn(QUOTE_OR, v)) {
    if (!alwaysTrue(m[2] ?? '', m[3] ?? '', m[4] ?? '', m[5] ?? '', m[6] ?? '')) continue
    const end = m.index + m[0].length
    const injected = unbalancedBefore(v, m.index, m[1] ?? "'")
    const comment = TRAILING_COMMENT.test(v.slice(end, end + 30))
    const risk = (injected ? p.payloadRisk : p.completeQueryRisk) + (comment ? p.commentBonus : 0)
    best.add({ seg, start: m.index, end, risk, reason: injected ? 'quote break-out followed by an always-true OR' : 'always-true OR condition in SQL' })
  }
  for (const m of matchesIn(QUOTE_OR_TRUE, v)) {
    const injected = unbalancedBefore(v, m.index, m[1] ?? "'")
    best.add({ seg, start: m.index, end: m.index + m[0].length, risk: (injected ? p.payloadRisk : p.completeQueryRisk) + p.commentBonus, reason: 'quote break-out followed by OR true and a comment' })
  }
  for (const m of matchesIn(NUMERIC_OR, v)) {
    if (m[1] !== m[2]) continue
    const end = m.index + m[0].length
    const comment = TRAILING_COMMENT.test(v.slice(end, end + 30))
    best.add({ seg, start: m.index, end, risk: p.numericRisk + (comment ? p.commentBonus : 0), reason: 'numeric-context always-true OR (n=n)' })
  }
}

export default definePolicy({
  id: 'sql-injection.tautology',
  category: 'sql_injection',
  phase: 'content',
  priority: 60,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: "Always-true conditions after a string break-out (' OR '1'='1, ' OR 1=1 --, \" or \"\"=\") or in numeric context; ordinary OR conditions do not count.",
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
