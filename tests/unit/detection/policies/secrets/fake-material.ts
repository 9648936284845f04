import { createHash } from 'node:crypto'

/**
 * Deterministic random-looking characters for test secrets, so no fixture looks like (or
 * is) a live credential and the same run always sees the same text.
 */
export function fakeChars (n: number, seed: string, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'): string {
  let out = ''
  let block = createHash('sha256').update(seed).digest()
  let i = 0
  while (out.length < n) {
    if (i === block.length) { block = createHash('sha256').update(block).digest(); i = 0 }
    out += alphabet[(block[i++] ?? 0) % alphabet.length]
  }
  return out
}

export function fakeBase64 (n: number, seed: string): string {
  return fakeChars(n, seed, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')
}

export function fakeHex (n: number, seed: string): string {
  return fakeChars(n, seed, '0123456789abcdef')
}

/** A PEM block with `lines` lines of 64 base64 characters. */
export function fakePem (label: string, lines: number, seed: string): string {
  const body = Array.from({ length: lines }, (_, i) => fakeBase64(64, `${seed}-${i}`)).join('\n')
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`
}

export function base64url (value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}
