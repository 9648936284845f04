// Response bodies of the mock provider, in OpenAI's wire shapes. Built as plain objects
// (and, for streams, as ready-to-write SSE frames) so the transport code only writes bytes.
import { hash } from 'node:crypto'
import type { ChatRequestView, Script, Usage } from './chat-request.js'
import { replyText, scriptedText, splitText, usageOf } from './chat-request.js'

export const MOCK_MODEL_ID = 'mock-model'
const SYSTEM_FINGERPRINT = 'fp_mock'
// A fixed base keeps `created` plausible (late 2023 onward) while the offset varies by request.
const CREATED_BASE = 1_700_000_000
const CREATED_SPREAD = 100_000_000

/** Everything about a response that is derived from the request bytes. */
export interface Identity {
  readonly id: string
  readonly created: number
  readonly requestId: string
}

/**
 * Derives id and timestamp from the raw body; the id's prefix tells an echo answer from a
 * fixed reply. SHA-1 is a fast fingerprint here, not a security measure: one native pass
 * over the body, which the JSON parse pays anyway.
 */
export function identityOf (rawBody: Uint8Array, echo: boolean): Identity {
  const digest = hash('sha1', rawBody, 'buffer')
  const hex = digest.toString('hex')
  return {
    id: `chatcmpl-${echo ? 'echo' : 'mock'}${hex.slice(0, 24)}`,
    created: CREATED_BASE + (digest.readUInt32BE(0) % CREATED_SPREAD),
    requestId: `req_mock${hex.slice(24, 40)}`,
  }
}

function toolCallId (identity: Identity): string {
  return `call_${identity.id.slice(-24)}`
}

export function completionBody (view: ChatRequestView, identity: Identity, echo: boolean, script: Script | null = null): object {
  const content = script === null ? replyText(view, echo) : scriptedText(view, script)
  const tool = script?.toolCall ?? null
  const message = tool === null
    ? { role: 'assistant', content, refusal: null }
    : { role: 'assistant', content: null, refusal: null, tool_calls: [{ id: toolCallId(identity), type: 'function', function: { name: tool, arguments: content } }] }
  return {
    id: identity.id,
    object: 'chat.completion',
    created: identity.created,
    model: view.model,
    choices: [{
      index: 0,
      message,
      logprobs: null,
      finish_reason: tool === null ? 'stop' : 'tool_calls',
    }],
    usage: usageOf(view, content),
    system_fingerprint: SYSTEM_FINGERPRINT,
  }
}

export const DONE_FRAME = 'data: [DONE]\n\n'

function frame (payload: object): string {
  return `data: ${JSON.stringify(payload)}\n\n`
}

/**
 * The whole SSE answer as frames, in order: a role chunk, up to `chunks` content chunks,
 * a finish chunk, with `include_usage` a usage chunk (empty `choices`, as OpenAI sends it),
 * then `[DONE]`. With `include_usage` every other chunk carries `usage: null`, again as
 * OpenAI does, so clients that look for the field behave as they would in production.
 */
export function streamFrames (view: ChatRequestView, identity: Identity, echo: boolean, chunks: number, script: Script | null = null): string[] {
  const content = script === null ? replyText(view, echo) : scriptedText(view, script)
  const tool = script?.toolCall ?? null
  const head = { id: identity.id, object: 'chat.completion.chunk', created: identity.created, model: view.model, system_fingerprint: SYSTEM_FINGERPRINT }
  const chunk = (delta: object, finishReason: string | null): object => {
    const body = { ...head, choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }] }
    return view.includeUsage ? { ...body, usage: null } : body
  }
  if (tool !== null) {
    const frames = [frame(chunk({ role: 'assistant', content: null, refusal: null, tool_calls: [{ index: 0, id: toolCallId(identity), type: 'function', function: { name: tool, arguments: '' } }] }, null))]
    for (const piece of splitText(content, chunks)) frames.push(frame(chunk({ tool_calls: [{ index: 0, function: { arguments: piece } }] }, null)))
    frames.push(frame(chunk({}, 'tool_calls')))
    if (view.includeUsage) frames.push(frame({ ...head, choices: [], usage: usageOf(view, content) }))
    frames.push(DONE_FRAME)
    return frames
  }
  const frames = [frame(chunk({ role: 'assistant', content: '', refusal: null }, null))]
  for (const piece of splitText(content, chunks)) frames.push(frame(chunk({ content: piece }, null)))
  frames.push(frame(chunk({}, 'stop')))
  if (view.includeUsage) frames.push(frame({ ...head, choices: [], usage: usageOf(view, content) }))
  frames.push(DONE_FRAME)
  return frames
}

/** Number of content frames in `streamFrames` output (they follow the role frame). */
export function contentFrameCount (frames: readonly string[], includeUsage: boolean): number {
  return frames.length - (includeUsage ? 4 : 3)
}

interface ErrorShape { readonly type: string, readonly code: string | null, readonly message: string }

// Types and codes as OpenAI sends them for each status, so SDK error mapping and the
// gateway's upstream error handling see realistic bodies.
const ERROR_SHAPES: ReadonlyMap<number, ErrorShape> = new Map([
  [400, { type: 'invalid_request_error', code: null, message: 'Mock provider: bad request.' }],
  [401, { type: 'invalid_request_error', code: 'invalid_api_key', message: 'Mock provider: incorrect API key provided.' }],
  [403, { type: 'permission_error', code: 'unsupported_country_region_territory', message: 'Mock provider: permission denied.' }],
  [404, { type: 'invalid_request_error', code: 'model_not_found', message: 'Mock provider: the model does not exist.' }],
  [429, { type: 'requests', code: 'rate_limit_exceeded', message: 'Mock provider: rate limit reached, try again later.' }],
  [500, { type: 'server_error', code: null, message: 'Mock provider: the server had an error while processing your request.' }],
  [503, { type: 'server_error', code: 'service_unavailable', message: 'Mock provider: the engine is currently overloaded.' }],
])

export interface ErrorBody {
  readonly error: { readonly message: string, readonly type: string, readonly param: string | null, readonly code: string | null }
}

/** OpenAI-style error body for a status forced with `x-mock-status`. */
export function statusErrorBody (status: number): ErrorBody {
  const shape = ERROR_SHAPES.get(status) ?? (status >= 500
    ? { type: 'server_error', code: null, message: `Mock provider: forced status ${status}.` }
    : { type: 'invalid_request_error', code: null, message: `Mock provider: forced status ${status}.` })
  return { error: { message: shape.message, type: shape.type, param: null, code: shape.code } }
}

export function errorBody (message: string, code: string | null, param: string | null = null): ErrorBody {
  return { error: { message, type: 'invalid_request_error', param, code } }
}

const OWNER = 'infershield-mock'

export function modelBody (id: string): object {
  return { id, object: 'model', created: CREATED_BASE, owned_by: OWNER }
}

export function modelsBody (): object {
  return { object: 'list', data: [modelBody(MOCK_MODEL_ID)] }
}
