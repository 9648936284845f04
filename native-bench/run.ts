// `npm run bench [-- --base <git-ref>] [--filter text] [--samples N]`: one micro-benchmark
// per hot function, ns/op as median (p10–p90) over repeated samples. With --base, the
// same benchmark code also runs against that commit's src (built in a temporary folder),
// samples alternating base/branch so drift of the machine's load hits both alike, and a
// ratio branch/base is printed: < 1 is faster than base.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, num, str } from '../perf/lib/cli-args.js'
import { engineCases, normalizerCases, policyTimer, scopedEngineCases, scoringCases, type PolicyTimer } from './benches/detection.js'
import { frontCases } from './benches/front.js'
import { outputCases } from './benches/output.js'
import { codecCases, shardCases } from './benches/session-and-routing.js'
import { threadCases } from './benches/threads.js'
import { prepareBase, type BaseTree } from './lib/base-tree.js'
import { REPO_ROOT } from './lib/inputs.js'
import { calibrate, gc, sampleOnce, statsOf, type BenchCase, type Stats } from './lib/measure.js'
import { moduleRoot, type ModuleRoot } from './lib/module-root.js'
import { formatTable, type Row } from './lib/table.js'

const USAGE = `usage: npm run bench -- [--base <git-ref>] [--filter text] [--samples 11] [--min-sample-ms 30] [--front-seconds 3] [--no-front] [--policy-runs 60] [--json FILE]`
const v = parse({
  base: { type: 'string' },
  filter: { type: 'string' },
  samples: { type: 'string' },
  'min-sample-ms': { type: 'string' },
  'front-seconds': { type: 'string' },
  'no-front': { type: 'boolean' },
  'policy-runs': { type: 'string' },
  json: { type: 'string' },
}, USAGE)
const samples = num(v, 'samples', 11, 3, 101)
const policyRuns = num(v, 'policy-runs', 60, 5, 10_000)
const minSampleMs = num(v, 'min-sample-ms', 30, 1, 5000)
const frontSeconds = num(v, 'front-seconds', 3, 1, 30)
const filter = str(v, 'filter', '')
const baseRef = typeof v.base === 'string' ? v.base : null

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

async function casesOf (root: ModuleRoot): Promise<{ cases: BenchCase[], problems: string[] }> {
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

async function measure (c: BenchCase, base: BenchCase | undefined): Promise<{ branch: Stats, base: Stats | null }> {
  gc()
  const n = await calibrate(c, minSampleMs)
  const nb = base === undefined ? 0 : await calibrate(base, minSampleMs)
  const a: number[] = []
  const b: number[] = []
  for (let i = 0; i < samples; i++) {
    // Alternate which side goes first so neither always runs on a warmer cache.
    if (base !== undefined && i % 2 === 1) b.push(await sampleOnce(base, nb))
    a.push(await sampleOnce(c, n))
    if (base !== undefined && i % 2 === 0) b.push(await sampleOnce(base, nb))
  }
  return { branch: statsOf(a), base: base === undefined ? null : statsOf(b) }
}

const branchRoot = moduleRoot('branch', join(REPO_ROOT, 'build', 'src'))
let baseTree: BaseTree | null = null
let baseRoot: ModuleRoot | null = null
if (baseRef !== null) {
  process.stderr.write(`building ${baseRef} in a temporary folder…\n`)
  baseTree = prepareBase(baseRef, REPO_ROOT)
  if (baseTree.warnings !== '') process.stderr.write(`note: ${baseRef} does not type-check cleanly; using what tsc emitted:\n${baseTree.warnings.slice(0, 600)}\n`)
  baseRoot = moduleRoot(`base ${baseTree.commit.slice(0, 10)}`, baseTree.srcDir)
}

/** Per-policy rows from repeated engine runs (base and branch alternating). */
async function policyRows (): Promise<Row[]> {
  const timer = async (root: ModuleRoot | null): Promise<PolicyTimer | null> => {
    if (root === null) return null
    try {
      return await policyTimer(root)
    } catch (err) {
      process.stderr.write(`${root.label}: policy timings unavailable: ${(err as Error).message.split('\n')[0] ?? ''}\n`)
      return null
    }
  }
  const a = await timer(branchRoot)
  const b = await timer(baseRoot)
  if (a === null) return []
  for (let i = 0; i < 5; i++) { a.run(); b?.run() }
  const sa = new Map<string, number[]>()
  const sb = new Map<string, number[]>()
  const add = (into: Map<string, number[]>, m: Map<string, number>): void => { for (const [id, ns] of m) into.set(id, [...(into.get(id) ?? []), ns]) }
  for (let i = 0; i < policyRuns; i++) {
    if (i % 2 === 1 && b !== null) add(sb, b.run())
    add(sa, a.run())
    if (i % 2 === 0 && b !== null) add(sb, b.run())
  }
  return [...sa].filter(([id]) => filter === '' || `policy/${id}`.includes(filter)).map(([id, ns]) => {
    const other = sb.get(id)
    return { name: `policy/${id}`, note: a.note, branch: statsOf(ns), base: other === undefined ? null : statsOf(other), baseMissing: baseRoot !== null && other === undefined }
  })
}

const rows: Row[] = []
try {
  if (filter === '' || filter.startsWith('policy')) {
    for (const r of await policyRows()) {
      rows.push(r)
      process.stderr.write(`${r.name.padEnd(60)} ${(r.branch.median / 1000).toFixed(2).padStart(10)} µs/op${r.base === null ? '' : `  base ${(r.base.median / 1000).toFixed(2)} µs/op`}\n`)
    }
  }
  const branch = await casesOf(branchRoot)
  const base = baseRoot === null ? { cases: [], problems: [] } : await casesOf(baseRoot)
  const env = filter === '' || filter.startsWith('hop') ? await threadCases() : []
  const front = v['no-front'] === true || !(filter === '' || filter.startsWith('front')) ? [] : await frontCases(frontSeconds)
  for (const p of [...branch.problems, ...base.problems]) process.stderr.write(`${p}\n`)
  const baseByName = new Map(base.cases.map(c => [c.name, c]))
  const all = [...branch.cases, ...env.filter(c => filter === '' || c.name.includes(filter)), ...front]
  for (const c of all) {
    const other = c.environment === true ? undefined : baseByName.get(c.name)
    const r = await measure(c, other)
    rows.push({ name: c.name, note: c.note ?? '', branch: r.branch, base: r.base, baseMissing: baseRoot !== null && c.environment !== true && other === undefined })
    process.stderr.write(`${c.name.padEnd(60)} ${(r.branch.median / 1000).toFixed(2).padStart(10)} µs/op${r.base === null ? '' : `  base ${(r.base.median / 1000).toFixed(2)} µs/op  ratio ${(r.branch.median / r.base.median).toFixed(2)}`}\n`)
  }
  for (const c of [...all, ...base.cases]) await c.close?.()
} finally {
  baseTree?.cleanup()
}
const header = `native-bench: ${samples} samples of ≥ ${minSampleMs} ms per case (policy rows: ${policyRuns} engine runs), Node ${process.version}${baseTree === null ? '' : `; base = ${baseRef} (${baseTree.commit.slice(0, 10)}), ratio = branch / base`}`
process.stdout.write(`${header}\n\n${formatTable(rows, baseRoot !== null)}\n`)
if (typeof v.json === 'string') writeFileSync(v.json, `${JSON.stringify({ header, rows }, null, 2)}\n`)
process.exit(0)
