import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { followedBy, matchesIn, precededBy } from '../../checks/scan.js'
import type { Segment, Signal } from '../../types.js'
import { brandOf, looksSynthetic, TEST_CARDS } from './card-brands.js'
import { distinctReal, evidenceFor, isReadRole, representative, type PiiFinding } from './findings.js'
import { luhnValid } from './luhn.js'

const DIGITS_G = /\d/g
const NON_DIGITS_G = /\D/g
const ONE_SEPARATOR_KIND = /^(?: +|-+)$/
const SEPARATOR = /[ -]/
const FOUR_DIGITS = /\d{4}/

// 13-19 digits, optionally separated by single spaces or dashes. Each repetition eats
// exactly one digit, so the match length is the only choice the engine can revisit.
// A comma before the number is a CSV field boundary ("Lee,4111…") unless a digit precedes
// it ("0,4111…" is a decimal or a thousands group); likewise after it ("…,10/28" is the next
// field, "…,500" a thousands group). After a plus sign it is an international phone number
// in E.164 form ("+4915112345678"), which passes the Luhn check one time in ten.
const CANDIDATE = /(?<![\w.\/+-]|\d,)\d(?:[ -]?\d){12,18}(?![\w\/]|[.-]\d|,\d{3}(?!\d))/g

const CARD_CONTEXT = /\b(?:card|credit|debit|visa|master ?card|amex|american express|discover|jcb|diners|unionpay|maestro|cc|ccn|pan|payment|cardholder|billing)\b/i
const SECURITY_CONTEXT = /\b(?:cvv2?|cvc2?|cid|csc|security code|exp(?:iry|ires|iration)?(?: date)?|valid (?:thru|through|until))\b|\b(?:0[1-9]|1[0-2])\s?\/\s?(?:\d{2}|20\d{2})\b/i
// The digits continue an IBAN ("DE44 5001 0517 5407 3249 31"): its country code and check
// digits, and maybe groups with letters, come right before them.
const IBAN_HEAD = /\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){0,3}[ -]?$/
const ID_CONTEXT = /\b(?:id|order|invoice|tracking|ref|reference|transaction|txn|uuid|timestamp|serial|account|sku|isbn|ticket|no|number|#)[\s:#.=-]{0,4}$/i

const Params = Type.Object({
  risk: Type.Number({ default: 85, minimum: 0, maximum: 100, description: 'Risk of one valid, non-test card number.' }),
  withSecurityDataRisk: Type.Number({ default: 95, minimum: 0, maximum: 100, description: 'Risk when an expiry date or security code accompanies the number.' }),
  idContextRisk: Type.Number({ default: 35, minimum: 0, maximum: 100, description: 'Risk of an unseparated number labelled as an order, invoice or other identifier and not as a card.' }),
  bulkThreshold: Type.Integer({ default: 3, minimum: 2, maximum: 1000, description: 'Distinct card numbers from which the finding counts as a bulk disclosure.' }),
  bulkRisk: Type.Number({ default: 95, minimum: 0, maximum: 100, description: 'Risk of a bulk disclosure of card numbers.' }),
}, { additionalProperties: false })

/** Separators must format the number the way cards are printed: 4-4-4-4(-3), 4-6-5, 4-6-4. */
function printedShape (raw: string): boolean {
  const seps = raw.replace(DIGITS_G, '')
  if (seps.length === 0) return true
  if (!ONE_SEPARATOR_KIND.test(seps)) return false
  const groups = raw.split(SEPARATOR).map(g => g.length)
  const key = groups.join(',')
  if (key === '4,6,5' || key === '4,6,4') return true
  const last = groups[groups.length - 1] ?? 0
  return groups.slice(0, -1).every(n => n === 4) && last >= 1 && last <= 4
}

interface CardFinding extends PiiFinding { readonly security: boolean, readonly idLike: boolean }

function scan (seg: Segment, out: CardFinding[]): void {
  for (const m of matchesIn(CANDIDATE, seg.text)) {
    const raw = m[0]
    const digits = raw.replace(NON_DIGITS_G, '')
    if (digits.length < 13 || digits.length > 19 || !printedShape(raw)) continue
    if (!luhnValid(digits) || brandOf(digits) === null) continue
    const start = m.index
    if (IBAN_HEAD.test(seg.text.slice(Math.max(0, start - 24), start))) continue
    const end = start + raw.length
    const placeholder = TEST_CARDS.has(digits) || looksSynthetic(digits)
    const card = precededBy(seg.text, start, 40, CARD_CONTEXT) || followedBy(seg.text, end, 20, CARD_CONTEXT)
    const security = precededBy(seg.text, start, 40, SECURITY_CONTEXT) || followedBy(seg.text, end, 60, SECURITY_CONTEXT)
    const idLike = !card && raw === digits && precededBy(seg.text, start, 24, ID_CONTEXT)
    const strength = security ? 1 : card ? 0.9 : idLike ? 0.2 : 0.8
    out.push({ seg, start, end, key: digits, placeholder, strength, security, idLike })
  }
}

export default definePolicy({
  id: 'pii.credit-card',
  category: 'pii',
  phase: 'content',
  priority: 60,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'Payment card numbers: Luhn-valid, a known scheme prefix and length, printed grouping; published test cards are ignored.',
  params: Params,
  evaluate ({ input, params }) {
    const found: CardFinding[] = []
    for (const seg of input.segments) {
      if (!FOUR_DIGITS.test(seg.text)) continue
      scan(seg, found)
    }
    const real = distinctReal(found)
    const pick = representative(real)
    if (pick === undefined) return []
    const n = real.length
    const bulk = n >= params.bulkThreshold
    const risk = bulk
      ? params.bulkRisk
      : pick.security ? params.withSecurityDataRisk : pick.idLike ? params.idContextRisk : params.risk
    const read = bulk || real.some(f => isReadRole(f.seg.role))
    const signal: Signal = {
      risk,
      reason: bulk
        ? `${n} distinct valid payment card numbers`
        : `valid payment card number${pick.security ? ' with expiry or security code' : ''}${pick.idLike ? ' (labelled as an identifier)' : ''}`,
      evidence: evidenceFor(pick),
      ...(read ? { actions: ['sensitive_read'] as const } : {}),
    }
    return [signal]
  },
})
