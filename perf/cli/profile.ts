// `npm run profile`: the gateway under the mixed load, profiled three ways —
// clinic doctor (event loop, CPU, memory, handles over time: what kind of problem),
// clinic flame (where CPU time goes, as a flame graph) and node --cpu-prof (every
// thread, summarised here as top self-time functions, so the hot spots can be read in a
// terminal or a CI log without a browser). Output: perf/profiles/<stamp>/ (git-ignored).
// Default workers=0: detection then runs on the main thread, where clinic can see it
// (clinic samples the main thread only); --cpu-prof also covers worker threads.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { num, parse, REPO_ROOT, str } from '../lib/cli-args.js'
import { runMax } from '../lib/max-load.js'
import { runPaced } from '../lib/paced-load.js'
import { preflight } from '../lib/preflight.js'
import { startGateway, startMock, type Child, type GatewaySpec } from '../lib/processes.js'
import { endProgress, progressLine, say, showProgress } from '../lib/progress.js'
import { PATH } from '../lib/suite.js'
import { buildTraffic, DEFAULT_TRAFFIC, SessionWalker, type Traffic } from '../lib/traffic.js'
import { profileMarkdown, readProfile, summarizeProfile } from '../profile/cpuprofile.js'
import { stamp } from '../report/suite-report.js'

const USAGE = `usage: npm run profile -- [--workers 0] [--rate 1000] [--rate-seconds 15] [--max-seconds 15] [--tools doctor,flame,cpuprof]`
const v = parse({
  workers: { type: 'string' },
  rate: { type: 'string' },
  'rate-seconds': { type: 'string' },
  'max-seconds': { type: 'string' },
  tools: { type: 'string' },
  out: { type: 'string' },
}, USAGE)
const workers = str(v, 'workers', '0')
const rate = num(v, 'rate', 1000, 1, 20_000)
const rateS = num(v, 'rate-seconds', 15, 1, 600)
const maxS = num(v, 'max-seconds', 15, 1, 600)
const tools = str(v, 'tools', 'doctor,flame,cpuprof').split(',').map(s => s.trim())
const dir = join(str(v, 'out', join(REPO_ROOT, 'perf', 'profiles')), stamp())
mkdirSync(dir, { recursive: true })
const CLINIC = join(REPO_ROOT, 'node_modules', 'clinic', 'bin.js')
// Clinic asks for analytics consent on first use and checks for updates over the
// network; both are off: runs here are unattended and loopback-only.
const CLINIC_ENV = { NO_INSIGHT: '1', NO_UPDATE_NOTIFIER: '1' }

const traffic = buildTraffic({ ...DEFAULT_TRAFFIC, corpusDir: join(REPO_ROOT, 'corpus') })
const mock = await startMock()
const report: string[] = [`# Profile of the gateway (workers=${workers})`, '', `${new Date().toISOString()}, Node ${process.version}. Load: ${rate} req/s for ${rateS} s, then max throughput for ${maxS} s, mixed corpus traffic.`, '']

async function drive (gw: Child, t: Traffic, label: string): Promise<void> {
  const walker = new SessionWalker(t, `prof${Date.now().toString(36)}`, 5000)
  const tick = (total: number) => (s: number, tally: Parameters<typeof progressLine>[3]): void => showProgress(progressLine(label, s, total, tally, null), s)
  const a = await runPaced({ origin: gw.origin, path: PATH, target: label, rate, durationS: rateS, walker, sessions: 100, timeoutMs: 10_000, onTick: tick(rateS) })
  endProgress()
  const b = await runMax({ origin: gw.origin, path: PATH, target: label, durationS: maxS, walker, sessions: 100, timeoutMs: 10_000, onTick: tick(maxS) })
  endProgress()
  say(`  ${label}: ${a.result.completed} answers at ${rate} req/s offered (p95 ${a.result.latency.p95.toFixed(1)} ms), then ${b.result.rps.toFixed(0)} req/s at max`)
}

async function profileWith (tool: string, spec: Omit<GatewaySpec, 'workers' | 'upstreamUrl'>, stopSignal: NodeJS.Signals): Promise<string | null> {
  let gw: Child
  try {
    gw = await startGateway({ workers, upstreamUrl: `${mock.origin}/v1`, timeoutMs: 120_000, ...spec })
  } catch (err) {
    return `${tool} could not start the gateway: ${(err as Error).message.slice(0, 800)}`
  }
  try {
    await preflight(gw.origin, PATH, tool)
    await drive(gw, traffic, tool)
  } finally {
    say(`  ${tool}: stopping the gateway${tool.startsWith('clinic') ? ' (clinic then analyses; this takes a while)' : ''}`)
    const code = await gw.stop(stopSignal, 600_000)
    if (code !== 0 && code !== null) say(`  ${tool}: exit code ${code}`)
  }
  return null
}

try {
  for (const tool of ['doctor', 'flame']) {
    if (!tools.includes(tool)) continue
    const dest = join(dir, `clinic-${tool}`)
    // Clinic expects Ctrl+C, which reaches the whole process group. Doctor relays SIGINT
    // to the profiled process itself; flame (0x) does not, so for flame the group gets it
    // (for doctor that would deliver it twice, and a second SIGINT kills the gateway).
    // Clinic then analyses and writes its report.
    const failure = await profileWith(`clinic-${tool}`, { wrapper: { command: process.execPath, args: [CLINIC, tool, '--open=false', '--dest', dest, '--'], group: tool === 'flame' }, env: CLINIC_ENV }, 'SIGINT')
    const html = existsSync(dest) ? readdirSync(dest).filter(f => f.endsWith('.html')) : []
    if (failure !== null || html.length === 0) {
      report.push(`## clinic ${tool}`, '', `Did not produce a report: ${failure ?? 'no HTML in the destination folder (see the console output above)'}`, '')
    } else {
      report.push(`## clinic ${tool}`, '', `Open \`${join(`clinic-${tool}`, html[0] as string)}\` in a browser.`, '')
    }
  }
  if (tools.includes('cpuprof')) {
    const profDir = join(dir, 'cpuprof')
    const failure = await profileWith('cpu-prof', { nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profDir, '--cpu-prof-interval', '500'] }, 'SIGTERM')
    if (failure !== null) report.push('## node --cpu-prof', '', failure, '')
    else {
      report.push('## node --cpu-prof: top self time', '', 'One profile per thread (the main thread, then each shard worker when workers > 0). Open a .cpuprofile in Chrome DevTools (Performance → Load profile) or VS Code for the call tree.', '')
      const files = existsSync(profDir) ? readdirSync(profDir).filter(f => f.endsWith('.cpuprofile')).sort() : []
      if (files.length === 0) report.push('No .cpuprofile was written (the process must exit normally for --cpu-prof to write).', '')
      for (const f of files) {
        const s = summarizeProfile(readProfile(join(profDir, f)), REPO_ROOT)
        report.push(profileMarkdown(f, s))
      }
    }
  }
} finally {
  await mock.stop()
}
const text = `${report.join('\n')}\n`
writeFileSync(join(dir, 'summary.md'), text)
process.stdout.write(text)
say(`profiles: ${dir}`)
