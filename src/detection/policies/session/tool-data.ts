import { matchesIn } from '../../checks/scan.js'

/**
 * What a tool result brought into the conversation. An agent reads a file, a ticket, a
 * table or a vault entry through a tool; the result is the read, whatever words the user
 * used to ask for it ("open doc-8812", "read_ticket IR-2291"). Only the grade matters to
 * chain scoring: a later send of "that" carries what was read.
 */
export type ToolDataGrade = 'secret' | 'data'

const MIN_LENGTH = 24
const SCAN_CHARS = 4096

// Credential material: a credential name assigned a value, a key block, env-style config.
const CREDENTIAL = /\b(?:password|passwd|pwd|passphrase|pin|secret|api[_ -]?key|access[_ -]?key|key_id|token|private[_ -]?key|client[_ -]?secret|signing[_ -]?(?:key|salt)|salt|wifi)\b[^\n:=]{0,20}[:=]|-----BEGIN [A-Z ]{0,20}KEY-----|\.(?:key|pem|p12|pfx)\b/i
const ENV_LINE = /^[A-Z][A-Z0-9_]{2,40}=\S/gm
// Markings that the content is not for everyone.
const MARKED = /\b(?:confidential|internal(?: only)?|do not (?:distribute|disclose|share|forward)|proprietary|restricted|private|secret|unreleased|under nda|not (?:yet )?(?:public|disclosed|notified)|privileged|sensitive|vertraulich|intern|confidentiel|confidencial)\b/i
// Personal and business fields next to values.
const PERSONAL = /\b(?:salary|salaries|ssn|date of birth|dob|diagnos\w{0,4}|medication|medical|prescri\w{0,8}|therapy|surgery|address|phone|e-?mail|iban|account|acct|routing|balance|password_hash|revenue|margin|discount|arr|unit_cost|birthday|passport|license)\b|\b\d{1,4}\s?mg\b/i
// Business figures: amounts of money and percentages. Two or more make a report, not chat.
const FIGURE = /[$€£¥]\s?\d[\d,.]{0,12}\s?(?:[MKBmk]|million|billion|Mio|Mrd)?\b|\b\d[\d,.]{0,12}\s?(?:M|K|B|million|billion|Mio|Mrd)\b\s?[$€£]?|\b\d{1,3}(?:,\d{3}){1,4}\b|\b\d{1,3}(?:[.,]\d{1,2})?\s?%/g
const CSV_ROW = /^[^,\n]{1,80}(?:,[^,\n]{0,80}){2,}$/gm
const JSON_OBJECTS = /\}\s{0,4},\s{0,4}\{/g

function count (re: RegExp, text: string, cap: number): number {
  let n = 0
  for (const _ of matchesIn(re, text, cap)) n++
  return n
}

/** The grade of data a tool result carries, or null for status lines and small talk. */
export function toolDataGrade (text: string): ToolDataGrade | null {
  if (text.length < MIN_LENGTH) return null
  const t = text.length > SCAN_CHARS ? text.slice(0, SCAN_CHARS) : text
  if (CREDENTIAL.test(t) || count(ENV_LINE, t, 3) >= 3) return 'secret'
  if (MARKED.test(t)) return 'data'
  const records = count(CSV_ROW, t, 3) >= 3 || count(JSON_OBJECTS, t, 1) >= 1
  if (records) return 'data'
  if (PERSONAL.test(t) && /\d/.test(t)) return 'data'
  if (count(FIGURE, t, 2) >= 2) return 'data'
  return null
}
