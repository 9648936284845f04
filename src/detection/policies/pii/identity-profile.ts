import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { maskedEvidence } from '../../checks/masked-evidence.js'
import { isOperatorRole } from '../../checks/roles.js'
import type { Segment, Signal } from '../../types.js'

// The kinds of field that together identify a person. Each value-level policy (e-mail,
// phone, SSN, card) judges one value; this one judges the combination: a full profile,
// or rows of them, is what identity theft and data-broker abuse need. Every pattern is
// bounded and runs once per line.
interface Kind { readonly name: string, readonly re: RegExp, readonly high: boolean }

const KINDS: readonly Kind[] = [
  { name: 'date of birth', high: true, re: /\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on)?)\b/i },
  { name: 'social security number', high: true, re: /\b(?:ssn|social security(?: number)?|national insurance number|sozialversicherungsnummer)\b/i },
  { name: 'payment card', high: true, re: /\b(?:credit card|card (?:number|no)|cvv2?|cvc2?)\b/i },
  { name: 'passport or licence', high: true, re: /\b(?:passport|driver'?s licen[cs]e)(?: (?:no|number|#))?[\s:#]{0,3}[A-Z0-9]{6,12}\b/i },
  { name: 'date', high: false, re: /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b|\b(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\/(?:19|20)\d{2}\b/ },
  { name: 'street address', high: false, re: /\b\d{1,6}\s(?:[NSEW]\.?\s)?(?:[A-Z][a-z]{1,20}\s){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Dr|Drive|Ct|Court|Cir|Circle|Way|Pl|Place|Terrace|Hwy)\b/ },
  { name: 'phone', high: false, re: /(?<!\d)(?:\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\d)/ },
  { name: 'e-mail', high: false, re: /\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,24}\b/ },
  { name: 'labelled name', high: false, re: /\b(?:[Ff]ull [Nn]ame|[Nn]ame)\s?(?:is|:)\s?[A-Z][a-z]{1,20}\s[A-Z][a-z]{1,20}/ },
  { name: 'IP address', high: false, re: /\bip(?: address)?\b[^\n]{0,20}?\b\d{1,3}(?:\.\d{1,3}){3}\b/i },
]

const ADDRESS_OR_DATE = new Set(['street address', 'date', 'date of birth'])
const MAX_LINES = 2000
const MAX_LINE = 2000

const Params = Type.Object({
  profileRisk: Type.Number({ default: 85, minimum: 0, maximum: 100, description: 'Risk of one message holding a full identity profile: two or more high-sensitivity fields (date of birth, SSN, card, passport) among four or more kinds.' }),
  partialProfileRisk: Type.Number({ default: 78, minimum: 0, maximum: 100, description: 'Risk of one high-sensitivity field among five or more kinds of personal field.' }),
  bulkRecords: Type.Integer({ default: 3, minimum: 2, maximum: 1000, description: 'Lines that each read as a person record (three kinds, or two with an address or a date) from which the message is a bulk record dump.' }),
  bulkRisk: Type.Number({ default: 82, minimum: 0, maximum: 100, description: 'Risk of a bulk dump of person records.' }),
  bulkSensitiveRisk: Type.Number({ default: 90, minimum: 0, maximum: 100, description: 'Risk of a bulk dump whose records carry dates of birth or other high-sensitivity fields.' }),
}, { additionalProperties: false })

// A bare date is a date of birth only where the message labels one ("dob" header, "born").
const DOB_LABEL = KINDS[0]?.re ?? /$^/

function kindsIn (text: string, birthDates: boolean): Kind[] {
  return KINDS.filter(k => (birthDates || k.name !== 'date') && k.re.test(text))
}

type P = { readonly profileRisk: number, readonly partialProfileRisk: number, readonly bulkRecords: number, readonly bulkRisk: number, readonly bulkSensitiveRisk: number }

function judge (seg: Segment, p: P): Signal | undefined {
  const birthDates = DOB_LABEL.test(seg.text)
  const lines = seg.text.split('\n', MAX_LINES)
  let records = 0
  let sensitiveRecords = 0
  let firstRecord = -1
  let offset = 0
  for (const line of lines) {
    const l = line.slice(0, MAX_LINE)
    if (l.length >= 12) {
      const kinds = kindsIn(l, birthDates)
      const record = kinds.length >= 3 || (kinds.length === 2 && kinds.some(k => ADDRESS_OR_DATE.has(k.name)))
      if (record) {
        records++
        if (kinds.some(k => k.high || k.name === 'date')) sensitiveRecords++
        if (firstRecord === -1) firstRecord = offset
      }
    }
    offset += line.length + 1
  }
  if (records >= p.bulkRecords) {
    const sensitive = sensitiveRecords >= p.bulkRecords
    return {
      risk: sensitive ? p.bulkSensitiveRisk : p.bulkRisk,
      reason: `${records} person records (contact fields${sensitive ? ' with dates of birth or identifiers' : ''}) in one message`,
      evidence: maskedEvidence(seg, firstRecord, Math.min(seg.text.length, firstRecord + 60)),
      actions: ['sensitive_read'],
    }
  }
  const kinds = kindsIn(seg.text, birthDates)
  const high = kinds.filter(k => k.high).length
  const full = high >= 2 && kinds.length >= 4
  if (!full && !(high >= 1 && kinds.length >= 5)) return undefined
  return {
    risk: full ? p.profileRisk : p.partialProfileRisk,
    reason: `identity profile: ${kinds.map(k => k.name).join(', ')}`,
    evidence: maskedEvidence(seg, 0, Math.min(seg.text.length, 60)),
    actions: ['sensitive_read'],
  }
}

export default definePolicy({
  id: 'pii.identity-profile',
  category: 'pii',
  phase: 'content',
  priority: 55,
  weight: 1,
  stages: ['request'],
  failMode: 'closed',
  description: 'A full identity profile (date of birth, SSN, card or passport with contact fields) or rows of person records in one message; the value policies judge each value, this one the combination.',
  params: Params,
  decomposes: { limit: () => 1 },
  evaluate ({ input, params }) {
    let best: Signal | undefined
    for (const seg of input.segments) {
      // Operators' prompts describe one customer by design; replayed answers were judged when
      // they were produced (and fake demo data is a common ask); decoded views repeat the plain text.
      if (isOperatorRole(seg.role) || seg.role === 'assistant' || seg.layer !== 'plain' || seg.text.length < 40) continue
      const s = judge(seg, params)
      if (s !== undefined && (best === undefined || s.risk > best.risk)) best = s
    }
    return best === undefined ? [] : [best]
  },
})
