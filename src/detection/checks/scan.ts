/**
 * Upper bound on matches examined per regex per segment. A hostile message can hold
 * thousands of candidate values; past this many the policy has all the evidence it
 * needs and the rest would only cost time. The cost: a count-based risk (bulk PII)
 * saturates at this number, which is far above every bulk threshold.
 */
export const MAX_MATCHES_PER_SEGMENT = 512

/**
 * Iterates the matches of a module-level global regex. `matchAll` clones the regex, so
 * the shared instance's `lastIndex` is never touched and concurrent callers cannot
 * interfere with each other.
 */
export function * matchesIn (re: RegExp, text: string, limit: number = MAX_MATCHES_PER_SEGMENT): Generator<RegExpExecArray> {
  if (!re.global) throw new Error(`matchesIn needs a global regex: ${re.source.slice(0, 40)}`)
  let n = 0
  for (const m of text.matchAll(re)) {
    if (n++ >= limit) return
    yield m as RegExpExecArray
  }
}

/**
 * The text around [start, end), clipped to `before`/`after` characters and to the
 * enclosing paragraph: words from an unrelated paragraph must not complete a pattern.
 */
export function windowAround (text: string, start: number, end: number, before: number, after: number): { readonly text: string, readonly offset: number } {
  const from = Math.max(0, start - before)
  const to = Math.min(text.length, end + after)
  // Search only inside the window: lastIndexOf on the whole text would make each call
  // cost the length of the message.
  const head = text.slice(from, start)
  const tail = text.slice(end, to)
  const breakBefore = head.lastIndexOf('\n\n')
  const breakAfter = tail.indexOf('\n\n')
  const a = breakBefore === -1 ? from : from + breakBefore + 2
  const b = breakAfter === -1 ? to : end + breakAfter
  return { text: text.slice(a, b), offset: a }
}

/** True when `re` (non-global) matches within `radius` characters before `start`. */
export function precededBy (text: string, start: number, radius: number, re: RegExp): boolean {
  if (re.global || re.sticky) throw new Error('precededBy needs a non-global regex')
  return re.test(text.slice(Math.max(0, start - radius), start))
}

/** True when `re` (non-global) matches within `radius` characters after `end`. */
export function followedBy (text: string, end: number, radius: number, re: RegExp): boolean {
  if (re.global || re.sticky) throw new Error('followedBy needs a non-global regex')
  return re.test(text.slice(end, end + radius))
}
