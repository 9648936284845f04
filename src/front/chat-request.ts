import Type, { type Static } from 'typebox'
import { Compile } from 'typebox/compile'
import type { ChatMessage, Role } from '../detection/types.js'
import type { ConfigInput } from '../config/schema.js'
import { GatewayError } from '../errors.js'
import { requestText, type RequestText } from './request-text.js'
import { toolDefinitionTexts } from './tool-definitions.js'

// The part of the Chat Completions request the gateway must understand. Unknown fields
// are allowed (providers add them all the time) and forwarded untouched.

const TextPart = Type.Object({ type: Type.Literal('text'), text: Type.String() })
const OtherPart = Type.Object({ type: Type.String() })
const Content = Type.Union([Type.String(), Type.Null(), Type.Array(Type.Union([TextPart, OtherPart]))])

const Message = Type.Object({
  role: Type.Union([Type.Literal('system'), Type.Literal('developer'), Type.Literal('user'), Type.Literal('assistant'), Type.Literal('tool'), Type.Literal('function')]),
  content: Type.Optional(Content),
})

export const ChatRequestSchema = Type.Object({
  model: Type.String({ minLength: 1 }),
  messages: Type.Array(Message, { minItems: 1, maxItems: 4096 }),
  stream: Type.Optional(Type.Boolean()),
})

export const AnalyzeRequestSchema = Type.Union([
  Type.Object({
    messages: Type.Array(Message, { minItems: 1, maxItems: 4096 }),
    session_id: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
    dry_run: Type.Optional(Type.Boolean()),
  }),
  Type.Object({
    input: Type.String({ minLength: 1 }),
    session_id: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
    dry_run: Type.Optional(Type.Boolean()),
  }),
])

export type ChatRequest = Static<typeof ChatRequestSchema> & Record<string, unknown>

const chatCheck = Compile(ChatRequestSchema)
const analyzeCheck = Compile(AnalyzeRequestSchema)

export function parseJson (body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'))
  } catch (err) {
    throw new GatewayError('invalid_json', `The request body is not valid JSON: ${(err as Error).message}`)
  }
}

/** Validates a chat request and names the first offending field, e.g. 'messages.2.role'. */
export function checkChatRequest (body: unknown): ChatRequest {
  if (chatCheck.Check(body)) return body as ChatRequest
  throw invalid(body, chatCheck.Errors(body))
}

export interface AnalyzeRequest {
  /** The messages and tool definitions detection reads. */
  readonly text: RequestText
  readonly sessionId: string | null
  readonly dryRun: boolean
}

export function checkAnalyzeRequest (body: unknown, toolDefinitions: ToolDefinitionsMode = 'off'): AnalyzeRequest {
  if (!analyzeCheck.Check(body)) {
    // The union's errors are noisy; report against the branch the caller meant.
    const b = body as Record<string, unknown> | null
    const branch = b !== null && typeof b === 'object' && 'input' in b ? 1 : 0
    const schema = AnalyzeRequestSchema.anyOf[branch]
    throw invalid(body, Compile(schema as typeof AnalyzeRequestSchema.anyOf[0]).Errors(body))
  }
  const b = body as { messages?: ChatRequest['messages'], input?: string, session_id?: string, dry_run?: boolean } & Record<string, unknown>
  return {
    text: b.messages !== undefined ? chatRequestText(b as ChatRequest, toolDefinitions) : requestText([{ role: 'user', content: b.input as string }], []),
    sessionId: b.session_id ?? null,
    dryRun: b.dry_run === true,
  }
}

function invalid (body: unknown, errors: Iterable<{ instancePath: string, message: string, params: unknown }>): GatewayError {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return new GatewayError('invalid_request', 'The request body must be a JSON object.', { param: null })
  }
  for (const e of errors) {
    const p = e.params as { requiredProperties?: string[] }
    const base = e.instancePath.slice(1).replaceAll('/', '.')
    const param = p.requiredProperties !== undefined ? [base, p.requiredProperties.join(',')].filter(s => s !== '').join('.') : base
    return new GatewayError('invalid_request', `Invalid field '${param === '' ? '(body)' : param}': ${e.message}`, { param })
  }
  return new GatewayError('invalid_request')
}

const ROLE_OF: Readonly<Record<string, Role>> = { system: 'system', developer: 'developer', user: 'user', assistant: 'assistant', tool: 'tool', function: 'tool' }

/** `detection.toolDefinitions`: whether the request's tool definitions are read ('off': not), and what their findings may decide (the engine's). */
export type ToolDefinitionsMode = ConfigInput['detection']['toolDefinitions']

/** What detection reads of a chat request: its messages, with its tool definitions among them when they are scanned (see request-text.ts). */
export function chatRequestText (req: Pick<ChatRequest, 'messages'> & Readonly<Record<string, unknown>>, toolDefinitions: ToolDefinitionsMode): RequestText {
  return requestText(flattenMessages(req.messages), toolDefinitions === 'off' ? [] : toolDefinitionTexts(req))
}

/**
 * Flattens content parts to text so every role is scanned the same way. Non-text parts
 * (images, audio) contribute their URL or name if they have one, since a URL is where an
 * exfiltration beacon would hide.
 */
export function flattenMessages (messages: ChatRequest['messages']): ChatMessage[] {
  const out: ChatMessage[] = []
  for (const m of messages) {
    const role = ROLE_OF[m.role] ?? 'user'
    let content = ''
    if (typeof m.content === 'string') content = m.content
    else if (Array.isArray(m.content)) {
      const parts: string[] = []
      for (const part of m.content) {
        const p = part as Record<string, unknown>
        if (typeof p.text === 'string') parts.push(p.text)
        // An assistant's refusal part is text the model reads back as its own.
        else if (typeof p.refusal === 'string') parts.push(p.refusal)
        else {
          const url = (p.image_url as { url?: unknown } | undefined)?.url
          if (typeof url === 'string' && !url.startsWith('data:')) parts.push(url)
        }
      }
      content = parts.join('\n')
    }
    const extra = toolCallText(m as Record<string, unknown>)
    if (extra !== '') content = content === '' ? extra : `${content}\n${extra}`
    out.push({ role, content })
  }
  return out
}

/**
 * Assistant tool calls carry model-chosen arguments (URLs, SQL): scan them as text. Both
 * shapes: `tool_calls` and the legacy single `function_call`.
 */
function toolCallText (m: Record<string, unknown>): string {
  const calls = Array.isArray(m.tool_calls) ? m.tool_calls.map(c => (c as { function?: unknown }).function) : []
  if (m.function_call !== undefined) calls.push(m.function_call)
  const parts: string[] = []
  for (const f of calls) {
    const call = f as { name?: unknown, arguments?: unknown } | null | undefined
    if (call !== null && typeof call === 'object' && typeof call.arguments === 'string') parts.push(`${String(call.name ?? '')}(${call.arguments})`)
  }
  return parts.join('\n')
}
