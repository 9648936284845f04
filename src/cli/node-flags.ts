// Node/V8 flags the gateway is meant to run with. They can only be given on the command
// line: NODE_OPTIONS refuses V8 flags, and setting them at run time with
// v8.setFlagsFromString after regular expressions have compiled crashed the process in
// our runs (see docs/performance.md, "Node flags").
//
// --no-regexp-tier-up: V8 first runs a regular expression in its bytecode interpreter and
// compiles it to native code once it is hot. The detection engine runs several hundred
// sticky expressions over one-byte and two-byte strings, and under the default tier-up a
// large share of them kept running interpreted; compiling every expression to native code
// on first use made detection 1.3–2× faster in our measurements.

/** V8 boolean flags the gateway turns off, by name. */
const DISABLED_V8_FLAGS: readonly string[] = ['regexp-tier-up']

/** The command-line form, for scripts and the Dockerfile to pass to `node`. */
export const GATEWAY_NODE_FLAGS: readonly string[] = DISABLED_V8_FLAGS.map(name => `--no-${name}`)

/**
 * The gateway's flags that are not in effect for a process started with `execArgv`.
 * V8 reads `_` as `-`, accepts `--noname` for `--no-name`, and lets the last mention win.
 */
export function missingNodeFlags (execArgv: readonly string[]): string[] {
  const off = new Map<string, boolean>()
  for (const arg of execArgv) {
    const flag = arg.replaceAll('_', '-')
    for (const name of DISABLED_V8_FLAGS) {
      if (flag === `--no-${name}` || flag === `--no${name}`) off.set(name, true)
      else if (flag === `--${name}`) off.set(name, false)
    }
  }
  return DISABLED_V8_FLAGS.filter(name => off.get(name) !== true).map(name => `--no-${name}`)
}
