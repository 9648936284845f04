import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { matchesIn } from '../../checks/scan.js'
import type { Segment, Signal } from '../../types.js'
import { contactCurveParams } from './contact-params.js'
import { bulkRisk, distinctReal, evidenceFor, readActions, representative, type PiiFinding } from './findings.js'

// Local part, '@', dot-separated labels, alphabetic TLD. The lookbehind pins the start to
// the beginning of a run of local-part characters, so a long run without '@' is scanned
// once, not once per position.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,6}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g

// Written-out forms people (and scrapers' targets) use: "jane [at] corp [dot] com",
// "jane@corp(dot)com". Each separator is a bracketed word, so ordinary prose ("meet at
// noon") cannot match.
const OBFUSCATED = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}(?:@|\s{0,2}[[({<]\s{0,2}at\s{0,2}[\])}>]\s{0,2})(?:[A-Za-z0-9-]{1,63}(?:\.|\s{0,2}[[({<]\s{0,2}dot\s{0,2}[\])}>]\s{0,2})){1,5}[A-Za-z]{2,24}(?![A-Za-z0-9-])/gi
const OBFUSCATION_MARK = /[[({<]\s{0,2}(?:at|dot)\s{0,2}[\])}>]/i
const SEPARATOR_AT = /\s{0,2}[[({<]\s{0,2}at\s{0,2}[\])}>]\s{0,2}/i
const SEPARATOR_DOT = /\s{0,2}[[({<]\s{0,2}dot\s{0,2}[\])}>]\s{0,2}/gi

// File names with a density suffix ("icon@2x.png") and similar are not addresses.
const FILE_TLDS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'ico', 'js', 'mjs', 'ts', 'css', 'json', 'md', 'txt', 'py', 'html', 'xml', 'yml', 'yaml', 'pdf', 'zip'])
// Machine and role addresses (abuse@, support@, …) identify a function, not a person. The
// cost: a one-person company's info@ is a person's address and is not counted.
const SYSTEM_LOCAL = /^(?:no-?reply|do-?not-?reply|donotreply|mailer-daemon|postmaster|hostmaster|webmaster|git|abuse|abusecomplaints|admin|administrator|info|support|help|helpdesk|sales|contact|billing|security|privacy|legal|press|media|jobs|careers|hr|office|team|hello|service|services|registrar|domains|dns|noc|root|marketing|newsletter|feedback|enquiries|inquiries|orders|accounts|notifications?|alerts?)$/

const Params = Type.Object({
  ...contactCurveParams(),
  placeholderDomains: Type.Array(Type.String(), {
    default: ['example.com', 'example.org', 'example.net', 'example', 'test', 'invalid', 'localhost', 'domain.com', 'yourdomain.com', 'yourcompany.com', 'company.com', 'email.com', 'test.com'],
    description: 'Domains (matched as suffixes) whose addresses are documentation placeholders and carry no risk.',
  }),
}, { additionalProperties: false })

function canonical (raw: string): string {
  return raw.replace(SEPARATOR_AT, '@').replace(SEPARATOR_DOT, '.').toLowerCase()
}

function isPlaceholder (address: string, domains: readonly string[]): boolean {
  const at = address.lastIndexOf('@')
  const local = address.slice(0, at)
  const domain = address.slice(at + 1)
  if (SYSTEM_LOCAL.test(local)) return true
  return domains.some(d => domain === d || domain.endsWith('.' + d))
}

function scan (seg: Segment, domains: readonly string[], out: PiiFinding[]): void {
  if (seg.text.includes('@')) {
    for (const m of matchesIn(EMAIL, seg.text)) {
      const key = m[0].toLowerCase()
      const tld = key.slice(key.lastIndexOf('.') + 1)
      if (FILE_TLDS.has(tld)) continue
      out.push({ seg, start: m.index, end: m.index + m[0].length, key, placeholder: isPlaceholder(key, domains), strength: 1 })
    }
  }
  if (OBFUSCATION_MARK.test(seg.text)) {
    for (const m of matchesIn(OBFUSCATED, seg.text)) {
      if (!OBFUSCATION_MARK.test(m[0])) continue
      const key = canonical(m[0])
      if (!key.includes('@')) continue
      out.push({ seg, start: m.index, end: m.index + m[0].length, key, placeholder: isPlaceholder(key, domains), strength: 1 })
    }
  }
}

export default definePolicy({
  id: 'pii.email',
  category: 'pii',
  phase: 'content',
  priority: 50,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'E-mail addresses (plain and written-out forms): low risk for one or two, rising with the number of distinct addresses (a dump of contacts).',
  params: Params,
  evaluate ({ input, params }) {
    const found: PiiFinding[] = []
    for (const seg of input.segments) scan(seg, params.placeholderDomains, found)
    const real = distinctReal(found)
    const pick = representative(real)
    if (pick === undefined) return []
    const n = real.length
    const bulk = n >= params.bulkThreshold
    const risk = bulkRisk(n, { single: params.singleRisk, bulkThreshold: params.bulkThreshold, bulkRisk: params.bulkRisk, saturation: params.saturation, maxRisk: params.maxRisk })
    const actions = readActions(real, bulk)
    const signal: Signal = {
      risk,
      reason: bulk ? `${n} distinct e-mail addresses: a bulk disclosure of contact details` : `${n} e-mail address${n === 1 ? '' : 'es'}`,
      evidence: evidenceFor(pick),
      ...(actions === undefined ? {} : { actions }),
    }
    return [signal]
  },
})
