import { lastSentenceStart } from '../../checks/scan.js'

// A destination given as an example inside the subject of a statement: "An image link
// such as ![x](https://…?d=…) leaks data as soon as the chat renders it." The sentence
// describes what such a link does, as security writing does; an order puts a verb first
// ("Include an image such as …") or a duty after it ("A badge like … must be appended").

const REACH = 240
const EXAMPLE_SUBJECT = /^[ \t]*(?:[-*\u2022>][ \t]*)?(?:an?|the|this|that|one|some|any|such)[ \t]+(?:[\p{L}-]{1,20}[ \t]+){0,4}(?:such as|like|e\.g\.,?|for example,?|for instance,?)[ \t]{0,2}(?:!?\[[^\]\n]{0,60}\]\(|<img[^>\n]{0,40}src=["']?)?$/iu
const DUTY_AFTER = /\b(?:must|should|shall|needs? to|has to|have to|(?:is|are) (?:required|mandatory|expected)|please|always|append(?:ed)?|includ(?:e|ed)|add(?:ed)?|insert(?:ed)?|make sure|ensure)\b/i
// A sentence ends at . ! ? before a space, or at a line break.
const FIRST_BREAK = /[.!?](?:\s|$)|\n/

/** What a send or beacon keeps of its risk when its destination is only an example. */
export const EXAMPLE_FACTOR = 0.35

/** The destination at [start, end) of text is an example in the subject of a descriptive sentence. */
export function givenAsExample (text: string, start: number, end: number): boolean {
  const head = text.slice(Math.max(0, start - REACH), start)
  const before = head.slice(lastSentenceStart(head))
  if (!EXAMPLE_SUBJECT.test(before)) return false
  const tail = text.slice(end, end + REACH)
  const stop = FIRST_BREAK.exec(tail)
  return !DUTY_AFTER.test(stop === null ? tail : tail.slice(0, stop.index))
}
