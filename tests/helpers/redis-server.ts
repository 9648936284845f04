import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Starts real redis-server processes for tests: free port, no persistence, a private temp
// dir, and a registry so every process started is killed when the test process exits,
// even when a test fails before its own cleanup ran.

const started = new Set<ChildProcess>()
process.once('exit', () => { for (const p of started) p.kill('SIGKILL') })

export function redisAvailable (): boolean {
  return spawnSync('redis-server', ['--version']).status === 0 && spawnSync('redis-cli', ['--version']).status === 0
}

/** A port free now (0: any). Rejects when `port` is taken. */
async function bindable (port: number): Promise<number> {
  return await new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(port, '127.0.0.1', () => {
      const got = (s.address() as { port: number }).port
      s.close(() => resolve(got))
    })
  })
}

export async function freePort (): Promise<number> {
  return await bindable(0)
}

// A cluster node also listens on its port + 10000 (the cluster bus): both must be free,
// or the node exits at start (seen in CI: a client connection held the bus port).
const CLUSTER_BUS_OFFSET = 10_000

async function freeClusterPort (): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = await freePort()
    if (port + CLUSTER_BUS_OFFSET > 65_535) continue
    try {
      await bindable(port + CLUSTER_BUS_OFFSET)
      return port
    } catch {
      // Bus port taken: try another.
    }
  }
  throw new Error('no port with a free cluster bus port (+10000) found in 50 attempts')
}

export interface RedisServer {
  readonly port: number
  readonly url: string
  /** Kills the server (SIGKILL, like a crash); start() brings it back on the same port, empty. */
  kill (): Promise<void>
  start (): Promise<void>
  cli (...args: string[]): string
  stop (): Promise<void>
}

async function waitForPort (port: number, timeoutMs: number, proc: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`redis-server exited (${proc.exitCode ?? proc.signalCode}) before listening on ${port}`)
    const ok = await new Promise<boolean>(resolve => {
      const c = connect(port, '127.0.0.1')
      c.once('connect', () => { c.destroy(); resolve(true) })
      c.once('error', () => resolve(false))
    })
    if (ok) return
    await new Promise(resolve => setTimeout(resolve, 25))
  }
  throw new Error(`redis-server did not listen on ${port} within ${timeoutMs} ms`)
}

export async function startRedis (opts: { port?: number, extraArgs?: readonly string[] } = {}): Promise<RedisServer> {
  const clustered = opts.extraArgs?.includes('--cluster-enabled') ?? false
  const port = opts.port ?? (clustered ? await freeClusterPort() : await freePort())
  const dir = mkdtempSync(join(tmpdir(), 'infershield-redis-'))
  let proc: ChildProcess | null = null
  const start = async (): Promise<void> => {
    const p = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, ...(opts.extraArgs ?? [])], { stdio: 'ignore' })
    started.add(p)
    p.once('exit', () => started.delete(p))
    proc = p
    await waitForPort(port, 10_000, p)
  }
  const kill = async (): Promise<void> => {
    const p = proc
    proc = null
    if (p === null || p.exitCode !== null) return
    const exited = new Promise(resolve => p.once('exit', resolve))
    p.kill('SIGKILL')
    await exited
  }
  await start()
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    kill,
    start,
    cli: (...args) => spawnSync('redis-cli', ['-p', String(port), ...args], { encoding: 'utf8' }).stdout,
    async stop () {
      await kill()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export interface RedisCluster {
  readonly nodes: readonly RedisServer[]
  /** host:port of every node, as session.redisClusterNodes takes them. */
  readonly seeds: readonly string[]
  /** The ports of the current masters, from CLUSTER NODES. */
  masters (): number[]
  stop (): Promise<void>
}

/** 3 masters + 3 replicas on free ports, formed with redis-cli --cluster create. */
export async function startRedisCluster (nodeTimeoutMs = 1000): Promise<RedisCluster> {
  const nodes: RedisServer[] = []
  try {
    for (let i = 0; i < 6; i++) {
      nodes.push(await startRedis({ extraArgs: ['--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${i}.conf`, '--cluster-node-timeout', String(nodeTimeoutMs)] }))
    }
    const seeds = nodes.map(n => `127.0.0.1:${n.port}`)
    const r = spawnSync('redis-cli', ['--cluster', 'create', ...seeds, '--cluster-replicas', '1', '--cluster-yes'], { encoding: 'utf8', timeout: 30_000 })
    if (r.status !== 0) throw new Error(`redis-cli --cluster create failed: ${r.stdout}${r.stderr}`)
    const first = nodes[0] as RedisServer
    const deadline = Date.now() + 20_000
    while (!/cluster_state:ok/.test(first.cli('cluster', 'info')) || !nodes.every(n => /cluster_state:ok/.test(n.cli('cluster', 'info')))) {
      if (Date.now() > deadline) throw new Error('cluster did not reach cluster_state:ok')
      await new Promise(resolve => setTimeout(resolve, 100))
    }
    const masters = (): number[] => {
      for (const n of nodes) {
        const out = n.cli('cluster', 'nodes')
        if (out.trim() === '') continue
        return out.split('\n').filter(l => /\bmaster\b/.test(l) && !/\bfail\b/.test(l)).map(l => Number(/:(\d+)@/.exec(l)?.[1]))
      }
      return []
    }
    return { nodes, seeds, masters, async stop () { await Promise.all(nodes.map(async n => await n.stop())) } }
  } catch (err) {
    await Promise.all(nodes.map(async n => await n.stop()))
    throw err
  }
}
