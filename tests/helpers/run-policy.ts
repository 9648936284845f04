import Value from 'typebox/value'
import type { AnyPolicy } from '../../src/detection/define-policy.js'
import type { ActionKind, NormalizedInput, SessionView, Signal } from '../../src/detection/types.js'
import { EMPTY_SESSION } from '../../src/detection/types.js'

/** Runs one policy with its default params (or the given overrides), as the engine would. */
export function runPolicy (
  policy: AnyPolicy,
  input: NormalizedInput,
  opts: { session?: SessionView, params?: Record<string, unknown>, turnActions?: readonly ActionKind[] } = {},
): readonly Signal[] {
  const params = Value.Default(policy.params, structuredClone(opts.params ?? {}))
  return policy.evaluate({ input, session: opts.session ?? EMPTY_SESSION, params, turnActions: new Set(opts.turnActions ?? []) })
}

/** The strongest risk among the signals, 0 when none fired. */
export function maxRisk (signals: readonly Signal[]): number {
  return signals.reduce((m, s) => Math.max(m, s.risk), 0)
}
