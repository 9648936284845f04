/**
 * Weight of a step `ago` turns back: 1 within `full` turns, then falling linearly to 0 at
 * `horizon`. Turn ordinals, never clocks, so the same sequence always scores the same.
 * Worked example (full 3, horizon 10): ago 0..3 → 1, ago 5 → 0.71, ago 10 → 0.
 */
export function turnDecay (ago: number, full: number, horizon: number): number {
  if (ago <= full) return 1
  if (ago >= horizon || horizon <= full) return 0
  return 1 - (ago - full) / (horizon - full)
}
