import { pumpInput, pumpsFor, type Pump } from './adversarial.js'

/** How one regex's scan time grows with input size on its most expensive pump. */
export interface Growth {
  readonly pump: string
  /** Microseconds per scan at 1k, 10k and 100k characters (100k null when skipped as hopeless). */
  readonly micros: readonly [number, number, number | null]
  /** Time at 100k over time at 10k (or 10k over 1k when 100k was skipped): ~10 when linear, ~100 when quadratic. */
  readonly ratio: number
}

export const SIZES = [1_000, 10_000, 100_000] as const

/**
 * Scans `text` the way detection code uses the regex: a sticky regex makes one anchored
 * attempt (callers run it at each word start, so one attempt must cost the same on any
 * text), a global one is run to the last match, any other once (which tries every start
 * position itself).
 */
export function scan (re: RegExp, text: string): number {
  if (re.sticky) {
    re.lastIndex = 0
    return re.exec(text) === null ? 0 : 1
  }
  if (!re.global) return re.exec(text) === null ? 0 : 1
  // test() walks the matches without allocating match arrays, so the garbage collector
  // does not add its own growth to the regex's.
  let found = 0
  re.lastIndex = 0
  for (let prev = -1; re.test(text); prev = re.lastIndex) {
    found++
    if (re.lastIndex === prev) re.lastIndex++
  }
  return found
}

/**
 * Largest acceptable ratio of times between inputs ten times apart: a whole scan may grow
 * linearly (×10; 25 leaves room for a noisy machine), one sticky attempt not at all.
 */
export function maxRatioFor (flags: string): number {
  return flags.includes('y') ? 3 : 25
}

/**
 * Best-of-three CPU time per scan in microseconds, each trial long enough to be above
 * timer noise. CPU time, not wall time: on a busy machine a long scan is descheduled far
 * more often than a short one, which would pass for super-linear growth.
 */
function micros (re: RegExp, text: string, minTrialMs: number): number {
  // The first scan also flattens the concatenated string: keep that out of the timing.
  scan(re, text)
  let best = Infinity
  for (let trial = 0; trial < 3; trial++) {
    let runs = 0
    const t0 = process.cpuUsage()
    let elapsed = 0
    do {
      scan(re, text)
      runs++
      const d = process.cpuUsage(t0)
      elapsed = d.user + d.system
    } while (elapsed < minTrialMs * 1e3)
    best = Math.min(best, elapsed / runs)
  }
  return best
}

/** Projected 100k time above which the 100k run is skipped: the 1k→10k growth already convicts. */
const HOPELESS_MICROS = 3_000_000

/**
 * Finds the pumps that cost the most at 10k characters, then measures their growth from
 * 1k to 10k to 100k and returns the worst. Ratios, not absolute times, decide: they hold
 * on a slow or busy machine.
 */
export function measureGrowth (re: RegExp): Growth {
  // One sticky attempt is cheap and its growth plain to see: one pump and short trials do.
  const top = re.sticky ? 1 : 3
  const pumps = pumpsFor(re.source, re.flags)
  scan(re, pumpInput(pumps[0] ?? { label: '', prefix: '', unit: 'a', suffix: '' }, SIZES[0]))
  const ranked: { pump: Pump, t: number }[] = []
  for (const pump of pumps) {
    const text = pumpInput(pump, SIZES[1])
    const t0 = process.hrtime.bigint()
    scan(re, text)
    ranked.push({ pump, t: Number(process.hrtime.bigint() - t0) })
  }
  ranked.sort((a, b) => b.t - a.t)
  let worst: Growth | null = null
  for (const { pump } of ranked.slice(0, top)) {
    const g = growthOf(re, pump)
    if (worst === null || g.ratio > worst.ratio) worst = g
  }
  return worst ?? { pump: 'none', micros: [0, 0, 0], ratio: 0 }
}

const TRIAL_MS = 1
/** Below a microsecond a sticky attempt's time is timer noise, not growth. */
const FLOOR_MICROS = 1

export function growthOf (re: RegExp, pump: Pump): Growth {
  const trialMs = re.sticky ? 0.3 : TRIAL_MS
  const t1 = micros(re, pumpInput(pump, SIZES[0]), trialMs)
  const t10 = micros(re, pumpInput(pump, SIZES[1]), trialMs)
  const early = Math.max(t10, FLOOR_MICROS) / Math.max(t1, FLOOR_MICROS)
  if (t10 * early > HOPELESS_MICROS) return { pump: pump.label, micros: [t1, t10, null], ratio: early }
  const t100 = micros(re, pumpInput(pump, SIZES[2]), trialMs)
  return { pump: pump.label, micros: [t1, t10, t100], ratio: Math.max(t100, FLOOR_MICROS) / Math.max(t10, FLOOR_MICROS) }
}
