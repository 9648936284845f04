// Per-request behaviour switches, read from `x-mock-*` request headers so a test can make
// one request slow, failing, hanging or cut short without restarting the provider.
// A malformed value is an error (400), never silently ignored: a typo in a test header
// would otherwise turn a failure test into a passing happy path.

export interface Defaults {
  readonly latencyMs: number
  readonly echo: boolean
  readonly chunks: number
  readonly chunkDelayMs: number
}

export interface Overrides extends Defaults {
  /** Error status to answer with instead of a completion, or null. */
  readonly status: number | null
  /** Read the request, then never answer (the client must time out). */
  readonly hang: boolean
  /** Streaming: send the role chunk and this many content chunks, then go silent. */
  readonly stallAfterChunks: number | null
  /** Streaming: send the role chunk and this many content chunks, then reset the connection. */
  readonly dropAfterChunks: number | null
}

export interface OverrideProblem {
  readonly header: string
  readonly message: string
}

export const MAX_LATENCY_MS = 600_000
export const MAX_CHUNKS = 10_000

// Bounded digit runs: a header value can never make these scan far or overflow a number.
const UINT_RE = /^[0-9]{1,7}$/
const STATUS_RE = /^[45][0-9]{2}$/

function readUint (headers: Readonly<Record<string, string>>, name: string, max: number, min = 0): number | OverrideProblem | null {
  const raw = headers[name]
  if (raw === undefined) return null
  const value = raw.trim()
  if (!UINT_RE.test(value) || Number(value) > max || Number(value) < min) {
    return { header: name, message: `${name} must be an integer from ${min} to ${max}, got "${raw.slice(0, 40)}".` }
  }
  return Number(value)
}

function readFlag (headers: Readonly<Record<string, string>>, name: string): boolean | OverrideProblem | null {
  const raw = headers[name]
  if (raw === undefined) return null
  const value = raw.trim().toLowerCase()
  if (value === '1' || value === 'true') return true
  if (value === '0' || value === 'false') return false
  return { header: name, message: `${name} must be 1, 0, true or false, got "${raw.slice(0, 40)}".` }
}

function isProblem (value: unknown): value is OverrideProblem {
  return typeof value === 'object' && value !== null
}

/** Reads the override headers (names lower-cased) on top of the provider defaults. */
export function readOverrides (headers: Readonly<Record<string, string>>, defaults: Defaults): Overrides | OverrideProblem {
  const latencyMs = readUint(headers, 'x-mock-latency-ms', MAX_LATENCY_MS)
  if (isProblem(latencyMs)) return latencyMs
  const chunkDelayMs = readUint(headers, 'x-mock-chunk-delay-ms', MAX_LATENCY_MS)
  if (isProblem(chunkDelayMs)) return chunkDelayMs
  const chunks = readUint(headers, 'x-mock-chunks', MAX_CHUNKS, 1)
  if (isProblem(chunks)) return chunks
  const stallAfterChunks = readUint(headers, 'x-mock-stall-after-chunks', MAX_CHUNKS)
  if (isProblem(stallAfterChunks)) return stallAfterChunks
  const dropAfterChunks = readUint(headers, 'x-mock-drop-after-chunks', MAX_CHUNKS)
  if (isProblem(dropAfterChunks)) return dropAfterChunks
  const echo = readFlag(headers, 'x-mock-echo')
  if (isProblem(echo)) return echo
  const hang = readFlag(headers, 'x-mock-hang')
  if (isProblem(hang)) return hang

  let status: number | null = null
  const rawStatus = headers['x-mock-status']
  if (rawStatus !== undefined) {
    if (!STATUS_RE.test(rawStatus.trim())) {
      return { header: 'x-mock-status', message: `x-mock-status must be an HTTP status from 400 to 599, got "${rawStatus.slice(0, 40)}".` }
    }
    status = Number(rawStatus.trim())
  }

  return {
    latencyMs: latencyMs ?? defaults.latencyMs,
    chunkDelayMs: chunkDelayMs ?? defaults.chunkDelayMs,
    chunks: chunks ?? defaults.chunks,
    echo: echo ?? defaults.echo,
    hang: hang ?? false,
    status,
    stallAfterChunks,
    dropAfterChunks,
  }
}

export function isOverrideProblem (value: Overrides | OverrideProblem): value is OverrideProblem {
  return 'header' in value
}
