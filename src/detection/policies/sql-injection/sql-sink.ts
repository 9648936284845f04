import { isOperatorRole } from '../../checks/roles.js'
import { perRequest } from '../../input-memo.js'
import type { NormalizedInput, Segment } from '../../types.js'

// The operator's own description of a query that user text is pasted into: "runs SELECT *
// FROM orders WHERE order_no = <order_no>", "builds WHERE clauses from the values",
// "LIKE '%{term}%'". With such a sink declared, SQL syntax in a user turn is aimed at it.
const TEMPLATE_SLOT = /\b(?:where|values|like|set|and|or|=)\b[^\n]{0,80}?(?:<[a-z_]{1,30}>|\{[a-z_]{1,30}\}|%s\b|\$\d\b|:[a-z_]{2,30}\b|'\?'|'<[a-z_]{1,30}>')/i
const BUILDS_SQL = /\b(?:builds?|constructs?|concatenates?|interpolates?)\s[^\n]{0,40}?\b(?:where clauses?|sql|quer(?:y|ies))\b[^\n]{0,40}?\bfrom (?:the )?(?:user'?s? )?(?:values|input|fields?|filters?)\b/i
// A tool that executes SQL the model writes: the model is the injection point.
const SQL_TOOL = /\b(?:run_sql|exec_sql|execute_sql|run_query|sql_query|query_db|db_query)\b|\bsql\s?\(|\bexecute (?:maintenance )?sql\b|\bexecute statements\b|\brun(?:s)? (?:sql|queries)\b|\bquery tool\b/i
// The operator limits what may run: a destructive statement breaks that rule outright.
const READ_ONLY = /\bread[- ]only\b|\bonly (?:select|read)\b|\bselect (?:queries|statements) only\b|\b(?:staging|test) (?:database|db) only\b|\bnever (?:write|modify|delete|drop)\b/i

export interface SqlSink {
  /** The operator declared a query template that user input is pasted into. */
  readonly template: boolean
  /** The operator gave the model a tool that executes SQL. */
  readonly tool: boolean
  /** The operator restricted that tool to reading. */
  readonly readOnly: boolean
}

const NONE: SqlSink = Object.freeze({ template: false, tool: false, readOnly: false })

/**
 * What the system and developer messages say about where SQL goes: a fact of the whole
 * request, also when `input` holds one segment of it, read once per request for every
 * SQL policy. One pass over operator text only.
 */
export const sqlSinkOf: (input: NormalizedInput) => SqlSink = perRequest(sinkIn)

function sinkIn (segments: readonly Segment[]): SqlSink {
  let template = false
  let tool = false
  let readOnly = false
  for (const seg of segments) {
    if (!isOperatorRole(seg.role) || seg.layer !== 'plain') continue
    const t = seg.text
    template ||= TEMPLATE_SLOT.test(t) || BUILDS_SQL.test(t)
    tool ||= SQL_TOOL.test(t)
    readOnly ||= READ_ONLY.test(t)
  }
  return template || tool || readOnly ? { template, tool, readOnly } : NONE
}
