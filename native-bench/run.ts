// `npm run bench [-- --base <git-ref>] [--filter text] [--samples N]`: one micro-benchmark
// per hot function, ns/op as median (p10–p90) over repeated samples. With --base, the
// same benchmark code also runs against that commit's src (built in a temporary folder),
// samples alternating base/branch so drift of the machine's load hits both alike, and a
// ratio branch/base is printed: < 1 is faster than base. Each build's cases run in a
// process of their own (side.ts): two builds in one process slowed each other.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, num, str } from '../perf/lib/cli-args.js'
import { frontCases } from './benches/front.js'
import { threadCases } from './benches/threads.js'
import { prepareBase, type BaseTree } from './lib/base-tree.js'
import { REPO_ROOT } from './lib/inputs.js'
import { calibrate, gc, sampleOnce, statsOf, type BenchCase, type Stats } from './lib/measure.js'
import { Side } from './lib/side-client.js'
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

/** Samples of an environment case, in this process (it is never compared with a base). */
async function measureHere (c: BenchCase): Promise<Stats> {
  gc()
  const n = await calibrate(c, minSampleMs)
  const a: number[] = []
  for (let i = 0; i < samples; i++) a.push(await sampleOnce(c, n))
  return statsOf(a)
}

/** Samples of one case on the branch side and, when it has it, the base side, alternating. */
async function measure (name: string, branch: Side, base: Side | null): Promise<{ branch: Stats, base: Stats | null }> {
  const n = (await branch.ask<{ id: number, n: number }>({ op: 'calibrate', name, minSampleMs })).n
  const nb = base === null ? 0 : (await base.ask<{ id: number, n: number }>({ op: 'calibrate', name, minSampleMs })).n
  const sample = async (side: Side, k: number): Promise<number> => (await side.ask<{ id: number, nsPerOp: number }>({ op: 'sample', name, n: k })).nsPerOp
  const a: number[] = []
  const b: number[] = []
  for (let i = 0; i < samples; i++) {
    // Alternate which side goes first so neither always runs right after the other's sample.
    if (base !== null && i % 2 === 1) b.push(await sample(base, nb))
    a.push(await sample(branch, n))
    if (base !== null && i % 2 === 0) b.push(await sample(base, nb))
  }
  return { branch: statsOf(a), base: base === null ? null : statsOf(b) }
}

let baseTree: BaseTree | null = null
if (baseRef !== null) {
  process.stderr.write(`building ${baseRef} in a temporary folder…\n`)
  baseTree = prepareBase(baseRef, REPO_ROOT)
  if (baseTree.warnings !== '') process.stderr.write(`note: ${baseRef} does not type-check cleanly; using what tsc emitted:\n${baseTree.warnings.slice(0, 600)}\n`)
}
const branchSide = new Side('branch', join(REPO_ROOT, 'build', 'src'), filter)
const baseSide = baseTree === null ? null : new Side(`base ${baseTree.commit.slice(0, 10)}`, baseTree.srcDir, filter)

type PolicyRun = { id: number, note: string, timings: readonly (readonly [string, number])[] }

/** Per-policy rows from repeated engine runs (base and branch alternating). */
async function policyRows (): Promise<Row[]> {
  const run = async (side: Side | null): Promise<PolicyRun | null> => {
    if (side === null) return null
    try {
      return await side.ask<PolicyRun>({ op: 'policy-run' })
    } catch (err) {
      process.stderr.write(`${side.label}: policy timings unavailable: ${(err as Error).message}\n`)
      return null
    }
  }
  const first = await run(branchSide)
  if (first === null) return []
  let withBase = (await run(baseSide)) !== null
  for (let i = 0; i < 4; i++) { await run(branchSide); if (withBase) withBase = (await run(baseSide)) !== null }
  const sa = new Map<string, number[]>()
  const sb = new Map<string, number[]>()
  const add = (into: Map<string, number[]>, r: PolicyRun | null): void => { for (const [id, ns] of r?.timings ?? []) into.set(id, [...(into.get(id) ?? []), ns]) }
  for (let i = 0; i < policyRuns; i++) {
    if (i % 2 === 1 && withBase) add(sb, await run(baseSide))
    add(sa, await run(branchSide))
    if (i % 2 === 0 && withBase) add(sb, await run(baseSide))
  }
  return [...sa].filter(([id]) => filter === '' || `policy/${id}`.includes(filter)).map(([id, ns]) => {
    const other = sb.get(id)
    return { name: `policy/${id}`, note: first.note, branch: statsOf(ns), base: other === undefined ? null : statsOf(other), baseMissing: baseSide !== null && other === undefined }
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
  type Listing = { id: number, cases: readonly { name: string, note: string }[], problems: readonly string[] }
  const branch = await branchSide.ask<Listing>({ op: 'list' })
  const base = baseSide === null ? { cases: [], problems: [] } : await baseSide.ask<Listing>({ op: 'list' })
  for (const p of [...branch.problems, ...base.problems]) process.stderr.write(`${p}\n`)
  const inBase = new Set(base.cases.map(c => c.name))
  const print = (r: Row): void => {
    rows.push(r)
    process.stderr.write(`${r.name.padEnd(60)} ${(r.branch.median / 1000).toFixed(2).padStart(10)} µs/op${r.base === null ? '' : `  base ${(r.base.median / 1000).toFixed(2)} µs/op  ratio ${(r.branch.median / r.base.median).toFixed(2)}`}\n`)
  }
  for (const c of branch.cases) {
    const r = await measure(c.name, branchSide, inBase.has(c.name) ? baseSide : null)
    print({ name: c.name, note: c.note, branch: r.branch, base: r.base, baseMissing: baseSide !== null && !inBase.has(c.name) })
  }
  const env = filter === '' || filter.startsWith('hop') ? await threadCases() : []
  const front = v['no-front'] === true || !(filter === '' || filter.startsWith('front')) ? [] : await frontCases(frontSeconds)
  for (const c of [...env.filter(c => filter === '' || c.name.includes(filter)), ...front]) {
    print({ name: c.name, note: c.note ?? '', branch: await measureHere(c), base: null, baseMissing: false })
    await c.close?.()
  }
} finally {
  await branchSide.close()
  await baseSide?.close()
  baseTree?.cleanup()
}
const header = `native-bench: ${samples} samples of ≥ ${minSampleMs} ms per case (policy rows: ${policyRuns} engine runs), Node ${process.version}${baseTree === null ? '' : `; base = ${baseRef} (${baseTree.commit.slice(0, 10)}), ratio = branch / base`}; each build in its own process`
process.stdout.write(`${header}\n\n${formatTable(rows, baseSide !== null)}\n`)
if (typeof v.json === 'string') writeFileSync(v.json, `${JSON.stringify({ header, rows }, null, 2)}\n`)
process.exit(0)
