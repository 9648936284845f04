import { allSegmentsOf, type NormalizedInput, type Segment } from './types.js'

/**
 * `fn` computed once per request, however many policies ask for it: the value is kept
 * against the NormalizedInput object, which every request makes anew (nothing carries
 * from one request to the next, and a collected input takes its values with it), and
 * the other arguments, compared by identity (the session view, a window size). Callers
 * share the value, so it is read-only to them.
 */
export function perInput<A extends readonly unknown[], T> (fn: (input: NormalizedInput, ...args: A) => T): (input: NormalizedInput, ...args: A) => T {
  const kept = new WeakMap<NormalizedInput, Entry<A, T>[]>()
  return (input, ...args) => keptValue(kept, input, args, () => fn(input, ...args))
}

/**
 * `fn` of the whole request, computed once per request and arguments however many
 * policies ask, and whether they hold the whole input or one segment of it (a decomposed
 * policy evaluating a segment on its own): the value is kept against the request's array
 * of every segment (`allSegmentsOf`), which both share, and `fn` sees that array. For the
 * facts a segment's findings depend on, such as what the system prompt says.
 */
export function perRequest<A extends readonly unknown[], T> (fn: (segments: readonly Segment[], ...args: A) => T): (input: NormalizedInput, ...args: A) => T {
  const kept = new WeakMap<readonly Segment[], Entry<A, T>[]>()
  return (input, ...args) => {
    const all = allSegmentsOf(input)
    return keptValue(kept, all, args, () => fn(all, ...args))
  }
}

interface Entry<A, T> { readonly args: A, readonly value: T }

function keptValue<K extends object, A extends readonly unknown[], T> (kept: WeakMap<K, Entry<A, T>[]>, key: K, args: A, make: () => T): T {
  let entries = kept.get(key)
  if (entries === undefined) {
    entries = []
    kept.set(key, entries)
  }
  for (const e of entries) if (e.args.length === args.length && e.args.every((a, k) => a === args[k])) return e.value
  const value = make()
  entries.push({ args, value })
  return value
}
