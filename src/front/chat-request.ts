import Type, { type Static } from 'typebox'
import { Compile } from 'typebox/compile'
import type { ChatMessage, Role } from '../detection/types.js'
import { GatewayError } from '../errors.js'

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
  readonly messages: readonly ChatMessage[]
  readonly sessionId: string | null
  readonly dryRun: boolean
}

export function checkAnalyzeRequest (body: unknown): AnalyzeRequest {
  if (!analyzeCheck.Check(body)) {
    // The union's errors are noisy; report against the branch the caller meant.
    const b = body as Record<string, unknown> | null
    const branch = b !== null && typeof b === 'object' && 'input' in b ? 1 : 0
    const schema = AnalyzeRequestSchema.anyOf[branch]
    throw invalid(body, Compile(schema as typeof AnalyzeRequestSchema.anyOf[0]).Errors(body))
  }
  const b = body as { messages?: ChatRequest['messages'], input?: string, session_id?: string, dry_run?: boolean }
  return {
    messages: b.messages !== undefined ? flattenMessages(b.messages) : [{ role: 'user', content: b.input as string }],
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

/** Assistant tool calls carry model-chosen arguments (URLs, SQL): scan them as text. */
function toolCallText (m: Record<string, unknown>): string {
  const calls = m.tool_calls
  if (!Array.isArray(calls)) return ''
  const parts: string[] = []
  for (const c of calls) {
    const f = (c as { function?: { name?: unknown, arguments?: unknown } }).function
    if (f !== undefined && typeof f.arguments === 'string') parts.push(`${String(f.name ?? '')}(${f.arguments})`)
  }
  return parts.join('\n')
}
