import { readFileSync } from 'node:fs'

// Reads a V8 .cpuprofile (node --cpu-prof) and ranks functions by self time: the time
// the CPU spent in the function's own code, not in what it called. Self time is where a
// fix pays off; total time only says where to start reading.

interface CallFrame { readonly functionName: string, readonly url: string, readonly lineNumber: number }
interface ProfileNode { readonly id: number, readonly callFrame: CallFrame }
export interface CpuProfile {
  readonly nodes: readonly ProfileNode[]
  readonly startTime: number
  readonly endTime: number
  readonly samples: readonly number[]
  readonly timeDeltas: readonly number[]
}

export interface SelfTimeRow {
  readonly fn: string
  readonly where: string
  readonly selfMs: number
  readonly share: number
}

export interface ProfileSummary {
  readonly totalMs: number
  /** Time outside JavaScript: idle, GC, the engine's own work. */
  readonly idleMs: number
  readonly gcMs: number
  readonly functions: readonly SelfTimeRow[]
  /** Self time rolled up per source file. */
  readonly files: readonly SelfTimeRow[]
}

/** Shortens a script URL to a path relative to the repository (or the package under node_modules). */
export function shortUrl (url: string, root: string): string {
  let u = url.startsWith('file://') ? decodeURIComponent(url.slice(7)) : url
  const nm = u.lastIndexOf('/node_modules/')
  if (nm >= 0) return u.slice(nm + 1)
  if (root !== '' && u.startsWith(root)) u = u.slice(root.length)
  return u.replace(/^\/+/, '') || '(native)'
}

export function summarizeProfile (p: CpuProfile, root: string, top = 25): ProfileSummary {
  const byId = new Map<number, ProfileNode>(p.nodes.map(n => [n.id, n]))
  const selfUs = new Map<number, number>()
  for (let i = 0; i < p.samples.length; i++) {
    const id = p.samples[i] as number
    // timeDeltas[i] is the time since the previous sample: charge it to this sample's node.
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, p.timeDeltas[i] ?? 0))
  }
  const fnTotals = new Map<string, { fn: string, where: string, us: number }>()
  const fileTotals = new Map<string, number>()
  let total = 0
  let idle = 0
  let gc = 0
  for (const [id, us] of selfUs) {
    const n = byId.get(id)
    if (n === undefined) continue
    total += us
    const name = n.callFrame.functionName
    if (name === '(idle)') { idle += us; continue }
    if (name === '(garbage collector)') gc += us
    const where = n.callFrame.url === '' ? '(native)' : `${shortUrl(n.callFrame.url, root)}:${n.callFrame.lineNumber + 1}`
    const fn = name === '' ? '(anonymous)' : name
    const key = `${fn}@${where}`
    const cur = fnTotals.get(key) ?? { fn, where, us: 0 }
    cur.us += us
    fnTotals.set(key, cur)
    const file = n.callFrame.url === '' ? fn : shortUrl(n.callFrame.url, root)
    fileTotals.set(file, (fileTotals.get(file) ?? 0) + us)
  }
  const busy = Math.max(1, total - idle)
  const rows = (entries: { fn: string, where: string, us: number }[]): SelfTimeRow[] => entries
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map(e => ({ fn: e.fn, where: e.where, selfMs: e.us / 1000, share: e.us / busy }))
  return {
    totalMs: total / 1000,
    idleMs: idle / 1000,
    gcMs: gc / 1000,
    functions: rows([...fnTotals.values()]),
    files: rows([...fileTotals].map(([file, us]) => ({ fn: file, where: '', us }))),
  }
}

export function readProfile (path: string): CpuProfile {
  const p = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile
  if (!Array.isArray(p.nodes) || !Array.isArray(p.samples)) throw new Error(`${path}: not a .cpuprofile`)
  return p
}

export function profileMarkdown (title: string, s: ProfileSummary): string {
  const busy = s.totalMs - s.idleMs
  const lines = [
    `### ${title}`, '',
    `Sampled ${s.totalMs.toFixed(0)} ms: busy ${busy.toFixed(0)} ms (${s.totalMs > 0 ? (busy / s.totalMs * 100).toFixed(0) : 0}%), of which GC ${s.gcMs.toFixed(0)} ms (${busy > 0 ? (s.gcMs / busy * 100).toFixed(1) : 0}% of busy). Shares below are of busy time.`, '',
    '| # | function | where | self ms | share |', '|---:|---|---|---:|---:|',
    ...s.functions.map((r, i) => `| ${i + 1} | \`${r.fn}\` | ${r.where} | ${r.selfMs.toFixed(1)} | ${(r.share * 100).toFixed(1)}% |`),
    '', '| file | self ms | share |', '|---|---:|---:|',
    ...s.files.slice(0, 15).map(r => `| ${r.fn} | ${r.selfMs.toFixed(1)} | ${(r.share * 100).toFixed(1)}% |`),
    '',
  ]
  return lines.join('\n')
}
