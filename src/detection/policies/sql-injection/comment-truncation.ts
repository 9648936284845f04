import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { matchesIn } from '../../checks/scan.js'
import type { Segment } from '../../types.js'
import { BestHit, BEST_HIT_DECOMPOSES, bestHitFor } from './sql-signal.js'
import { sqlView, unbalancedBefore } from './sql-text.js'

// word' -- : a value, the quote that ends it early, then a comment that drops the rest
// of the host query ("admin'--", "admin' #", "x')/*"). The lookbehind refuses a word that
// itself follows a quote: 'admin'-- is a complete literal followed by a comment.
const WORD_QUOTE_COMMENT = /(?<![\w'"`])([a-z0-9_@.-]{1,40})(['"`])[ \t]{0,2}\)?[ \t]{0,2}(?:--(?=[\s+-]|$)|#(?![\w{[])|\/\*)/gm
// A bare quote then a comment, at the start of a value: "' --", "')#".
const BARE_QUOTE_COMMENT = /(?:^|[\s=:(,])(['"`])[ \t]{0,2}\)?[ \t]{0,2}(?:--(?=[\s+-]|$)|#(?![\w{[])|\/\*)/gm
// '#' starts markdown headings, hashtags and issue numbers in prose: after a quote it reads
// as a comment only at the end of the line ("admin' #", "' or 1=1#").
const HASH_TAIL = /^#[ \t]{0,3}\S{0,3}[ \t]*(?:\n|$)/
const ACCOUNT = /^(?:admin|administrator|root|sa|superuser|sysadmin|user|guest|test|system|dbo|postgres)$/

const Params = Type.Object({
  accountRisk: Type.Number({ default: 82, minimum: 0, maximum: 100, description: "Risk of a privileged account name cut off by a quote and a comment (admin'--): the login-bypass payload." }),
  valueRisk: Type.Number({ default: 68, minimum: 0, maximum: 100, description: 'Risk of any other value cut off by a quote and a comment.' }),
  bareRisk: Type.Number({ default: 55, minimum: 0, maximum: 100, description: "Risk of a bare quote followed by a comment (' --)." }),
}, { additionalProperties: false })

function hashAtLineEnd (v: string, m: RegExpExecArray): boolean {
  if (!m[0].endsWith('#')) return true
  const at = m.index + m[0].length - 1
  return HASH_TAIL.test(v.slice(at, at + 40))
}

function scan (seg: Segment, p: { readonly accountRisk: number, readonly valueRisk: number, readonly bareRisk: number }, best: BestHit): void {
  const v = sqlView(seg)
  for (const m of matchesIn(WORD_QUOTE_COMMENT, v, 64)) {
    const word = m[1] ?? ''
    const quoteAt = m.index + word.length
    if (!unbalancedBefore(v, quoteAt, m[2] ?? "'") || !hashAtLineEnd(v, m)) continue
    const account = ACCOUNT.test(word)
    best.add({ seg, start: m.index, end: m.index + m[0].length, risk: account ? p.accountRisk : p.valueRisk, reason: account ? `account name "${word}" cut off by a quote and a comment (login bypass)` : 'value cut off by a quote and a comment' })
  }
  for (const m of matchesIn(BARE_QUOTE_COMMENT, v, 64)) {
    const q = m[1] ?? "'"
    const quoteAt = m.index + m[0].indexOf(q)
    if (!unbalancedBefore(v, quoteAt, q) || !hashAtLineEnd(v, m)) continue
    best.add({ seg, start: quoteAt, end: m.index + m[0].length, risk: p.bareRisk, reason: 'quote break-out followed by a comment' })
  }
}

export default definePolicy({
  id: 'sql-injection.comment-truncation',
  category: 'sql_injection',
  phase: 'content',
  priority: 55,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: "A quote that ends a value early followed by a comment that drops the rest of the query (admin'--, ' #, ')/*); complete literals followed by comments do not count.",
  params: Params,
  decomposes: BEST_HIT_DECOMPOSES,
  evaluate ({ input, params }) {
    const best = bestHitFor(input)
    for (const seg of input.segments) {
      const l = seg.lower
      if (!(l.includes('--') || l.includes('#') || l.includes('/*'))) continue
      if (!(l.includes("'") || l.includes('"') || l.includes('`'))) continue
      scan(seg, params, best)
    }
    return best.signals()
  },
})
