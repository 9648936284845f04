import { engineCases, normalizerCases, scopedEngineCases, scoringCases } from '../benches/detection.js'
import { outputCases } from '../benches/output.js'
import { codecCases, shardCases } from '../benches/session-and-routing.js'
import type { BenchCase } from './measure.js'
import type { ModuleRoot } from './module-root.js'

// The benchmarks of project code, run against a module root (this build, or a base
// commit's). Environment cases (the worker hop, the front) are not here: they measure the
// runtime, once, never against a base.

type Suite = (root: ModuleRoot) => Promise<BenchCase[]>
const SUITES: readonly [string, Suite][] = [
  ['normalize', normalizerCases],
  ['engine', engineCases],
  ['engine.scoped', scopedEngineCases],
  ['scoring', scoringCases],
  ['session-codec', codecCases],
  ['shard-key', shardCases],
  ['output', outputCases],
]

/** The cases of every suite the filter can select, and what could not load (a base that predates a module). */
export async function casesOf (root: ModuleRoot, filter: string): Promise<{ cases: BenchCase[], problems: string[] }> {
  const cases: BenchCase[] = []
  const problems: string[] = []
  for (const [name, suite] of SUITES) {
    if (filter !== '' && !filter.startsWith(name) && !name.startsWith(filter.split('/')[0] ?? '')) continue
    try {
      cases.push(...await suite(root))
    } catch (err) {
      // A base that predates a module (or changed its API) cannot run that suite.
      problems.push(`${root.label}: ${name} unavailable: ${(err as Error).message.split('\n')[0] ?? ''}`)
    }
  }
  return { cases: cases.filter(c => filter === '' || c.name.includes(filter)), problems }
}
