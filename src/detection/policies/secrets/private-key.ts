import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { maskedEvidence } from '../../checks/masked-evidence.js'
import { matchesIn } from '../../checks/scan.js'
import type { Segment, Signal } from '../../types.js'
import { isPlaceholderSecret } from './placeholder.js'

const LINE_SPLIT = /\r?\n|\\n/
// A markdown quote marker opening a line ("> MIIEv…"): the key pasted as a quote.
const QUOTE_MARK = /^\s{0,3}>\s?/
const ARMOUR_HEADER = /^[A-Za-z-]{2,20}: /
const SPACE_G = /\s+/g
const BASE64_RUN = /^[A-Za-z0-9+\/=]+/
const ENCRYPTED_HEADER = /Proc-Type: 4,ENCRYPTED|DEK-Info:/i
const PUTTY_PLAIN = /Encryption: none/

// PEM armour of private keys (PKCS#1 RSA, SEC1 EC, DSA, PKCS#8, OpenSSH, PGP). Public
// keys and certificates have other labels and are not secrets. Read in any letter case and
// with the words joined by hyphens or underscores: "-----bEgIN priVATE KeY-----" and
// "-----BEGIN-PRIVATE-KEY-----" are the same key to whoever pastes it back.
const BEGIN = /-----BEGIN[ _-]((?:(?:RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP|ED25519|SSH2)[ _-])?PRIVATE[ _-]KEY(?:[ _-]BLOCK)?)-----/gi
const NAMES_KEY = /private[ _-]key/
const WORD_JOINER = /[_-]/g
const END = /-----END/i
const PUTTY = /PuTTY-User-Key-File-\d: [a-z0-9-]{3,30}\r?\n[\s\S]{0,400}?Private-Lines: \d{1,3}\r?\n/g
// How far to look for the body and the END line: a 4096-bit RSA key is ~3.3k characters.
const MAX_BLOCK = 8000
const MIN_BODY = 64

const Params = Type.Object({
  risk: Type.Number({ default: 95, minimum: 0, maximum: 100, description: 'Risk of an unencrypted private key.' }),
  encryptedRisk: Type.Number({ default: 65, minimum: 0, maximum: 100, description: 'Risk of a passphrase-encrypted private key: useless without the passphrase, which may be nearby.' }),
}, { additionalProperties: false })

interface KeyFinding { readonly seg: Segment, readonly start: number, readonly end: number, readonly label: string, readonly encrypted: boolean }

/** The key material between the armour lines, without quote markers, headers ("Proc-Type: …") and whitespace. */
function bodyOf (block: string): string {
  return block
    .split(LINE_SPLIT)
    .map(line => line.replace(QUOTE_MARK, ''))
    .filter(line => !ARMOUR_HEADER.test(line) && !line.startsWith('-----') && !line.startsWith('='))
    .join('')
    .replace(SPACE_G, '')
}

function scan (seg: Segment, out: KeyFinding[]): void {
  for (const m of matchesIn(BEGIN, seg.text, 32)) {
    const label = m[1]?.toUpperCase().replace(WORD_JOINER, ' ') ?? 'PRIVATE KEY'
    const from = m.index + m[0].length
    // Look for the END line only inside the block window, so a stray BEGIN costs a
    // bounded amount however long the message is.
    const ahead = seg.text.slice(from, from + MAX_BLOCK + 64)
    const rel = ahead.search(END)
    const block = rel === -1 ? ahead.slice(0, MAX_BLOCK) : ahead.slice(0, rel)
    const body = bodyOf(block)
    // A truncated key (no END line) still leaks material; the base64 run is what counts.
    const material = BASE64_RUN.exec(body)?.[0] ?? ''
    if (material.length < MIN_BODY || isPlaceholderSecret(material)) continue
    const encrypted = label.startsWith('ENCRYPTED') || ENCRYPTED_HEADER.test(block)
    const close = rel === -1 ? -1 : ahead.indexOf('-----', rel + 8)
    const end = from + (close === -1 ? block.length : close + 5)
    out.push({ seg, start: m.index, end, label, encrypted })
  }
  if (!seg.text.includes('PuTTY-User-Key-File')) return
  for (const m of matchesIn(PUTTY, seg.text, 8)) {
    const encrypted = !PUTTY_PLAIN.test(m[0])
    out.push({ seg, start: m.index, end: m.index + m[0].length, label: 'PuTTY private key', encrypted })
  }
}

export default definePolicy({
  id: 'secrets.private-key',
  category: 'secrets',
  phase: 'content',
  priority: 75,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'Private keys in PEM (RSA, EC, DSA, PKCS#8, OpenSSH, PGP) or PuTTY format with real key material; elided or placeholder bodies are ignored.',
  params: Params,
  decomposes: { limit: () => 1 },
  evaluate ({ input, params }) {
    const found: KeyFinding[] = []
    for (const seg of input.segments) {
      if (!(seg.lower.includes('private') && NAMES_KEY.test(seg.lower)) && !seg.text.includes('PuTTY-User-Key-File')) continue
      scan(seg, found)
    }
    const best = found.find(f => !f.encrypted) ?? found[0]
    if (best === undefined) return []
    const signal: Signal = {
      risk: best.encrypted ? params.encryptedRisk : params.risk,
      reason: `${best.label}${best.encrypted ? ' (encrypted)' : ''} with key material`,
      evidence: maskedEvidence(best.seg, best.start, best.end),
      actions: ['sensitive_read'],
      // The first unencrypted key wins whatever the two risks: a decomposed evaluation keeps it too.
      rank: best.encrypted ? 0 : 1,
    }
    return [signal]
  },
})
