import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { createServer, connect } from 'node:net'

// Starts throw-away redis-servers on free loopback ports (no persistence) for one test
// file: one server, or a small Redis Cluster. Callers must stop() them in an after() hook
// so they die even when a test fails; the processes are also killed when the test
// process exits.

export interface RedisServer {
  readonly port: number
  readonly url: string
  /** Kills the server (SIGKILL) and waits for it to exit. */
  stop (): Promise<void>
  /** Starts it again on the same port, with empty data. */
  restart (): Promise<void>
}

export function freePort (): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address()
      s.close(() => { typeof addr === 'object' && addr !== null ? resolve(addr.port) : reject(new Error('no port')) })
    })
  })
}

function ping (port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = connect(port, '127.0.0.1')
    let reply = ''
    sock.setTimeout(500, () => { sock.destroy(); resolve(false) })
    sock.on('error', () => resolve(false))
    sock.on('connect', () => sock.write('PING\r\n'))
    sock.on('data', (d) => {
      reply += d.toString()
      if (reply.includes('\r\n')) { sock.destroy(); resolve(reply.startsWith('+PONG')) }
    })
  })
}

async function spawnOn (port: number, extra: readonly string[] = []): Promise<ChildProcess> {
  const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no', ...extra], { stdio: 'ignore' })
  const killOnExit = (): void => { proc.kill('SIGKILL') }
  process.once('exit', killOnExit)
  proc.once('exit', () => process.removeListener('exit', killOnExit))
  const spawnError = new Promise<never>((_resolve, reject) => proc.once('error', reject))
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (await Promise.race([ping(port), spawnError])) return proc
    if (proc.exitCode !== null) throw new Error(`redis-server exited with ${proc.exitCode} on port ${port}`)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  proc.kill('SIGKILL')
  throw new Error(`redis-server did not answer PING on port ${port} within 10 s`)
}

function kill (proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    proc.once('exit', () => resolve())
    proc.kill('SIGKILL')
  })
}

/** `port`: a port chosen beforehand (e.g. to start Redis after a client already points at it). */
export async function startRedis (port?: number): Promise<RedisServer> {
  port ??= await freePort()
  let proc = await spawnOn(port)
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop: () => kill(proc),
    async restart () {
      await kill(proc)
      proc = await spawnOn(port)
    },
  }
}

export interface RedisCluster {
  /** Seed nodes as "127.0.0.1:port". */
  readonly nodes: readonly string[]
  stop (): Promise<void>
}

const run = promisify(execFile)

/** `masters` cluster-enabled servers, all slots assigned, no replicas; resolves once the cluster is ok. */
export async function startRedisCluster (masters = 3): Promise<RedisCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'infershield-redis-cluster-'))
  const procs: ChildProcess[] = []
  const stop = async (): Promise<void> => {
    await Promise.all(procs.map(kill))
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    const ports = await Promise.all(Array.from({ length: masters }, () => freePort()))
    for (const port of ports) {
      procs.push(await spawnOn(port, ['--cluster-enabled', 'yes', '--cluster-config-file', join(dir, `nodes-${port}.conf`), '--dir', dir]))
    }
    const nodes = ports.map(p => `127.0.0.1:${p}`)
    await run('redis-cli', ['--cluster', 'create', ...nodes, '--cluster-replicas', '0', '--cluster-yes'], { timeout: 20_000 })
    const deadline = Date.now() + 20_000
    for (const port of ports) {
      for (;;) {
        const { stdout } = await run('redis-cli', ['-p', String(port), 'cluster', 'info'], { timeout: 5000 })
        if (stdout.includes('cluster_state:ok')) break
        if (Date.now() > deadline) throw new Error(`cluster node ${port} not ok within 20 s:\n${stdout}`)
        await new Promise(resolve => setTimeout(resolve, 100))
      }
    }
    return { nodes, stop }
  } catch (err) {
    await stop()
    throw err
  }
}
