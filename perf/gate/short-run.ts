import { join } from 'node:path'
import { REPO_ROOT } from '../lib/cli-args.js'
import { runSuite, type Plan, type SuiteResult } from '../lib/suite.js'
import { buildTraffic, DEFAULT_TRAFFIC } from '../lib/traffic.js'
import type { BaselineFile } from './baseline-file.js'
import { calibrate } from './calibration.js'

// The short form shared by the gate and the baseline script, so both measure exactly the
// same thing: direct and the gateway (default workers), two interleaved rounds of 15 s
// at the fixed rate and 10 s at max throughput after a 5 s warm-up each. About 2 minutes
// of load plus start-up; the build before it takes the rest of the 3-minute budget.
// The fixed rate is the baseline's (perf:baseline --rate N): a p95 taken while the
// gateway is saturated measures queueing order, not overhead, and swings by several
// times between runs, so the rate must be one the gateway sustains.

export const SHORT_PLAN: BaselineFile['plan'] = { rate: 1000, rateS: 15, maxS: 10, warmupS: 5, rounds: 2 }

export async function shortRun (plan: BaselineFile['plan']): Promise<SuiteResult> {
  const full: Plan = {
    ...plan,
    sessions: 100,
    sessionPool: 5000,
    timeoutMs: 10_000,
    targets: [
      { name: 'direct (mock)', kind: 'direct' },
      { name: 'gateway', kind: 'gateway', workers: 'auto' },
    ],
  }
  const traffic = buildTraffic({ ...DEFAULT_TRAFFIC, corpusDir: join(REPO_ROOT, 'corpus') })
  return await runSuite(full, traffic, `gate${Date.now().toString(36)}`, () => calibrate(3))
}
