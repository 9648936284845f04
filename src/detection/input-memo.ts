import type { NormalizedInput } from './types.js'

/**
 * `fn` computed once per request, however many policies ask for it: the value is kept
 * against the NormalizedInput object, which every request makes anew (nothing carries
 * from one request to the next, and a collected input takes its values with it), and
 * the other arguments, compared by identity (the session view, a window size). Callers
 * share the value, so it is read-only to them.
 */
export function perInput<A extends readonly unknown[], T> (fn: (input: NormalizedInput, ...args: A) => T): (input: NormalizedInput, ...args: A) => T {
  const kept = new WeakMap<NormalizedInput, { readonly args: A, readonly value: T }[]>()
  return (input, ...args) => {
    let entries = kept.get(input)
    if (entries === undefined) {
      entries = []
      kept.set(input, entries)
    }
    for (const e of entries) if (e.args.length === args.length && e.args.every((a, k) => a === args[k])) return e.value
    const value = fn(input, ...args)
    entries.push({ args, value })
    return value
  }
}
