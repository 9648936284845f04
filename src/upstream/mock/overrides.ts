// Per-request behaviour switches, read from `x-mock-*` request headers so a test can make
// one request slow, failing, hanging or cut short without restarting the provider.
// A malformed value is an error (400), never silently ignored: a typo in a test header
// would otherwise turn a failure test into a passing happy path.
import type { Script } from './chat-request.js'

export interface Defaults {
  readonly latencyMs: number
  readonly echo: boolean
  readonly chunks: number
  readonly chunkDelayMs: number
}

export interface Overrides extends Defaults {
  /** Reply forced with `x-mock-reply` (base64 of UTF-8 text) and `x-mock-tool-call`, or null. */
  readonly script: Script | null
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
export const MAX_REPLY_BASE64 = 65_536
export const MAX_CHUNKS = 10_000

// Bounded digit runs: a header value can never make these scan far or overflow a number.
const UINT_RE = /^[0-9]{1,7}$/
const STATUS_RE = /^[45][0-9]{2}$/
const BASE64_RE = /^[A-Za-z0-9+/_-]*={0,2}$/
const FUNCTION_NAME_RE = /^[A-Za-z0-9_-]{1,64}$/

function readScript (headers: Readonly<Record<string, string>>): Script | OverrideProblem | null {
  const raw = headers['x-mock-reply']
  const tool = headers['x-mock-tool-call']
  if (raw === undefined) {
    return tool === undefined ? null : { header: 'x-mock-tool-call', message: 'x-mock-tool-call needs x-mock-reply (the arguments).' }
  }
  const value = raw.trim()
  if (value.length > MAX_REPLY_BASE64 || !BASE64_RE.test(value)) {
    return { header: 'x-mock-reply', message: `x-mock-reply must be base64 of the reply text, at most ${MAX_REPLY_BASE64} characters.` }
  }
  if (tool !== undefined && !FUNCTION_NAME_RE.test(tool.trim())) {
    return { header: 'x-mock-tool-call', message: `x-mock-tool-call must be a function name of 1-64 letters, digits, '_' or '-', got "${tool.slice(0, 40)}".` }
  }
  return { text: Buffer.from(value, 'base64').toString('utf8'), toolCall: tool === undefined ? null : tool.trim() }
}

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
  const script = readScript(headers)
  if (script !== null && 'header' in script) return script

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
    script,
  }
}

export function isOverrideProblem (value: Overrides | OverrideProblem): value is OverrideProblem {
  return 'header' in value
}
