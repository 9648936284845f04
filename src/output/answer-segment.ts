import type { Segment } from '../detection/types.js'

/** Answer text as detection's policies and allowlists read it: one plain segment of role `assistant`. */
export function answerSegment (text: string, lower: string = text.toLowerCase()): Segment {
  return { messageIndex: 0, role: 'assistant', layer: 'plain', encodings: [], text, lower, sourceStart: 0, sourceEnd: text.length }
}
