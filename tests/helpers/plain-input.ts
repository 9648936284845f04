import type { ChatMessage, NormalizedInput, Segment, SessionView } from '../../src/detection/types.js'
import { EMPTY_SESSION } from '../../src/detection/types.js'

/**
 * Builds a NormalizedInput of plain segments only (no normalization), so a policy can be
 * tested on exactly the text it is given. End-to-end tests use the real normalizer.
 */
export function plainInput (messages: readonly ChatMessage[]): NormalizedInput {
  const segments: Segment[] = messages.map((m, i) => ({
    messageIndex: i,
    role: m.role,
    layer: 'plain',
    encodings: [],
    text: m.content,
    lower: m.content.toLowerCase(),
    sourceStart: 0,
    sourceEnd: m.content.length,
  }))
  return { messages, segments, findings: [] }
}

export function userInput (text: string): NormalizedInput {
  return plainInput([{ role: 'user', content: text }])
}

export const NO_SESSION: SessionView = EMPTY_SESSION
