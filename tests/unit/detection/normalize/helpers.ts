import { DEFAULT_LIMITS, normalize, type NormalizeLimits } from '../../../../src/detection/normalize/index.js'
import type { ChatMessage, NormalizedInput, Segment } from '../../../../src/detection/types.js'

export function users (...contents: string[]): ChatMessage[] {
  return contents.map(content => ({ role: 'user', content }))
}

export function run (messages: readonly ChatMessage[], limits: Partial<NormalizeLimits> = {}): NormalizedInput {
  return normalize(messages, { ...DEFAULT_LIMITS, ...limits })
}

export function one (content: string, limits: Partial<NormalizeLimits> = {}): NormalizedInput {
  return run(users(content), limits)
}

export function plainText (input: NormalizedInput, messageIndex = 0): string {
  const seg = input.segments.find(s => s.layer === 'plain' && s.messageIndex === messageIndex)
  if (seg === undefined) throw new Error(`no plain segment for message ${messageIndex}`)
  return seg.text
}

export function decoded (input: NormalizedInput): Segment[] {
  return input.segments.filter(s => s.layer === 'decoded')
}

/** Decoded segments as "chain: text" lines, the shape most assertions compare. */
export function chains (input: NormalizedInput): string[] {
  return decoded(input).map(s => `${s.encodings.join('>')}: ${s.text}`)
}

export function b64 (s: string): string {
  return Buffer.from(s, 'utf8').toString('base64')
}

export function hexOf (s: string): string {
  return Buffer.from(s, 'utf8').toString('hex')
}

/** Spells ASCII in invisible Unicode tag characters (U+E0000 + code). */
export function tags (s: string): string {
  return [...s].map(c => String.fromCodePoint(0xe0000 + (c.codePointAt(0) as number))).join('')
}

/** Hides bytes in variation selectors, one selector per byte. */
export function selectors (s: string): string {
  return [...Buffer.from(s, 'utf8')].map(b => String.fromCodePoint(b < 16 ? 0xfe00 + b : 0xe0100 + b - 16)).join('')
}

export function rot13 (s: string): string {
  return s.replace(/[a-z]/gi, c => {
    const base = c <= 'Z' ? 65 : 97
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base)
  })
}
