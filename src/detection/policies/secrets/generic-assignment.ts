import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { charClassCount, shannonEntropy } from '../../checks/entropy.js'
import { maskedEvidence } from '../../checks/masked-evidence.js'
import { matchesIn } from '../../checks/scan.js'
import type { Segment, Signal } from '../../types.js'
import { isPlaceholderSecret } from './placeholder.js'
import { hasVendorFormat } from './vendor-prefix.js'

const ALL_DIGITS = /^\d+$/
const CAMEL_BOUNDARY_G = /([a-z0-9])([A-Z])/g
const NON_WORD = /[^a-z0-9]+/
const GLUED_KEY = /^(?:api|access|secret|private|client|auth|signing)key$/

// key = value, key: value, key => value, "key": "value". The key must contain a credential
// word within its first 40 characters; matching starts only where an identifier starts,
// and the prefix is a lazy single-class run, so each identifier costs a bounded number of
// steps however long it is. Group 1 = key, groups 2-5 = the value (quoted forms first).
const ASSIGNMENT = /(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]{0,40}?(?:password|passwd|passphrase|pwd|secret|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|auth[_.-]?token|access[_.-]?token|refresh[_.-]?token|bearer[_.-]?token|client[_.-]?secret|token|credentials?)[A-Za-z0-9_.-]{0,30})["'\]]?\s{0,3}(?:=(?![=>~])|:=|=>|:(?![:\/]))\s{0,3}(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|`([^`\n]{1,200})`|([^\s"'`,;)}\]<>]{1,200}))/gi
const CLI_FLAG = /(?<![A-Za-z0-9-])--?(password|passwd|pass|token|api-key|apikey|secret|client-secret)[= ]["']?([^\s"']{6,200})/gi
const AUTH_HEADER = /\bauthorization["']?\s{0,3}[:=]\s{0,3}["']?(bearer|basic|token)\s+([A-Za-z0-9._~+\/=-]{12,2000})/gi

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'pass', 'pw'])
const TOKEN_WORDS = new Set(['secret', 'token', 'apikey', 'credential', 'credentials', 'pat'])
// "key" names a credential only after one of these: api_key, secretKey, SIGNING_KEY.
const KEY_QUALIFIERS = new Set(['api', 'access', 'secret', 'private', 'client', 'auth', 'signing', 'encryption', 'master', 'license', 'account', 'subscription', 'app', 'service', 'admin', 'sas', 'shared', 'storage', 'session', 'jwt', 'hmac', 'webhook'])
// Trailing words that do not change what the key holds: api_key_value, DB_PASSWORD_STR.
const NEUTRAL_SUFFIX = new Set(['value', 'val', 'str', 'string', 'raw', 'plain', 'plaintext', 'b64', 'base64'])
// References and code, not literal values.
const REFERENCE = /^(?:\$|%|&|\*|@|process\.env|os\.environ|os\.getenv|getenv|env[.(\[]|import\.meta|config[.(\[]|settings\.|self\.|this\.|params?[.(\[]|props\.|req(?:uest)?\.|args?\.|options?\.|opts\.|ctx\.|context\.|input\(|prompt\(|vault:|secret:|ENC\(|!|new |await |function|lambda|None$|null$|nil$)/i
const TYPE_WORDS = new Set(['string', 'str', 'int', 'integer', 'bool', 'boolean', 'number', 'bytes', 'object', 'any', 'unknown', 'none', 'null', 'nil', 'undefined', 'true', 'false', 'required', 'optional', 'secretstr', 'secret', 'text', 'varchar', 'hidden', 'masked', 'redacted', 'empty', 'default', 'password', 'token', 'apikey', 'api_key'])
// Passwords so common in examples and defaults that reporting them is noise. The cost: a
// real deployment using one of them is not reported here (it deserves a different alarm).
const WEAK_DEFAULTS = new Set(['password', 'password1', 'password123', '123456', '12345678', '123456789', 'admin', 'admin123', 'root', 'toor', 'letmein', 'qwerty', 'secret', 'secret123', 'pass', 'pass123', 'test', 'test123', 'testing', 'guest', 'default', 'welcome', 'changeit', 'changeme', 'postgres', 'mysql', 'hunter2', 'p@ssw0rd', 'passw0rd', 'abc123', 'foobar'])
// AWS secret keys are scored with their key id by secrets.cloud-credentials.
const OWNED_ELSEWHERE = /aws_?secret|secret_?access_?key/i
const CALL_OR_GENERIC = /^[A-Za-z_][\w.]*[[(]/
const IDENTIFIER = /^[A-Za-z_][A-Za-z_.]*(?:\(\))?$/
// File paths and URLs name where a secret lives, not the secret.
const PATH_OR_URL = /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)|:\/\/|\.(?:txt|json|pem|key|env|ya?ml|toml|ini|cfg|conf|crt|p12|pfx|jks)$/i

const Params = Type.Object({
  minEntropy: Type.Number({ default: 3.5, minimum: 0, maximum: 8, description: 'Shannon entropy (bits per character) from which a value of 16+ characters assigned to a key or token name reads as machine-issued.' }),
  randomRisk: Type.Number({ default: 88, minimum: 0, maximum: 100, description: 'Risk of a high-entropy value assigned to a key, token or secret name.' }),
  passwordRisk: Type.Number({ default: 72, minimum: 0, maximum: 100, description: 'Risk of a literal, non-placeholder password.' }),
  weakRisk: Type.Number({ default: 55, minimum: 0, maximum: 100, description: 'Risk of a shorter key or token value (10-15 characters) with moderate entropy.' }),
}, { additionalProperties: false })

interface Finding { readonly seg: Segment, readonly start: number, readonly end: number, readonly risk: number, readonly label: string }

function isLiteralSecret (value: string, quoted: boolean): boolean {
  if (value.length < 6 || REFERENCE.test(value) || PATH_OR_URL.test(value) || hasVendorFormat(value)) return false
  const lower = value.toLowerCase()
  if (TYPE_WORDS.has(lower) || WEAK_DEFAULTS.has(lower)) return false
  // An unquoted bare identifier is a variable (`password = user_password`); one followed by
  // a bracket is a call or a type (`getenv(...)`, `Optional[str]`).
  if (!quoted && (IDENTIFIER.test(value) || CALL_OR_GENERIC.test(value))) return false
  if (ALL_DIGITS.test(value) && value.length < 8) return false
  return !isPlaceholderSecret(value)
}

type KeyKind = 'password' | 'token' | null

/**
 * What a key name holds, decided by its head word: `DB_PASSWORD` and `clientSecret` hold
 * credentials, `max_tokens`, `tokenizer` and `secret_file` do not.
 */
export function keyKind (key: string): KeyKind {
  const words = key.replace(CAMEL_BOUNDARY_G, '$1 $2').toLowerCase().split(NON_WORD).filter(w => w.length > 0)
  while (words.length > 1 && NEUTRAL_SUFFIX.has(words[words.length - 1] ?? '')) words.pop()
  const last = words[words.length - 1] ?? ''
  const prev = words[words.length - 2] ?? ''
  if (PASSWORD_WORDS.has(last)) return 'password'
  if (TOKEN_WORDS.has(last)) return 'token'
  if (last === 'key' && KEY_QUALIFIERS.has(prev)) return 'token'
  if (GLUED_KEY.test(last)) return 'token'
  return null
}

function score (key: string, value: string, p: { minEntropy: number, randomRisk: number, passwordRisk: number, weakRisk: number }): number {
  const kind = keyKind(key)
  if (kind === null) return 0
  const h = shannonEntropy(value)
  const classes = charClassCount(value)
  if (value.length >= 16 && h >= p.minEntropy && classes >= 2) return p.randomRisk
  if (kind === 'password') return value.length >= 8 || classes >= 3 ? p.passwordRisk : p.weakRisk
  if (value.length >= 10 && h >= 3 && classes >= 2) return p.weakRisk
  return 0
}

function scan (seg: Segment, p: Parameters<typeof score>[2], out: Finding[]): void {
  for (const m of matchesIn(ASSIGNMENT, seg.text)) {
    const key = m[1] ?? ''
    if (OWNED_ELSEWHERE.test(key)) continue
    const quotedValue = m[2] ?? m[3] ?? m[4]
    const value = quotedValue ?? m[5] ?? ''
    if (!isLiteralSecret(value, quotedValue !== undefined)) continue
    const risk = score(key, value, p)
    if (risk === 0) continue
    const end = m.index + m[0].length - (quotedValue === undefined ? 0 : 1)
    out.push({ seg, start: end - value.length, end, risk, label: `secret assigned to "${key.slice(0, 40)}"` })
  }
  for (const m of matchesIn(CLI_FLAG, seg.text)) {
    const value = m[2] ?? ''
    if (!isLiteralSecret(value, true)) continue
    const risk = score(m[1] ?? '', value, p)
    const end = m.index + m[0].length
    if (risk > 0) out.push({ seg, start: end - value.length, end, risk, label: `secret passed as --${m[1] ?? ''}` })
  }
  for (const m of matchesIn(AUTH_HEADER, seg.text)) {
    const value = m[2] ?? ''
    if (isPlaceholderSecret(value) || hasVendorFormat(value)) continue
    const scheme = (m[1] ?? '').toLowerCase()
    const credential = scheme === 'basic' ? Buffer.from(value, 'base64').toString('utf8').includes(':') : shannonEntropy(value) >= p.minEntropy
    if (!credential) continue
    const end = m.index + m[0].length
    out.push({ seg, start: end - value.length, end, risk: p.randomRisk, label: `${scheme} credential in an Authorization header` })
  }
}

export default definePolicy({
  id: 'secrets.generic-assignment',
  category: 'secrets',
  phase: 'content',
  priority: 60,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'Literal secrets assigned to credential names (password=…, api_key: "…", --token …, Authorization headers), judged by entropy; references, type names and placeholders are ignored.',
  params: Params,
  decomposes: { limit: () => 1 },
  evaluate ({ input, params }) {
    const out: Finding[] = []
    for (const seg of input.segments) {
      const l = seg.lower
      if (!(l.includes('pass') || l.includes('pwd') || l.includes('secret') || l.includes('key') || l.includes('token') || l.includes('credential') || l.includes('authorization'))) continue
      scan(seg, params, out)
    }
    let best: Finding | undefined
    for (const f of out) if (best === undefined || f.risk > best.risk) best = f
    if (best === undefined) return []
    const signal: Signal = { risk: best.risk, reason: best.label, evidence: maskedEvidence(best.seg, best.start, best.end), actions: ['sensitive_read'] }
    return [signal]
  },
})
