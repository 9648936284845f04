import type { ActionKind, Decision, SessionAction, SessionView } from '../../../../../src/detection/types.js'

export interface TurnSpec {
  readonly kinds?: readonly ActionKind[]
  readonly decision?: Decision
  readonly score?: number
}

/**
 * A session whose recorded turns are `turns` in order (turn 1 first). `at` is a fixed
 * fake timestamp: session policies must ignore it and use turn ordinals.
 */
export function sessionOf (turns: readonly TurnSpec[]): SessionView {
  const recent: SessionAction[] = turns.map((t, i) => ({
    turn: i + 1,
    at: 1_700_000_000_000 + i,
    kinds: t.kinds ?? [],
    decision: t.decision ?? 'allow',
    score: t.score ?? 0,
    policies: [],
  }))
  return { totalActions: turns.length, recent, peakScore: Math.max(0, ...recent.map(r => r.score)) }
}

/** `n` uneventful turns. */
export function quiet (n: number): TurnSpec[] {
  return Array.from({ length: n }, () => ({}))
}
