// A small seeded generator for drawing mixed traffic: the same seed must give the same
// plan on every machine and Node version, which Math.random cannot promise. Marsaglia's
// xorshift32: period 2^32-1, plenty for choosing among scenarios; not for cryptography.

export type Rng = () => number

/** Returns a function yielding floats in [0, 1). */
export function createRng (seed: number): Rng {
  // Spread the seed's bits so nearby seeds (1, 2, 3) start far apart; 0 is xorshift's
  // fixed point and must be avoided.
  let x = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) >>> 0
  x = (x ^ (x >>> 16)) >>> 0
  if (x === 0) x = 0x6d2b79f5
  return () => {
    x = (x ^ (x << 13)) >>> 0
    x = (x ^ (x >>> 17)) >>> 0
    x = (x ^ (x << 5)) >>> 0
    return x / 0x100000000
  }
}

/** An index in [0, n). */
export function pickIndex (rng: Rng, n: number): number {
  return Math.min(n - 1, Math.floor(rng() * n))
}
