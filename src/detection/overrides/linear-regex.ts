import { setFlagsFromString } from 'node:v8'

// Allowlist patterns come from operators, and one careless pattern such as (a+)+$ would
// let any client stall a shard with a crafted prompt: a backtracking engine takes
// exponential time on it. So operator patterns never run on the backtracking engine.
// V8 ships an automaton-based engine (the `l` flag) whose running time is linear in the
// input for every pattern it accepts; it refuses, at construction, whatever it cannot run
// that way (backreferences, lookaround, large counted repetitions, case-insensitive
// matching). Compiling with it is therefore the safety check: a pattern that compiles is
// linear, one that does not is rejected at config load with the engine's reason.
//
// The engine is behind a V8 flag. V8 flags are process-wide, so setting it here (main
// thread or worker, before the first pattern is compiled) covers every shard.
setFlagsFromString('--enable-experimental-regexp-engine')

const AVAILABLE = ((): boolean => {
  try {
    return new RegExp('a', 'l').flags.includes('l')
  } catch {
    return false
  }
})()

export type LinearRegex = { readonly ok: true, readonly re: RegExp } | { readonly ok: false, readonly problem: string }

/** Compiles `pattern` for the linear-time engine (global, case-sensitive) or says why it cannot be. */
export function compileLinear (pattern: string): LinearRegex {
  if (!AVAILABLE) return { ok: false, problem: 'this Node.js build has no linear-time regular expression engine, so patterns cannot be run safely; use exact entries' }
  let re: RegExp
  try {
    re = new RegExp(pattern, 'gl')
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err)
    return {
      ok: false,
      problem: why.includes('linear time')
        ? `cannot be run in linear time (backreferences, lookaround and counted repetitions above a small bound are refused, as they would let a crafted prompt stall the gateway): ${why}`
        : `not a valid regular expression: ${why}`,
    }
  }
  re.lastIndex = 0
  const empty = re.exec('')
  re.lastIndex = 0
  if (empty !== null) return { ok: false, problem: 'matches the empty string, so it would allow nothing useful; anchor it to text' }
  return { ok: true, re }
}
