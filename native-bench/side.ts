// One side of a benchmark comparison, in a process of its own: the cases of one module
// root (this build or a base commit's), sampled when the parent asks. Two builds in one
// process share the heap, the garbage collector's work and V8's code caches, and a
// build's memos (resent history kept across requests) make the other's collections
// slower: ratios of the same build against itself read up to 2.6× on the next-turn case
// that way. Each side here has its own; the parent still alternates samples, so drift of
// the machine's load hits both alike. See lib/side-client.ts for the protocol.
import { policyTimer, type PolicyTimer } from './benches/detection.js'
import { calibrate, gc, sampleOnce, type BenchCase } from './lib/measure.js'
import { moduleRoot } from './lib/module-root.js'
import type { SideReply, SideRequest } from './lib/side-client.js'
import { casesOf } from './lib/suites.js'

const [label, dir, filter] = process.argv.slice(2) as [string, string, string]
const root = moduleRoot(label, dir)
const byName = new Map<string, BenchCase>()
let timer: PolicyTimer | null = null

async function answer (req: SideRequest): Promise<SideReply> {
  switch (req.op) {
    case 'list': {
      const { cases, problems } = await casesOf(root, filter)
      for (const c of cases) byName.set(c.name, c)
      return { id: req.id, cases: cases.map(c => ({ name: c.name, note: c.note ?? '' })), problems }
    }
    case 'calibrate': {
      gc()
      return { id: req.id, n: await calibrate(caseNamed(req.name), req.minSampleMs) }
    }
    case 'sample':
      return { id: req.id, nsPerOp: await sampleOnce(caseNamed(req.name), req.n) }
    case 'policy-run':
      timer ??= await policyTimer(root)
      return { id: req.id, note: timer.note, timings: [...timer.run()] }
    case 'close':
      for (const c of byName.values()) await c.close?.()
      return { id: req.id }
  }
}

function caseNamed (name: string): BenchCase {
  const c = byName.get(name)
  if (c === undefined) throw new Error(`${label}: no case ${name}`)
  return c
}

process.on('message', (req: SideRequest) => {
  answer(req).then(
    reply => { process.send?.(reply) },
    (err: unknown) => { process.send?.({ id: req.id, error: (err as Error).message.split('\n')[0] ?? String(err) }) },
  )
})
process.send?.({ id: 0, ready: true })
