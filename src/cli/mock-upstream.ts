// `infershield mock-upstream`: runs the built-in mock provider on its own, for local
// development and as the "direct" baseline of performance runs.
import { once } from 'node:events'
import { parseArgs } from 'node:util'
import { startMockProvider } from '../upstream/mock-provider.js'
import type { MockProviderOptions } from '../upstream/mock-provider.js'

export const MOCK_UPSTREAM_USAGE = `Usage: infershield mock-upstream [options]
  --host H              address to bind (default 127.0.0.1)
  --port N              port, 0 for any free port (default 0)
  --latency-ms N        delay before the first byte of each answer (default 0)
  --chunks N            streamed content chunks per answer (default 5)
  --chunk-delay-ms N    delay between streamed chunks (default 0)
  --echo                answer with the last user message verbatim`

const INT_RE = /^[0-9]{1,9}$/

function intOption (name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined
  if (!INT_RE.test(raw)) throw new RangeError(`--${name} must be a non-negative integer, got "${raw.slice(0, 40)}"`)
  return Number(raw)
}

/** Turns command-line arguments into provider options; throws on anything unknown or malformed. */
export function parseMockUpstreamArgs (argv: readonly string[]): Partial<MockProviderOptions> {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'latency-ms': { type: 'string' },
      chunks: { type: 'string' },
      'chunk-delay-ms': { type: 'string' },
      echo: { type: 'boolean' },
    },
  })
  const opts: Partial<MockProviderOptions> = {}
  if (values.host !== undefined) opts.host = values.host
  const port = intOption('port', values.port)
  if (port !== undefined) opts.port = port
  const latencyMs = intOption('latency-ms', values['latency-ms'])
  if (latencyMs !== undefined) opts.latencyMs = latencyMs
  const chunks = intOption('chunks', values.chunks)
  if (chunks !== undefined) opts.chunks = chunks
  const chunkDelayMs = intOption('chunk-delay-ms', values['chunk-delay-ms'])
  if (chunkDelayMs !== undefined) opts.chunkDelayMs = chunkDelayMs
  if (values.echo === true) opts.echo = true
  return opts
}

/**
 * Starts the provider, announces it with one JSON line on stdout, and resolves once a
 * SIGINT or SIGTERM has closed it, so the caller can exit with status 0.
 */
export async function runMockUpstream (argv: string[]): Promise<void> {
  const provider = await startMockProvider(parseMockUpstreamArgs(argv))
  process.stdout.write(`${JSON.stringify({ msg: 'mock upstream listening', url: provider.url, port: provider.port })}\n`)

  const stop = new AbortController()
  const signals = ['SIGINT', 'SIGTERM'] as const
  const waits = signals.map(async (signal) => await once(process, signal, { signal: stop.signal }).then(() => signal))
  let received: string
  try {
    received = await Promise.race(waits)
  } finally {
    stop.abort()
    await Promise.allSettled(waits)
  }
  await provider.close()
  process.stdout.write(`${JSON.stringify({ msg: 'mock upstream stopped', signal: received })}\n`)
}
