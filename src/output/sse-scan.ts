import { isJsonObject, type JsonObject } from './json-object.js'
import type { ResponseScan } from './response-scan.js'
import type { OutputFinding } from './types.js'

/** Largest SSE event accepted from the provider; past it the stream is treated as broken. */
export const MAX_EVENT_BYTES = 4 * 1024 * 1024

export interface SseOutput {
  /** SSE frames to write now, possibly empty; with `blocked`, the clean frames before the block. */
  readonly frames: string
  /** Set once a `block` finding stopped the answer: write nothing more of it. */
  readonly blocked: OutputFinding | null
}

export class SseProtocolError extends Error {}

const EVENT_END = /\r?\n\r?\n/

function frame (payload: unknown): string {
  return `data: ${JSON.stringify(payload)}\n\n`
}

/**
 * Rewrites a Chat Completions SSE stream through a ResponseScan: every `delta.content`
 * and tool call `function.arguments` is replaced by the text the scanner releases, held
 * text is released into the choice's finish chunk (or a chunk of its own before
 * `[DONE]`), and every other event and field passes through. Chunk framing stays what
 * OpenAI SDKs parse: one JSON object per `data:` event.
 */
export class SseScan {
  readonly #scan: ResponseScan
  readonly #decoder = new TextDecoder('utf-8')
  #buf = ''
  #head: JsonObject | null = null
  #stopped = false

  constructor (scan: ResponseScan) {
    this.#scan = scan
  }

  push (chunk: Uint8Array): SseOutput {
    if (this.#stopped) return { frames: '', blocked: this.#scan.blocked }
    this.#buf += this.#decoder.decode(chunk, { stream: true })
    let frames = ''
    for (let m = EVENT_END.exec(this.#buf); m !== null; m = EVENT_END.exec(this.#buf)) {
      const event = this.#buf.slice(0, m.index)
      this.#buf = this.#buf.slice(m.index + m[0].length)
      const out = this.#event(event)
      // Events before the blocking one were clean: they still go out, then the error.
      if (out === null) return { ...this.#stop(), frames }
      frames += out
    }
    if (this.#buf.length > MAX_EVENT_BYTES) throw new SseProtocolError(`provider sent an SSE event over ${MAX_EVENT_BYTES} bytes`)
    return { frames, blocked: null }
  }

  /** The provider's stream ended: releases held text (and any unterminated event). */
  end (): SseOutput {
    if (this.#stopped) return { frames: '', blocked: this.#scan.blocked }
    const rest = this.#buf + this.#decoder.decode()
    this.#buf = ''
    let frames = ''
    if (rest.trim() !== '') {
      const out = this.#event(rest)
      if (out === null) return this.#stop()
      frames += out
    }
    const tail = this.#flushAll()
    if (tail === null) return { ...this.#stop(), frames }
    return { frames: frames + tail, blocked: null }
  }

  #stop (): SseOutput {
    this.#stopped = true
    return { frames: '', blocked: this.#scan.blocked }
  }

  /** One event rewritten, or null when the answer is blocked. */
  #event (event: string): string | null {
    const lines = event.split(/\r?\n/)
    const data = lines.filter(l => l.startsWith('data:')).map(l => l.slice(l.startsWith('data: ') ? 6 : 5))
    if (data.length === 0) return `${event}\n\n`
    const payload = data.join('\n')
    if (payload.trim() === '[DONE]') {
      const tail = this.#flushAll()
      return tail === null ? null : `${tail}${event}\n\n`
    }
    let obj: unknown
    try {
      obj = JSON.parse(payload)
    } catch {
      return `${event}\n\n`
    }
    if (!isJsonObject(obj) || !Array.isArray(obj.choices)) return `${event}\n\n`
    this.#head = obj
    for (const c of obj.choices) {
      if (!isJsonObject(c) || !isJsonObject(c.delta)) continue
      if (!this.#choice(c, c.delta)) return null
    }
    return frame(obj)
  }

  #choice (c: JsonObject, delta: JsonObject): boolean {
    const index = typeof c.index === 'number' ? c.index : 0
    const key = String(index)
    if (typeof delta.content === 'string') {
      const step = this.#scan.push(key, delta.content, false)
      if (step.blocked !== null) return false
      delta.content = step.text
    }
    if (Array.isArray(delta.tool_calls)) {
      for (const tc of delta.tool_calls) {
        const f: unknown = isJsonObject(tc) ? tc.function : undefined
        if (!isJsonObject(tc) || !isJsonObject(f) || typeof f.arguments !== 'string') continue
        const step = this.#scan.push(`${key}:${typeof tc.index === 'number' ? tc.index : 0}`, f.arguments, true)
        if (step.blocked !== null) return false
        f.arguments = step.text
      }
    }
    if (c.finish_reason === null || c.finish_reason === undefined) return true
    // The choice is complete: what its texts still hold goes out with the finish chunk.
    for (const k of this.#scan.keys()) {
      if (k !== key && !k.startsWith(`${key}:`)) continue
      const step = this.#scan.end(k)
      if (step.blocked !== null) return false
      if (step.text === '') continue
      if (k === key) delta.content = (typeof delta.content === 'string' ? delta.content : '') + step.text
      else {
        const calls = Array.isArray(delta.tool_calls) ? delta.tool_calls : (delta.tool_calls = [])
        calls.push({ index: Number(k.slice(key.length + 1)), function: { arguments: step.text } })
      }
    }
    return true
  }

  /** Releases every text still held as chunks of their own; null when that text blocks. */
  #flushAll (): string | null {
    let out = ''
    for (const k of this.#scan.keys()) {
      const step = this.#scan.end(k)
      if (step.blocked !== null) return null
      if (step.text === '') continue
      const [choice, tool] = k.split(':')
      const delta = tool === undefined ? { content: step.text } : { tool_calls: [{ index: Number(tool), function: { arguments: step.text } }] }
      const h = this.#head ?? {}
      out += frame({ id: h.id, object: h.object ?? 'chat.completion.chunk', created: h.created, model: h.model, choices: [{ index: Number(choice), delta, finish_reason: null }] })
    }
    return out
  }
}
