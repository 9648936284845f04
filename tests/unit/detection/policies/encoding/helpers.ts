import { DEFAULT_LIMITS, normalize, type NormalizeLimits } from '../../../../../src/detection/normalize/index.js'
import type { ChatMessage, NormalizedInput } from '../../../../../src/detection/types.js'

/** Policy inputs are built with the real normalizer, as the engine builds them. */
export function input (messages: readonly ChatMessage[] | string, limits: Partial<NormalizeLimits> = {}): NormalizedInput {
  const list: readonly ChatMessage[] = typeof messages === 'string' ? [{ role: 'user', content: messages }] : messages
  return normalize(list, { ...DEFAULT_LIMITS, ...limits })
}

export function b64 (s: string): string {
  return Buffer.from(s, 'utf8').toString('base64')
}

export function hexOf (s: string): string {
  return Buffer.from(s, 'utf8').toString('hex')
}

export function tags (s: string): string {
  return [...s].map(c => String.fromCodePoint(0xe0000 + (c.codePointAt(0) as number))).join('')
}

export function selectors (s: string): string {
  return [...Buffer.from(s, 'utf8')].map(b => String.fromCodePoint(b < 16 ? 0xfe00 + b : 0xe0100 + b - 16)).join('')
}

export function rot13 (s: string): string {
  return s.replace(/[a-z]/gi, c => {
    const base = c <= 'Z' ? 65 : 97
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base)
  })
}
