import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { matchesIn } from '../../checks/scan.js'
import type { Segment } from '../../types.js'
import { BEST_HIT_DECOMPOSES, bestHitFor, type BestHit } from './sql-signal.js'
import { maySql, sqlView, unbalancedBefore } from './sql-text.js'

// Error-based extraction: a function that raises an error whose message carries the
// result of a subquery (XPath errors, failed casts, duplicate keys, overflows). The
// functions have honest uses, so the tell is the subquery or fingerprint inside them.
const XPATH_ERROR = /\b(?:extractvalue|updatexml)\s{0,3}\(\s{0,3}[^,\n]{0,20}?,\s{0,3}(?:concat|\(\s{0,3}select|0x[0-9a-f]{2,8}|@@|version\s{0,2}\(|user\s{0,2}\(|database\s{0,2}\()/g
const CAST_ERROR = /\b(?:convert\s{0,3}\(\s{0,3}(?:int|integer|numeric)\s{0,3},|cast\s{0,3}\()\s{0,3}\(?\s{0,3}(?:select\b|@@version|db_name\s{0,2}\(|user_name\s{0,2}\(|system_user|current_user|version\s{0,2}\()/g
const DUPLICATE_KEY = /\bfloor\s{0,3}\(\s{0,3}rand\s{0,3}\(\s{0,3}0?\s{0,3}\)\s{0,3}\*\s{0,3}2\s{0,3}\)|\bexp\s{0,3}\(\s{0,3}~\s{0,3}\(\s{0,3}select\b|\bgtid_subset\s{0,3}\(|\bjson_keys\s{0,3}\(\s{0,3}\(\s{0,3}select\b|\bname_const\s{0,3}\(/g
// "' HAVING 1=1--", "' GROUP BY users.id HAVING 1=1--": the MSSQL column-name leak.
const HAVING_PROBE = /(['"`])\s{0,3}\)?\s{0,3}(?:group\s{1,3}by\s{1,3}[\w.,\s]{1,60}?\s)?having\s{1,3}(\d{1,4})\s{0,3}=\s{0,3}(\d{1,4})\s{0,3}(?:--|#|\/\*|;|$)/gm

const Params = Type.Object({
  functionRisk: Type.Number({ default: 85, minimum: 0, maximum: 100, description: 'Risk of an error-raising function wrapped around a subquery or fingerprint (EXTRACTVALUE, UPDATEXML, CONVERT(int, (SELECT …)), FLOOR(RAND(0)*2)).' }),
  havingRisk: Type.Number({ default: 85, minimum: 0, maximum: 100, description: "Risk of a HAVING 1=1 probe after a string break-out (' HAVING 1=1--)." }),
}, { additionalProperties: false })

type P = { readonly functionRisk: number, readonly havingRisk: number }

function scan (seg: Segment, p: P, best: BestHit): void {
  const v = sqlView(seg)
  for (const re of [XPATH_ERROR, CAST_ERROR, DUPLICATE_KEY]) {
    for (const m of matchesIn(re, v, 16)) {
      best.add({ seg, start: m.index, end: m.index + m[0].length, risk: p.functionRisk, reason: 'error-raising function wrapped around a subquery (error-based extraction)' })
    }
  }
  if (!v.includes('having')) return
  for (const m of matchesIn(HAVING_PROBE, v, 16)) {
    if (m[2] !== m[3] || !unbalancedBefore(v, m.index, m[1] ?? "'")) continue
    best.add({ seg, start: m.index, end: m.index + m[0].length, risk: p.havingRisk, reason: 'HAVING probe after a string break-out (column names leaked in errors)' })
  }
}

export default definePolicy({
  id: 'sql-injection.error-based',
  category: 'sql_injection',
  phase: 'content',
  priority: 58,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: "Error-based injection: EXTRACTVALUE/UPDATEXML, CONVERT/CAST of a subquery, FLOOR(RAND(0)*2) duplicate keys, EXP(~(SELECT …)), and ' HAVING 1=1-- probes.",
  params: Params,
  decomposes: BEST_HIT_DECOMPOSES,
  evaluate ({ input, params }) {
    const best = bestHitFor(input)
    for (const seg of input.segments) {
      const l = seg.lower
      if (!(l.includes('extractvalue') || l.includes('updatexml') || l.includes('convert') || l.includes('cast') || l.includes('rand') || l.includes('exp') || l.includes('gtid') || l.includes('json_keys') || l.includes('name_const') || l.includes('having'))) continue
      if (!maySql(seg) && !l.includes('having')) continue
      scan(seg, params, best)
    }
    return best.signals()
  },
})
