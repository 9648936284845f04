/**
 * Shannon entropy in bits per character. Random base62 tokens score about 5.2-5.9,
 * hex about 3.7-4, English words and identifiers 2.5-3.5, repeated characters 0.
 * Worked example: "aab" → -(2/3·log2(2/3) + 1/3·log2(1/3)) ≈ 0.918.
 */
export function shannonEntropy (s: string): number {
  if (s.length === 0) return 0
  const counts = new Map<number, number>()
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    counts.set(c, (counts.get(c) ?? 0) + 1)
  }
  let h = 0
  for (const n of counts.values()) {
    const p = n / s.length
    h -= p * Math.log2(p)
  }
  return h
}

/** How many of lower, upper, digit and other characters occur in `s` (0..4). */
export function charClassCount (s: string): number {
  let lower = 0
  let upper = 0
  let digit = 0
  let other = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 97 && c <= 122) lower = 1
    else if (c >= 65 && c <= 90) upper = 1
    else if (c >= 48 && c <= 57) digit = 1
    else other = 1
  }
  return lower + upper + digit + other
}

/** Length of the longest run of one repeated character: "abccccd" → 4. */
export function longestRepeat (s: string): number {
  let best = s.length === 0 ? 0 : 1
  let run = 1
  for (let i = 1; i < s.length; i++) {
    run = s.charCodeAt(i) === s.charCodeAt(i - 1) ? run + 1 : 1
    if (run > best) best = run
  }
  return best
}

/** Length of the longest ascending or descending run of consecutive code points: "x1234y" → 4. */
export function longestSequence (s: string): number {
  let best = s.length === 0 ? 0 : 1
  let up = 1
  let down = 1
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1)
    up = d === 1 ? up + 1 : 1
    down = d === -1 ? down + 1 : 1
    best = Math.max(best, up, down)
  }
  return best
}
