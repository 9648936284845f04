import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { GATEWAY_NODE_FLAGS } from '../../src/cli/node-flags.js'

// Every process under test runs as its own child, so the load generator (this process)
// never shares an event loop with what it measures. Each child announces its port in a
// JSON line on stdout (port 0 everywhere: runs never collide with other people's servers).

/** build/ — this file is build/perf/lib/processes.js once compiled. */
export const BUILD_ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url))
export const REFERENCE_PROXY = fileURLToPath(new URL('../reference-proxy.js', import.meta.url))

export interface Child {
  readonly name: string
  readonly pid: number
  /** http://127.0.0.1:PORT */
  readonly origin: string
  /** Admin origin (gateway only): /metrics gives heap figures. */
  readonly adminOrigin: string | null
  readonly proc: ChildProcess
  /** Error-level log lines (pino level ≥ 50) seen on stdout since start. */
  errorLines (): number
  lastError (): string | null
  /** Asks for a graceful stop (SIGTERM, or `signal`), kills after `graceMs`; resolves with the exit code. */
  stop (signal?: NodeJS.Signals, graceMs?: number): Promise<number | null>
}

export interface SpawnSpec {
  readonly name: string
  readonly command: string
  readonly args: readonly string[]
  readonly env?: Readonly<Record<string, string>>
  /** Picks the listening announcement and returns [port, adminPort|null]. */
  readonly ready: (line: Record<string, unknown>) => readonly [number, number | null] | null
  readonly timeoutMs?: number
  /**
   * Start the child as the leader of its own process group and signal the whole group on
   * stop. Needed for wrappers like clinic flame (0x), which expect Ctrl+C to reach the
   * profiled process through the terminal's process group and do not forward it.
   */
  readonly group?: boolean
}

// Children still running when the harness exits (an exception, Ctrl+C) are killed, so a
// failed run never leaves a gateway or a mock provider listening.
const live = new Set<{ pid: number, group: boolean }>()
process.once('exit', () => {
  for (const c of live) {
    try { process.kill(c.group ? -c.pid : c.pid, 'SIGKILL') } catch { /* already gone */ }
  }
})

/** The parent's environment without any INFERSHIELD_* or UWS_* variable, so runs are reproducible. */
export function cleanEnv (extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('INFERSHIELD_') && !k.startsWith('UWS_')) env[k] = v
  return { ...env, ...extra }
}

export async function spawnChild (spec: SpawnSpec): Promise<Child> {
  const group = spec.group === true
  const proc = spawn(spec.command, [...spec.args], { env: cleanEnv(spec.env ?? {}), stdio: ['ignore', 'pipe', 'pipe'], detached: group })
  const entry = { pid: proc.pid as number, group }
  live.add(entry)
  const signal = (sig: NodeJS.Signals): void => {
    try { process.kill(group ? -entry.pid : entry.pid, sig) } catch { /* already gone */ }
  }
  let stderr = ''
  let buffered = ''
  let announced = false
  let errors = 0
  let lastError: string | null = null
  proc.stderr?.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-8192) })
  const exited = new Promise<number | null>(resolve => proc.on('exit', (code) => { live.delete(entry); resolve(code) }))

  const ports = await new Promise<readonly [number, number | null]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${spec.name} did not announce its port within ${spec.timeoutMs ?? 30_000} ms; stderr: ${stderr.slice(-2000)}`)), spec.timeoutMs ?? 30_000)
    void exited.then(code => { clearTimeout(timer); reject(new Error(`${spec.name} exited (${code}) before listening; stderr: ${stderr.slice(-2000)}`)) })
    proc.stdout?.on('data', (d: Buffer) => {
      // After the announcement the gateway still logs a decision line per request: only
      // error lines are looked at, with a substring test that costs far less than parsing.
      const text = d.toString()
      if (announced) {
        if (text.includes('"level":50') || text.includes('"level":60')) {
          for (const line of text.split('\n')) {
            if (line.includes('"level":50') || line.includes('"level":60')) { errors++; lastError = line.slice(0, 500) }
          }
        }
        return
      }
      buffered += text
      let nl
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl)
        buffered = buffered.slice(nl + 1)
        let parsed: Record<string, unknown>
        try { parsed = JSON.parse(line) as Record<string, unknown> } catch { continue }
        const found = spec.ready(parsed)
        if (found !== null) {
          announced = true
          buffered = ''
          clearTimeout(timer)
          resolve(found)
          return
        }
      }
    })
  })
  const [port, adminPort] = ports
  let stopping = false
  // A child that dies under load would otherwise show up only as connection errors.
  void exited.then((code) => {
    if (!stopping) process.stderr.write(`\n${spec.name} (pid ${proc.pid}) exited unexpectedly with ${code ?? proc.signalCode}; stderr: ${stderr.slice(-1500)}\n`)
  })
  return {
    name: spec.name,
    pid: proc.pid as number,
    origin: `http://127.0.0.1:${port}`,
    adminOrigin: adminPort === null ? null : `http://127.0.0.1:${adminPort}`,
    proc,
    errorLines: () => errors,
    lastError: () => lastError,
    async stop (stopSignal = 'SIGTERM', graceMs = 30_000) {
      stopping = true
      if (proc.exitCode !== null || proc.signalCode !== null) return proc.exitCode
      signal(stopSignal)
      const timer = setTimeout(() => signal('SIGKILL'), graceMs)
      const code = await exited
      clearTimeout(timer)
      return code
    },
  }
}

export function startMock (): Promise<Child> {
  return spawnChild({
    name: 'mock provider',
    command: process.execPath,
    args: [CLI, 'mock-upstream', '--host', '127.0.0.1', '--port', '0'],
    ready: l => typeof l.port === 'number' && typeof l.url === 'string' ? [l.port, null] : null,
  })
}

export interface GatewaySpec {
  /** INFERSHIELD_WORKERS: '0', '1', '2', 'auto', … */
  readonly workers: string
  /** Base URL of the provider, e.g. http://127.0.0.1:PORT/v1 */
  readonly upstreamUrl: string
  readonly env?: Readonly<Record<string, string>>
  /** Extra node flags, e.g. --cpu-prof. */
  readonly nodeArgs?: readonly string[]
  /** Replaces `node`: e.g. clinic, with its own arguments ending in `--`. */
  readonly wrapper?: { readonly command: string, readonly args: readonly string[], readonly group?: boolean }
  readonly name?: string
  readonly timeoutMs?: number
}

export function gatewayEnv (spec: GatewaySpec): Record<string, string> {
  return {
    INFERSHIELD_HOST: '127.0.0.1',
    INFERSHIELD_PORT: '0',
    INFERSHIELD_ADMIN_PORT: '0',
    INFERSHIELD_WORKERS: spec.workers,
    INFERSHIELD_UPSTREAM_URL: spec.upstreamUrl,
    INFERSHIELD_SHUTDOWN_GRACE_MS: '5000',
    ...spec.env,
  }
}

export function startGateway (spec: GatewaySpec): Promise<Child> {
  // The flags npm start and the Docker image pass, so figures are those of a deployment.
  const nodeArgs = [...GATEWAY_NODE_FLAGS, ...(spec.nodeArgs ?? []), CLI, 'serve']
  const command = spec.wrapper === undefined ? process.execPath : spec.wrapper.command
  const args = spec.wrapper === undefined ? nodeArgs : [...spec.wrapper.args, process.execPath, ...nodeArgs]
  return spawnChild({
    name: spec.name ?? `gateway workers=${spec.workers}`,
    command,
    args,
    env: gatewayEnv(spec),
    timeoutMs: spec.timeoutMs ?? 60_000,
    group: spec.wrapper?.group === true,
    ready: l => l.event === 'listening' && typeof l.port === 'number' ? [l.port, typeof l.admin_port === 'number' ? l.admin_port : null] : null,
  })
}

/** The minimal uWS → undici proxy (perf/reference-proxy.ts): the floor any gateway pays. */
export function startReferenceProxy (upstreamOrigin: string): Promise<Child> {
  return spawnChild({
    name: 'reference proxy',
    command: process.execPath,
    args: [REFERENCE_PROXY, '--upstream', upstreamOrigin],
    ready: l => l.event === 'listening' && typeof l.port === 'number' ? [l.port, null] : null,
  })
}
