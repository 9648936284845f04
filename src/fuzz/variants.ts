import { createRng, pickIndex, type Rng } from '../replay/prng.js'
import type { ReplayScenario, ReplayStep } from '../replay/types.js'
import type { Mutation } from './mutations.js'

/** One mutated attack: the scenario it came from, the mutation, and the rewritten scenario. */
export interface Variant {
  readonly id: string
  readonly base: ReplayScenario
  readonly mutation: Mutation
  readonly scenario: ReplayScenario
}

export interface VariantPlan {
  readonly variants: readonly Variant[]
  /** The distinct attack scenarios the variants came from (each is also replayed unmutated as a baseline). */
  readonly bases: readonly ReplayScenario[]
  /** Mutations that applied to no eligible scenario. */
  readonly inapplicable: readonly string[]
}

/** Attack scenarios made of steps: eval-set cases (one opaque request) have no payload step to mutate. */
export function eligible (scenarios: readonly ReplayScenario[]): ReplayScenario[] {
  return scenarios.filter(s => s.label === 'attack' && s.body.kind === 'steps' && s.body.steps.some(st => st.expectedDetection))
}

/**
 * Draws up to `count` variants, spread evenly over the mutations: each mutation walks its
 * own seeded shuffle of the eligible scenarios, and the mutations take turns. The same
 * corpus, mutations, seed and count always give the same variants, byte for byte (each
 * variant's randomness comes from its own rng, seeded from the run seed and its slot).
 */
export function planVariants (scenarios: readonly ReplayScenario[], mutations: readonly Mutation[], seed: number, count: number): VariantPlan {
  const pool = eligible(scenarios)
  const orders = mutations.map((_, i) => shuffled(pool.length, createRng(seed * 7919 + i)))
  const cursors = mutations.map(() => 0)
  const applied = new Set<string>()
  const variants: Variant[] = []
  let progressed = true
  while (variants.length < count && progressed) {
    progressed = false
    for (let m = 0; m < mutations.length && variants.length < count; m++) {
      const mutation = mutations[m]!
      const order = orders[m]!
      // Skip scenarios this mutation leaves unchanged; each turn yields at most one variant.
      while (cursors[m]! < order.length) {
        const base = pool[order[cursors[m]!]!]!
        const slot = cursors[m]!
        cursors[m] = slot + 1
        const steps = (base.body as { steps: readonly ReplayStep[] }).steps
        const rewritten = mutation.apply(steps, createRng(seed ^ hash(`${mutation.id}:${base.id}:${slot}`)))
        if (rewritten === null) continue
        applied.add(mutation.id)
        variants.push({
          id: `${base.id}~${mutation.id}`,
          base,
          mutation,
          scenario: { ...base, id: `${base.id}~${mutation.id}`, body: { kind: 'steps', steps: rewritten } },
        })
        progressed = true
        break
      }
    }
  }
  const seen = new Set<string>()
  const bases = variants.map(v => v.base).filter(b => !seen.has(b.id) && seen.add(b.id) !== undefined)
  return { variants, bases, inapplicable: mutations.filter(m => !applied.has(m.id)).map(m => m.id) }
}

function shuffled (n: number, rng: Rng): number[] {
  const a = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    const j = pickIndex(rng, i + 1)
    const tmp = a[i]!
    a[i] = a[j]!
    a[j] = tmp
  }
  return a
}

/** FNV-1a: a stable 32-bit seed from a string. */
function hash (s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0
  return h
}
