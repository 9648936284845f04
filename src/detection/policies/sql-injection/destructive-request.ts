import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { evidenceOf } from '../../evidence.js'
import { matchesIn, prohibitedBefore } from '../../checks/scan.js'
import type { Segment, Signal } from '../../types.js'
import { sqlSinkOf, type SqlSink } from './sql-sink.js'
import { sqlView } from './sql-text.js'
import { sampleFactor } from '../prompt-injection/match/cues.js'

const WHERE = /\bwhere\b/
const SPACE = /\s/

// Destructive statements. DELETE and UPDATE count only without a WHERE clause in the
// same statement: "DELETE FROM sessions WHERE expired" is housekeeping.
const DESTRUCTIVE_SQL = /\bdrop\s{1,5}(?:table|database|schema|user|owned)\b|\btruncate\s{1,5}(?:table\s{1,5})?[\w."`[\]]{1,64}|\bdelete\s{1,5}from\s{1,5}[\w."`[\]]{1,64}\s{0,3}(?:;|$|--|#|\)|\n)|\bupdate\s{1,5}[\w."`[\]]{1,64}\s{1,5}set\s[^;\n]{1,160}?(?:;|$)|\bshutdown\s{0,3}(?:with\s{1,3}nowait)?\s{0,3}(?:;|--|$)|\bgrant\s{1,5}all\b|\bdisable\s{1,5}trigger\b|\bdrop\s{1,5}trigger\b|\bdelete\s{1,5}from\s{1,5}[\w."`[\]]{0,30}(?:audit|log|history)[\w."`[\]]{0,30}|\balter\s{1,5}(?:user|login|role)\s[^;\n]{0,60}\b(?:password|superuser|sysadmin)\b/gm
// A request that something be executed now, on a live system.
const EXECUTE = /\b(?:run|execute|exec|issue|perform|submit|apply|fire|do it|just do|ejecuta\w{0,3}|führe|esegui|exécute)\b/
// Languages that put the verb after its object, in the forms that ask for it: "DROP TABLE x;
// を実行してください", "…を実行し、", "DROP TABLE x 실행해", "çalıştır"; not "実行すると" (if you
// run it), "実行しないで" (don't), "실행하면" (if).
const EXECUTE_AFTER = /^[^\n]{0,80}?(?:実行(?:して(?!も)|し(?![なてたまよ])|せよ|しろ)|実施して|실행(?:해|하세요|하라|하십시오|시켜)|执行|執行|çalıştır(?!ma)|calistir(?!ma)|ausführen|ausfuhren)/
// Splicing the statement into the query the model writes: "append ; TRUNCATE TABLE orders".
const SPLICE = /\b(?:append|add|include|tack on|chain)\s{0,3}[;,]?\s{0,3}$/
const VERBATIM = /\b(?:run|execute)\s(?:(?:the|this|following|these|that|sql)\s){0,3}(?:query|queries|statement|statements|command|commands|sql)\b[^\n]{0,40}\b(?:exactly|verbatim|as[- ]is|without (?:checking|confirmation|review|asking|validation)|directly|immediately)\b/g
// Destruction described in words, aimed at data.
// Changing every row at once, above all credentials or roles: "set every user's password_hash to …".
const MASS_CHANGE = /\b(?:set|change|reset|update|make)\s(?:every|all|each)\s(?:\w+'s?\s|of the\s)?(?:users?|accounts?|customers?|rows?|records?|employees?|members?)\b/g
// The same destruction in other languages the corpus and users write.
const DESTRUCTIVE_WORDS_INTL = /\b(?:borra|elimina|vacía|supprime|efface|vide|lösche|leere|cancella|svuota|apaga)\b[^.\n]{0,60}?\b(?:tabla|filas|base de datos|registros|table|lignes|base de données|tabelle|zeilen|datenbank|tabella|righe|banco de dados)\b/g
const DESTRUCTIVE_WORDS = /\b(?:drop|delete|truncate|wipe|purge|erase|destroy|nuke|remove|clear)\s(?:(?:all|every|the|entire|whole|of|our|their|its|production|prod|live|existing|customer|user)\s){0,4}(?:records?|rows?|data|tables?|database|db|users?|customers?|accounts?|orders?|entries|transactions|payments)\b/g
const LIVE_TARGET = /\b(?:production|prod|live|main|the|our|your|company|customer)\s(?:database|db|server|cluster)\b|\b(?:using|with|through|via)\s(?:the\s|your\s)?(?:sql|db|database|query)\s(?:tool|function|plugin|connector|access)\b|\b(?:database|db|sql)\s(?:tool|function|plugin)\b/
// What a statement forbidden in its own sentence keeps of its risk.
const FORBIDDEN_FACTOR = 0.2
// Writing or asking about destructive SQL is development, not an order to run it.
const AUTHORING = /\b(?:how (?:do|can|should|would|to)|how's|what(?:'s| is| are)|why|explain|(?<!when you )(?:write|generate|create|draft)|show me (?:how|the syntax)|syntax|example|migration|tutorial|difference between|should i|is it safe|what happens)\b/
// Pressure to skip the usual check, and grants of power: what an abuse adds to a request.
const NO_CONFIRM = /\b(?:(?:don'?t|do not|without|no need to)\s(?:ask(?:ing)?(?: me)?(?: to)?\s)?confirm\w{0,5}|sin pedir confirmación|ohne (?:rück)?frage|just do it|quick(?:ly)? please|before (?:the|anyone)|no questions)\b/
const PRIVILEGE = /\b(?:admin|superuser|sysadmin|root|all privileges|dba|owner|grant option)\b/

const Params = Type.Object({
  executeRisk: Type.Number({ default: 78, minimum: 0, maximum: 100, description: 'Risk of a request to execute a destructive SQL statement (DROP, TRUNCATE, DELETE/UPDATE without WHERE, SHUTDOWN).' }),
  wordsRisk: Type.Number({ default: 66, minimum: 0, maximum: 100, description: 'Risk of an instruction in words to destroy data on a live database or through a database tool.' }),
  verbatimRisk: Type.Number({ default: 45, minimum: 0, maximum: 100, description: 'Risk of "run this query exactly / without checking" framing, whatever the query.' }),
  massRisk: Type.Number({ default: 62, minimum: 0, maximum: 100, description: 'Risk of an instruction in words to change every row at once ("set every user\'s password to …").' }),
  pressureBonus: Type.Number({ default: 8, minimum: 0, maximum: 30, description: 'Added for each of: the request waives confirmation, grants privileges (admin, all privileges), or goes to a SQL tool the system prompt provides.' }),
  readOnlyBonus: Type.Number({ default: 10, minimum: 0, maximum: 30, description: 'Added when the system prompt limits the database tool to reading, or to another database.' }),
  authoringFactor: Type.Number({ default: 0.3, minimum: 0, maximum: 1, description: 'Multiplier when the text asks how to write or what a statement does rather than asking for it to be run.' }),
}, { additionalProperties: false })

interface Hit { readonly seg: Segment, readonly start: number, readonly end: number, readonly risk: number, readonly reason: string }

type P = { readonly executeRisk: number, readonly wordsRisk: number, readonly verbatimRisk: number, readonly massRisk: number, readonly pressureBonus: number, readonly readOnlyBonus: number, readonly authoringFactor: number }

function scan (seg: Segment, p: P, sink: SqlSink, hits: Hit[]): void {
  const v = sqlView(seg)
  // With a SQL tool in the system prompt, a statement in a user turn is an order to run it.
  const ordered = sink.tool && seg.role === 'user'
  for (const m of matchesIn(VERBATIM, v, 8)) hits.push({ seg, start: m.index, end: m.index + m[0].length, risk: p.verbatimRisk, reason: 'request to run a query verbatim, without review' })
  for (const m of matchesIn(DESTRUCTIVE_SQL, v, 16)) {
    if (m[0].startsWith('update') && WHERE.test(m[0])) continue
    const before = v.slice(Math.max(0, m.index - 100), m.index)
    if (!ordered && !EXECUTE.test(before) && !SPLICE.test(before) && !EXECUTE_AFTER.test(v.slice(m.index + m[0].length, m.index + m[0].length + 120))) continue
    // "NEVER truncate the volume or run DROP/TRUNCATE on the events table": a prohibition in
    // the same sentence, as runbooks write them. "Don't hesitate to run …" still orders it.
    const forbidden = prohibitedBefore(before) ? FORBIDDEN_FACTOR : 1
    const factor = (AUTHORING.test(before) ? p.authoringFactor : 1) * forbidden
    // A statement inside a quoted sample ("a pentester typed: '… run DROP TABLE users'") is shown, not asked for.
    const shown = sampleFactor(seg, { start: m.index, end: m.index + m[0].length }, true)
    hits.push({ seg, start: m.index, end: m.index + m[0].length, risk: p.executeRisk * factor * shown, reason: `request to execute destructive SQL (${(m[0].split(SPACE)[0] ?? '').toUpperCase()})` })
  }
  for (const m of matchesIn(DESTRUCTIVE_WORDS, v, 16)) {
    const around = v.slice(Math.max(0, m.index - 80), m.index + m[0].length + 80)
    if (!LIVE_TARGET.test(around) && !ordered) continue
    const forbidden = prohibitedBefore(v.slice(Math.max(0, m.index - 80), m.index)) ? FORBIDDEN_FACTOR : 1
    const factor = (AUTHORING.test(v.slice(Math.max(0, m.index - 80), m.index + 1)) ? p.authoringFactor : 1) * forbidden
    const shown = sampleFactor(seg, { start: m.index, end: m.index + m[0].length }, true)
    hits.push({ seg, start: m.index, end: m.index + m[0].length, risk: p.wordsRisk * factor * shown, reason: 'instruction to destroy data on a live database' })
  }
  if (!ordered && !LIVE_TARGET.test(v)) return
  for (const re of [MASS_CHANGE, DESTRUCTIVE_WORDS_INTL]) {
    for (const m of matchesIn(re, v, 8)) {
      const factor = AUTHORING.test(v.slice(Math.max(0, m.index - 80), m.index + 1)) ? p.authoringFactor : 1
      hits.push({ seg, start: m.index, end: m.index + m[0].length, risk: (re === MASS_CHANGE ? p.massRisk : p.wordsRisk) * factor, reason: re === MASS_CHANGE ? 'instruction to change every row at once' : 'instruction to destroy data on a live database' })
    }
  }
}

/** Bonuses a request earns around its strongest hit: waived checks, privileges, a read-only tool. */
function pressure (seg: Segment, p: P, sink: SqlSink): number {
  const v = sqlView(seg)
  const toolAtHand = sink.tool && seg.role === 'user' ? p.pressureBonus : 0
  return toolAtHand + (NO_CONFIRM.test(v) ? p.pressureBonus : 0) + (PRIVILEGE.test(v) ? p.pressureBonus : 0) + (sink.readOnly ? p.readOnlyBonus : 0)
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
  // The sink's tool and read-only facts are the request's; the template plays no part here.
  decomposes: { limit: () => 1, requestContext: input => sinkContext(sqlSinkOf(input)) },
  evaluate ({ input, params }) {
    const hits: Hit[] = []
    const sink = sqlSinkOf(input)
    for (const seg of input.segments) {
      const l = seg.lower
      if (!(l.includes('drop') || l.includes('delete') || l.includes('truncate') || l.includes('update') || l.includes('shutdown') || l.includes('grant') || l.includes('alter') || l.includes('wipe') || l.includes('purge') || l.includes('erase') || l.includes('destroy') || l.includes('nuke') || l.includes('remove') || l.includes('clear') || l.includes('exactly') || l.includes('verbatim') || l.includes('without') || l.includes('set ') || l.includes('borra') || l.includes('elimina') || l.includes('lösche') || l.includes('supprime') || l.includes('cancella') || l.includes('trigger'))) continue
      scan(seg, params, sink, hits)
    }
    let best: Hit | undefined
    for (const h of hits) if (best === undefined || h.risk > best.risk) best = h
    if (best === undefined || best.risk <= 0) return []
    // Pressure raises a request to destroy; it does not turn authoring into one.
    const risk = best.risk >= Math.min(params.wordsRisk, params.massRisk) ? Math.min(100, best.risk + pressure(best.seg, params, sink)) : best.risk
    // Ranked as chosen, before the pressure: a decomposed evaluation keeps the same hit.
    const signal: Signal = { risk, reason: best.reason, evidence: evidenceOf(best.seg, best.start, best.end), rank: best.risk }
    return [signal]
  },
})

function sinkContext (sink: SqlSink): number {
  return (sink.tool ? 1 : 0) + (sink.readOnly ? 2 : 0)
}
