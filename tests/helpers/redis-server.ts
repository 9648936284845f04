import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, connect } from 'node:net'

// Starts a throw-away redis-server on a free loopback port (no persistence) for one test
// file. Callers must stop() it in an after() hook so it dies even when a test fails;
// the process is also killed when the test process exits.

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

async function spawnOn (port: number): Promise<ChildProcess> {
  const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no'], { stdio: 'ignore' })
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
