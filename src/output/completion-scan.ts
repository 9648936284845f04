import { isJsonObject, type JsonObject } from './json-object.js'
import type { ResponseScan } from './response-scan.js'
import type { OutputFinding } from './types.js'

/** Pieces a whole answer is fed in: the scanner's window stays bounded on huge answers. */
export const PIECE_CHARS = 16384

function scanWhole (scan: ResponseScan, key: string, text: string, json: boolean): string | null {
  let out = ''
  for (let i = 0; i < text.length; i += PIECE_CHARS) {
    const step = scan.push(key, text.slice(i, i + PIECE_CHARS), json)
    if (step.blocked !== null) return null
    out += step.text
  }
  const last = scan.end(key)
  return last.blocked !== null ? null : out + last.text
}

/**
 * Scans a non-streamed chat completion in place: every choice's message content and
 * every tool call's arguments. Returns the finding that blocks the answer, or null when
 * the (possibly redacted) body may be sent. Fields it does not know are left alone.
 */
export function scanCompletion (body: unknown, scan: ResponseScan): OutputFinding | null {
  if (!isJsonObject(body) || !Array.isArray(body.choices)) return null
  for (let i = 0; i < body.choices.length; i++) {
    const choice: unknown = body.choices[i]
    if (!isJsonObject(choice) || !isJsonObject(choice.message)) continue
    const m = choice.message
    const index = typeof choice.index === 'number' ? choice.index : i
    if (typeof m.content === 'string') {
      const text = scanWhole(scan, String(index), m.content, false)
      if (text === null) return scan.blocked
      m.content = text
    }
    if (!Array.isArray(m.tool_calls)) continue
    for (let k = 0; k < m.tool_calls.length; k++) {
      const f: unknown = (m.tool_calls[k] as JsonObject | undefined)?.function
      if (!isJsonObject(f) || typeof f.arguments !== 'string') continue
      const text = scanWhole(scan, `${index}:${k}`, f.arguments, true)
      if (text === null) return scan.blocked
      f.arguments = text
    }
  }
  return null
}
