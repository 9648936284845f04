// uWebSockets.js against node:http as the front: tiny servers on loopback, each in its own
// process, loaded by autocannon from this one with 1 KB POST bodies for a few seconds.
// ns/op here is wall time per answered request at full load (1e9 / req/s).
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { spawnChild, type Child } from '../../perf/lib/processes.js'
import type { BenchCase } from '../lib/measure.js'

const SERVER = fileURLToPath(new URL('../servers/tiny-server.js', import.meta.url))
const BODY = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x'.repeat(1000) }] })

async function start (kind: string): Promise<Child> {
  return await spawnChild({ name: `${kind} server`, command: process.execPath, args: [SERVER, '--kind', kind], ready: l => typeof l.port === 'number' ? [l.port, null] : null })
}

export async function frontCases (seconds: number): Promise<BenchCase[]> {
  const cases: BenchCase[] = []
  for (const kind of ['uws', 'http']) {
    const server = await start(kind)
    cases.push({
      name: `front/${kind === 'uws' ? 'uWebSockets.js' : 'node:http'} POST 1 KB`,
      note: `${seconds} s per sample, 50 connections; ns/op = 1e9 / req/s`,
      environment: true,
      selfTimed: true,
      batch: async () => {
        const r = await autocannon({ url: `${server.origin}/`, connections: 50, pipelining: 1, duration: seconds, method: 'POST', body: BODY, headers: { 'content-type': 'application/json' } })
        return r.requests.average > 0 ? 1e9 / r.requests.average : Number.POSITIVE_INFINITY
      },
      close: async () => { await server.stop() },
    })
  }
  return cases
}
