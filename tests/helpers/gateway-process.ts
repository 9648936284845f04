import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { GATEWAY_NODE_FLAGS } from '../../src/cli/node-flags.js'

// Starts the real gateway as a child process on free ports (port 0; the chosen ports are
// read from its 'listening' log line) and collects its JSON log lines.

export const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url))

export type LogLine = Record<string, unknown> & { msg?: string, event?: string, req_id?: string }

export interface GatewayProcess {
  readonly url: string
  readonly adminUrl: string
  readonly port: number
  readonly proc: ChildProcess
  readonly logs: LogLine[]
  /** Raw stderr text, for failure messages. */
  stderr (): string
  waitForLog (pred: (l: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>
  /** Sends the signal and resolves with the exit code. */
  stop (signal?: NodeJS.Signals): Promise<number | null>
}

export interface StartOptions {
  readonly env?: Readonly<Record<string, string>>
  readonly timeoutMs?: number
  /** Node flags; by default the ones npm start passes. */
  readonly nodeArgs?: readonly string[]
}

function childEnv (extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('INFERSHIELD_') && !k.startsWith('UWS_')) env[k] = v
  return { ...env, INFERSHIELD_PORT: '0', INFERSHIELD_ADMIN_PORT: '0', INFERSHIELD_WORKERS: '1', INFERSHIELD_SHUTDOWN_GRACE_MS: '10000', ...extra }
}

export function runCli (args: readonly string[], env: Readonly<Record<string, string>> = {}, timeoutMs = 20_000): Promise<{ code: number | null, stdout: string, stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...GATEWAY_NODE_FLAGS, CLI, ...args], { env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    p.stdout.on('data', (d: Buffer) => { stdout += d.toString() })
    p.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
    const timer = setTimeout(() => { p.kill('SIGKILL'); reject(new Error(`cli ${args.join(' ')} timed out\n${stderr}`)) }, timeoutMs)
    p.on('exit', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }) })
  })
}

export async function startGateway (opts: StartOptions = {}): Promise<GatewayProcess> {
  const proc = spawn(process.execPath, [...(opts.nodeArgs ?? GATEWAY_NODE_FLAGS), CLI, 'serve'], { env: childEnv(opts.env ?? {}), stdio: ['ignore', 'pipe', 'pipe'] })
  const logs: LogLine[] = []
  const waiters = new Set<{ pred: (l: LogLine) => boolean, resolve: (l: LogLine) => void }>()
  let stderr = ''
  let buffered = ''
  proc.stderr?.on('data', (d: Buffer) => { stderr += d.toString() })
  proc.stdout?.on('data', (d: Buffer) => {
    buffered += d.toString()
    let nl
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl)
      buffered = buffered.slice(nl + 1)
      if (line.trim() === '') continue
      let parsed: LogLine
      try {
        parsed = JSON.parse(line) as LogLine
      } catch {
        parsed = { msg: line, event: 'unparsed_stdout' }
      }
      logs.push(parsed)
      for (const w of waiters) if (w.pred(parsed)) { waiters.delete(w); w.resolve(parsed) }
    }
  })
  const exited = new Promise<number | null>(resolve => proc.on('exit', code => resolve(code)))
  const waitForLog = (pred: (l: LogLine) => boolean, timeoutMs = 15_000): Promise<LogLine> => {
    const found = logs.find(pred)
    if (found !== undefined) return Promise.resolve(found)
    return new Promise((resolve, reject) => {
      const w = { pred, resolve: (l: LogLine) => { clearTimeout(t); resolve(l) } }
      const t = setTimeout(() => { waiters.delete(w); reject(new Error(`log line not seen within ${timeoutMs} ms; stderr: ${stderr.slice(-2000)}`)) }, timeoutMs)
      waiters.add(w)
      void exited.then(code => { if (waiters.delete(w)) { clearTimeout(t); reject(new Error(`gateway exited (${code}) before the log line; stderr: ${stderr.slice(-2000)}`)) } })
    })
  }
  // Generous: tests start three gateways at once, and on a loaded 2-core machine each
  // compiles its engine and spawns its workers in turn (a start seen taking over 20 s).
  const listening = await waitForLog(l => l.event === 'listening', opts.timeoutMs ?? 60_000)
  const port = listening.port as number
  return {
    url: `http://127.0.0.1:${port}`,
    adminUrl: `http://127.0.0.1:${listening.admin_port as number}`,
    port,
    proc,
    logs,
    stderr: () => stderr,
    waitForLog,
    async stop (signal = 'SIGTERM') {
      if (proc.exitCode !== null) return proc.exitCode
      proc.kill(signal)
      const timer = setTimeout(() => proc.kill('SIGKILL'), 30_000)
      const code = await exited
      clearTimeout(timer)
      return code
    },
  }
}
