import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { evidenceOf } from '../../evidence.js'
import { matchesIn } from '../../checks/scan.js'
import type { Segment, Signal } from '../../types.js'
import { sqlView } from './sql-text.js'

const WHERE = /\bwhere\b/
const SPACE = /\s/

// Destructive statements. DELETE and UPDATE count only without a WHERE clause in the
// same statement: "DELETE FROM sessions WHERE expired" is housekeeping.
const DESTRUCTIVE_SQL = /\bdrop\s{1,5}(?:table|database|schema|user|owned)\b|\btruncate\s{1,5}(?:table\s{1,5})?[\w."`[\]]{1,64}|\bdelete\s{1,5}from\s{1,5}[\w."`[\]]{1,64}\s{0,3}(?:;|$|--|#|\)|\n)|\bupdate\s{1,5}[\w."`[\]]{1,64}\s{1,5}set\s[^;\n]{1,160}?(?:;|$)|\bshutdown\s{0,3}(?:with\s{1,3}nowait)?\s{0,3}(?:;|--|$)|\bgrant\s{1,5}all\b|\balter\s{1,5}(?:user|login|role)\s[^;\n]{0,60}\b(?:password|superuser|sysadmin)\b/gm
// A request that something be executed now, on a live system.
const EXECUTE = /\b(?:run|execute|exec|issue|perform|submit|apply|fire)\b/
const VERBATIM = /\b(?:run|execute)\s(?:(?:the|this|following|these|that|sql)\s){0,3}(?:query|queries|statement|statements|command|commands|sql)\b[^\n]{0,40}\b(?:exactly|verbatim|as[- ]is|without (?:checking|confirmation|review|asking|validation)|directly|immediately)\b/g
// Destruction described in words, aimed at data.
const DESTRUCTIVE_WORDS = /\b(?:drop|delete|truncate|wipe|purge|erase|destroy|nuke|remove|clear)\s(?:(?:all|every|the|entire|whole|of|our|their|its|production|prod|live|existing|customer|user)\s){0,4}(?:records?|rows?|data|tables?|database|db|users?|customers?|accounts?|orders?|entries|transactions|payments)\b/g
const LIVE_TARGET = /\b(?:production|prod|live|main|the|our|your|company|customer)\s(?:database|db|server|cluster)\b|\b(?:using|with|through|via)\s(?:the\s|your\s)?(?:sql|db|database|query)\s(?:tool|function|plugin|connector|access)\b|\b(?:database|db|sql)\s(?:tool|function|plugin)\b/
// Writing or asking about destructive SQL is development, not an order to run it.
const AUTHORING = /\b(?:how (?:do|can|should|would|to)|how's|what(?:'s| is| are)|why|explain|write|generate|create|draft|show me (?:how|the syntax)|syntax|example|migration|tutorial|difference between|should i|is it safe|what happens)\b/

const Params = Type.Object({
  executeRisk: Type.Number({ default: 78, minimum: 0, maximum: 100, description: 'Risk of a request to execute a destructive SQL statement (DROP, TRUNCATE, DELETE/UPDATE without WHERE, SHUTDOWN).' }),
  wordsRisk: Type.Number({ default: 62, minimum: 0, maximum: 100, description: 'Risk of an instruction in words to destroy data on a live database or through a database tool.' }),
  verbatimRisk: Type.Number({ default: 45, minimum: 0, maximum: 100, description: 'Risk of "run this query exactly / without checking" framing, whatever the query.' }),
  authoringFactor: Type.Number({ default: 0.3, minimum: 0, maximum: 1, description: 'Multiplier when the text asks how to write or what a statement does rather than asking for it to be run.' }),
}, { additionalProperties: false })

interface Hit { readonly seg: Segment, readonly start: number, readonly end: number, readonly risk: number, readonly reason: string }

type P = { readonly executeRisk: number, readonly wordsRisk: number, readonly verbatimRisk: number, readonly authoringFactor: number }

function scan (seg: Segment, p: P, hits: Hit[]): void {
  const v = sqlView(seg)
  for (const m of matchesIn(VERBATIM, v, 8)) hits.push({ seg, start: m.index, end: m.index + m[0].length, risk: p.verbatimRisk, reason: 'request to run a query verbatim, without review' })
  for (const m of matchesIn(DESTRUCTIVE_SQL, v, 16)) {
    if (m[0].startsWith('update') && WHERE.test(m[0])) continue
    const before = v.slice(Math.max(0, m.index - 100), m.index)
    if (!EXECUTE.test(before)) continue
    const factor = AUTHORING.test(before) ? p.authoringFactor : 1
    hits.push({ seg, start: m.index, end: m.index + m[0].length, risk: p.executeRisk * factor, reason: `request to execute destructive SQL (${(m[0].split(SPACE)[0] ?? '').toUpperCase()})` })
  }
  for (const m of matchesIn(DESTRUCTIVE_WORDS, v, 16)) {
    const around = v.slice(Math.max(0, m.index - 80), m.index + m[0].length + 80)
    if (!LIVE_TARGET.test(around)) continue
    const factor = AUTHORING.test(v.slice(Math.max(0, m.index - 80), m.index + 1)) ? p.authoringFactor : 1
    hits.push({ seg, start: m.index, end: m.index + m[0].length, risk: p.wordsRisk * factor, reason: 'instruction to destroy data on a live database' })
  }
}

export default definePolicy({
  id: 'sql-injection.destructive-request',
  category: 'sql_injection',
  phase: 'content',
  priority: 50,
  weight: 1,
  stages: ['request'],
  failMode: 'closed',
  description: 'Requests to execute destructive SQL through a tool (DROP, TRUNCATE, DELETE/UPDATE without WHERE, "run this exactly"); writing or asking about such SQL is discounted.',
  params: Params,
  evaluate ({ input, params }) {
    const hits: Hit[] = []
    for (const seg of input.segments) {
      const l = seg.lower
      if (!(l.includes('drop') || l.includes('delete') || l.includes('truncate') || l.includes('update') || l.includes('shutdown') || l.includes('grant') || l.includes('alter') || l.includes('wipe') || l.includes('purge') || l.includes('erase') || l.includes('destroy') || l.includes('nuke') || l.includes('remove') || l.includes('clear') || l.includes('exactly') || l.includes('verbatim') || l.includes('without'))) continue
      scan(seg, params, hits)
    }
    let best: Hit | undefined
    for (const h of hits) if (best === undefined || h.risk > best.risk) best = h
    if (best === undefined || best.risk <= 0) return []
    const signal: Signal = { risk: best.risk, reason: best.reason, evidence: evidenceOf(best.seg, best.start, best.end) }
    return [signal]
  },
})
