import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { matchesIn, precededBy } from '../../checks/scan.js'
import type { Segment, Signal } from '../../types.js'
import { contactCurveParams } from './contact-params.js'
import { bulkRisk, distinctReal, evidenceFor, readActions, representative, type PiiFinding } from './findings.js'

const LINE_BREAK = /[\n\r]/
const OPEN_PAREN_G = /\(/g
const CLOSE_PAREN_G = /\)/g
const DOUBLE_SEPARATOR = /[ .\u00a0-]{2}/
const NON_DIGITS_G = /\D/g
const DIGITS_G = /\d/g
const LEADING_COUNTRY = /^\+?\d{1,3}[ .-]?/
const PAREN_AREA = /\(\d{3}\)\s?/
const UNIFORM_SEPARATORS = /^(?:( )\1*|(-)\2*|(\.)\3*)$/
const STARTS_0_OR_1 = /^[01]/
const ONE_DIGIT_TEN_TIMES = /^(\d)\1{9}$/
const ONE_DIGIT_REPEATED = /^(\d)\1+$/
const ONLY_DOTS = /^\.+$/
const STARTS_LIKE_NUMBER = /^[+(]?\d/
const ENDS_IN_DIGIT = /\d$/
const TWO_DIGITS = /\d{2}/

// A candidate is a run of digits and phone separators, starting at a digit, '+' or '('
// and ending at a digit; the shape is judged in code. One character class under one
// bounded quantifier keeps the scan linear, where a grammar of digit groups with
// optional separators would backtrack over every way of splitting the digits.
const CANDIDATE = /(?<![\w+.\/:-])(?:\+|\(\s?)?\d[\d \u00a0().-]{5,38}\d(?![\w\/]|[.-]\d|:\d)/g

// Words that make a bare digit run (no separators) or a national number with a leading
// trunk zero read as a phone number.
const PHONE_CONTEXT = /\b(?:phone|tel|telephone|mobile|cell|cellphone|fax|call|calls|text|sms|whatsapp|contact|reach|ring|dial|number|no\.|num|ph|mob|handy|portable|telefon|téléphone)\b[\s:.#-]{0,6}(?:\w{1,12}[\s:.#-]{1,4}){0,3}$/i
// Words that make a digit run an identifier of something else.
const NOT_PHONE_CONTEXT = /\b(?:order|invoice|ref|reference|id|isbn|issn|ean|upc|sku|serial|tracking|account|acct|iban|version|ver|build|ticket|case|policy|patent|doi|zip|postcode|page|pages|pp|lot|batch|model|part|route|routing|transaction|txn|customer|member|employee|student)\b(?:[\s:#.-]{1,3}(?:number|no|num|nr|code|id|#))?[\s:#.-]{0,4}$/i

const MAX_GROUPS = 6
const DATE_LIKE = /^\d{4}[-. ]\d{1,2}[-. ]\d{1,2}$|^\d{1,2}[-. ]\d{1,2}[-. ]\d{2,4}$/

const Params = Type.Object({
  ...contactCurveParams(),
}, { additionalProperties: false })

interface Shape {
  readonly digits: string
  readonly groups: readonly number[]
  readonly plus: boolean
  readonly separators: string
}

function shapeOf (raw: string): Shape | null {
  if (LINE_BREAK.test(raw)) return null
  const plus = raw.startsWith('+')
  const open = (raw.match(OPEN_PAREN_G) ?? []).length
  const close = (raw.match(CLOSE_PAREN_G) ?? []).length
  if (open !== close || open > 1) return null
  const groups: number[] = []
  let seps = ''
  let run = 0
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') { run++; continue }
    if (run > 0) { groups.push(run); run = 0 }
    if (ch !== '+') seps += ch
  }
  if (run > 0) groups.push(run)
  // Two separators in a row ("1 - 2", "3..4") are not phone formatting; ") " is.
  if (DOUBLE_SEPARATOR.test(raw)) return null
  return { digits: raw.replace(NON_DIGITS_G, ''), groups, plus, separators: seps }
}

function sameSeparators (raw: string): boolean {
  const seps = raw.replace(LEADING_COUNTRY, '').replace(PAREN_AREA, '').replace(DIGITS_G, '')
  return seps.length === 0 || UNIFORM_SEPARATORS.test(seps)
}

const NANP_GROUPS = new Set(['3,3,4', '1,3,3,4', '10', '11'])

/** North American numbers: area and exchange codes start with 2-9. */
function nanp (s: Shape, raw: string, context: boolean): { ok: boolean, placeholder: boolean } {
  let d = s.digits
  if (d.length === 11 && d.startsWith('1')) d = d.slice(1)
  const key = s.groups.join(',')
  if (d.length !== 10 || !NANP_GROUPS.has(key)) return { ok: false, placeholder: false }
  if ((key === '10' || key === '11') && !context) return { ok: false, placeholder: false }
  if (s.separators.includes('.') && s.separators.includes('-')) return { ok: false, placeholder: false }
  if (!sameSeparators(raw)) return { ok: false, placeholder: false }
  const area = d.slice(0, 3)
  const exchange = d.slice(3, 6)
  const line = d.slice(6)
  // Area or exchange starting with 0/1 is not a dialable number: "(123) 456-7890" is the
  // canonical made-up example. 555-01xx is reserved for fiction; area code 555 is unassigned.
  if (STARTS_0_OR_1.test(area) || STARTS_0_OR_1.test(exchange)) return { ok: true, placeholder: true }
  if (area === '555' || (exchange === '555' && line.startsWith('01'))) return { ok: true, placeholder: true }
  if (ONE_DIGIT_TEN_TIMES.test(d)) return { ok: true, placeholder: true }
  return { ok: true, placeholder: false }
}

/** UK numbers reserved by Ofcom for drama: 07700 900xxx, 020 7946 0xxx, 0113 496 0xxx, … */
const UK_DRAMA = /^(?:447700900|07700900|442079460|0207946|44113496|0113496|44117496|0117496|44118496|0118496)/

function ukDrama (d: string): boolean {
  return UK_DRAMA.test(d)
}

function classify (raw: string, seg: Segment, start: number): { ok: boolean, placeholder: boolean } {
  const s = shapeOf(raw)
  if (s === null) return { ok: false, placeholder: false }
  if (precededBy(seg.text, start, 24, NOT_PHONE_CONTEXT)) return { ok: false, placeholder: false }
  // Dates and dotted quads (versions, IP addresses): "2024-01-15", "12.05.2023", "10.0.0.12".
  if (!s.plus && DATE_LIKE.test(raw)) return { ok: false, placeholder: false }
  const g = s.groups
  if (!s.plus && ONLY_DOTS.test(s.separators) && g.length === 4 && g.every(n => n <= 3)) return { ok: false, placeholder: false }
  const context = precededBy(seg.text, start, 40, PHONE_CONTEXT)
  if (s.plus) {
    if (s.digits.length < 8 || s.digits.length > 15 || s.digits.startsWith('0')) return { ok: false, placeholder: false }
    if (s.digits.startsWith('1')) return nanp(s, raw, true)
    return { ok: true, placeholder: ukDrama(s.digits) || ONE_DIGIT_REPEATED.test(s.digits.slice(2)) }
  }
  const na = nanp(s, raw, context)
  if (na.ok) return na
  // National format with a trunk zero ("020 7946 0958", "06 12 34 56 78"): only with a
  // phone word nearby, because grouped digit runs are everywhere in tables and IDs.
  if (context && s.digits.startsWith('0') && s.digits.length >= 9 && s.digits.length <= 12 && g.every(n => n >= 2 && n <= 5)) {
    return { ok: true, placeholder: ukDrama(s.digits) }
  }
  return { ok: false, placeholder: false }
}

function keyOf (raw: string): string {
  let key = raw.replace(NON_DIGITS_G, '')
  if (key.length === 11 && key.startsWith('1')) key = key.slice(1)
  return key
}

/**
 * A candidate run can hold several numbers separated by single spaces ("212 555 0188 646
 * 555 0199") or a number next to an unrelated figure. Split it into space-separated
 * parts and take, left to right, the longest run of parts that reads as a phone number.
 * Parts are few (the candidate is at most 40 characters), so the quadratic walk is cheap.
 */
function scan (seg: Segment, out: PiiFinding[]): void {
  for (const m of matchesIn(CANDIDATE, seg.text)) {
    const raw = m[0]
    const whole = classify(raw, seg, m.index)
    if (whole.ok) {
      out.push({ seg, start: m.index, end: m.index + raw.length, key: keyOf(raw), placeholder: whole.placeholder, strength: 1 })
      continue
    }
    const parts = raw.split(' ')
    if (parts.length < 2) continue
    const offsets: number[] = []
    let at = 0
    for (const p of parts) { offsets.push(at); at += p.length + 1 }
    let i = 0
    while (i < parts.length) {
      let matched = -1
      // A phone number has at most six printed groups, so longer runs of parts are skipped.
      for (let j = Math.min(parts.length - 1, i + MAX_GROUPS - 1); j >= i; j--) {
        const sub = parts.slice(i, j + 1).join(' ')
        const digits = sub.replace(NON_DIGITS_G, '').length
        if (digits < 7 || digits > 15) continue
        if (!STARTS_LIKE_NUMBER.test(sub) || !ENDS_IN_DIGIT.test(sub)) continue
        const start = m.index + (offsets[i] ?? 0)
        const c = classify(sub, seg, start)
        if (!c.ok) continue
        out.push({ seg, start, end: start + sub.length, key: keyOf(sub), placeholder: c.placeholder, strength: 1 })
        matched = j
        break
      }
      i = matched === -1 ? i + 1 : matched + 1
    }
  }
}

export default definePolicy({
  id: 'pii.phone',
  category: 'pii',
  phase: 'content',
  priority: 50,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'Phone numbers (E.164, North American and national formats, not dates, versions or order numbers): low risk for one or two, rising with the number of distinct numbers.',
  params: Params,
  evaluate ({ input, params }) {
    const found: PiiFinding[] = []
    for (const seg of input.segments) {
      if (!TWO_DIGITS.test(seg.text)) continue
      scan(seg, found)
    }
    const real = distinctReal(found)
    const pick = representative(real)
    if (pick === undefined) return []
    const n = real.length
    const bulk = n >= params.bulkThreshold
    const risk = bulkRisk(n, { single: params.singleRisk, bulkThreshold: params.bulkThreshold, bulkRisk: params.bulkRisk, saturation: params.saturation, maxRisk: params.maxRisk })
    const actions = readActions(real, bulk)
    const signal: Signal = {
      risk,
      reason: bulk ? `${n} distinct phone numbers: a bulk disclosure of contact details` : `${n} phone number${n === 1 ? '' : 's'}`,
      evidence: evidenceFor(pick),
      ...(actions === undefined ? {} : { actions }),
    }
    return [signal]
  },
})
