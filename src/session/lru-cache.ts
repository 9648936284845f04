/**
 * A bounded map with least-recently-used eviction by count and by approximate bytes,
 * and lazy expiry by TTL. Map iteration order is insertion order, so re-inserting on
 * access keeps the oldest entry first: get/set/evict are O(1).
 */
export class LruCache<V> {
  readonly #map = new Map<string, { value: V, expiresAt: number, bytes: number }>()
  readonly #maxEntries: number
  readonly #maxBytes: number
  readonly #sizeOf: (v: V) => number
  #bytes = 0
  #evictions = 0

  constructor (opts: { maxEntries: number, maxBytes: number, sizeOf: (v: V) => number }) {
    if (!(opts.maxEntries >= 1)) throw new RangeError('maxEntries must be >= 1')
    this.#maxEntries = opts.maxEntries
    this.#maxBytes = opts.maxBytes
    this.#sizeOf = opts.sizeOf
  }

  get size (): number { return this.#map.size }
  get bytes (): number { return this.#bytes }
  get evictions (): number { return this.#evictions }

  get (key: string, now: number): V | undefined {
    const e = this.#map.get(key)
    if (e === undefined) return undefined
    if (e.expiresAt <= now) {
      this.delete(key)
      return undefined
    }
    this.#map.delete(key)
    this.#map.set(key, e)
    return e.value
  }

  set (key: string, value: V, expiresAt: number): void {
    const prev = this.#map.get(key)
    if (prev !== undefined) {
      this.#bytes -= prev.bytes
      this.#map.delete(key)
    }
    const bytes = this.#sizeOf(value)
    this.#map.set(key, { value, expiresAt, bytes })
    this.#bytes += bytes
    while (this.#map.size > this.#maxEntries || (this.#bytes > this.#maxBytes && this.#map.size > 1)) {
      const oldest = this.#map.keys().next().value as string
      this.delete(oldest)
      this.#evictions++
    }
  }

  delete (key: string): boolean {
    const e = this.#map.get(key)
    if (e === undefined) return false
    this.#bytes -= e.bytes
    return this.#map.delete(key)
  }

  /** Drops expired entries from the old end; bounded work per call so it can run on a timer. */
  sweep (now: number, budget = 1000): number {
    let dropped = 0
    for (const [key, e] of this.#map) {
      if (budget-- <= 0) break
      if (e.expiresAt <= now) {
        this.delete(key)
        dropped++
      }
    }
    return dropped
  }
}
