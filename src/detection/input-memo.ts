import { allSegmentsOf, type NormalizedInput, type Segment } from './types.js'

/**
 * `fn` computed once per request, however many policies ask for it: the value is kept
 * against the NormalizedInput object, which every request makes anew (nothing carries
 * from one request to the next, and a collected input takes its values with it), and
 * the other arguments, compared by identity (the session view, a window size). Callers
 * share the value, so it is read-only to them.
 */
export function perInput<A extends readonly unknown[], T> (fn: (input: NormalizedInput, ...args: A) => T): (input: NormalizedInput, ...args: A) => T {
  const kept = new KeptValues<NormalizedInput, A, T>()
  return (input, ...args) => kept.get(input, args, () => fn(input, ...args))
}

/**
 * `fn` of the whole request, computed once per request and arguments however many
 * policies ask, and whether they hold the whole input or one segment of it (a decomposed
 * policy evaluating a segment on its own): the value is kept against the request's array
 * of every segment (`allSegmentsOf`), which both share, and `fn` sees that array. For the
 * facts a segment's findings depend on, such as what the system prompt says.
 */
export function perRequest<A extends readonly unknown[], T> (fn: (segments: readonly Segment[], ...args: A) => T): (input: NormalizedInput, ...args: A) => T {
  const kept = new KeptValues<readonly Segment[], A, T>()
  return (input, ...args) => {
    const all = allSegmentsOf(input)
    return kept.get(all, args, () => fn(all, ...args))
  }
}

interface Entry<A, T> { readonly args: A, readonly value: T }

/**
 * Values by key (compared by identity) and arguments. The request being evaluated asks
 * again and again (a decomposed policy's context, once for each of its segments: ~200
 * calls a request for the SQL policies' shared one), so its entries are held at hand as
 * well as in the WeakMap: one comparison instead of a WeakMap lookup. That holds the
 * latest request's key until the next request replaces it, one request per memoized
 * function.
 */
class KeptValues<K extends object, A extends readonly unknown[], T> {
  private readonly byKey = new WeakMap<K, Entry<A, T>[]>()
  private lastKey: K | null = null
  private lastEntries: Entry<A, T>[] = []

  get (key: K, args: A, make: () => T): T {
    let entries = this.lastEntries
    if (key !== this.lastKey) {
      entries = this.byKey.get(key) ?? []
      if (entries.length === 0) this.byKey.set(key, entries)
      this.lastKey = key
      this.lastEntries = entries
    }
    for (const e of entries) if (sameArgs(e.args, args)) return e.value
    const value = make()
    entries.push({ args, value })
    return value
  }
}

function sameArgs (a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false
  return true
}
