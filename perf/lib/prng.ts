// A seeded generator (mulberry32): the same seed builds the same traffic on every run
// and machine, so two runs differ only in what they measure, not in what they send.
export class Prng {
  #state: number

  constructor (seed: number) {
    this.#state = seed >>> 0
  }

  /** Uniform in [0, 1). */
  next (): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0
    let t = this.#state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** Integer in [min, max]. */
  int (min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  pick<T> (list: readonly T[]): T {
    if (list.length === 0) throw new RangeError('cannot pick from an empty list')
    return list[Math.floor(this.next() * list.length)] as T
  }
}
