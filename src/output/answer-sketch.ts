import { ANSWER_HEAD_CHARS, ANSWER_TAIL_CHARS, answerFactsOf } from '../detection/policies/session/answer-facts.js'
import type { AnswerFact } from '../detection/types.js'

/**
 * The start and end of an answer's first choice, kept as it streams by, bounded: what the
 * session remembers about the model's side of the conversation is read from these (see
 * answer-facts.ts). A latest-only client never sends the answer back, so this is the only
 * time the gateway sees it.
 */
export class AnswerSketch {
  #head = ''
  #tail = ''
  #length = 0

  add (delta: string): void {
    this.#length += delta.length
    if (this.#head.length < ANSWER_HEAD_CHARS) this.#head += delta.slice(0, ANSWER_HEAD_CHARS - this.#head.length)
    const joined = this.#tail + delta
    this.#tail = joined.length > ANSWER_TAIL_CHARS ? joined.slice(-ANSWER_TAIL_CHARS) : joined
  }

  facts (): AnswerFact[] {
    return this.#head.length === 0 ? [] : answerFactsOf(this.#head, this.#tail, this.#length)
  }
}
