import { firstNonOperator } from '../detection/checks/roles.js'
import type { ChatMessage } from '../detection/types.js'
import type { ToolDefinitionText } from './tool-definitions.js'

/** Where a message the engine reads came from in the request body. */
export type MessageSource =
  | { readonly kind: 'message', readonly index: number }
  | { readonly kind: 'tool-definition', readonly field: ToolDefinitionText['field'], readonly index: number }

/** The messages detection reads for one request, and where each came from (same order). */
export interface RequestText {
  readonly messages: readonly ChatMessage[]
  readonly sources: readonly MessageSource[]
}

/**
 * The request's messages with its tool definitions among them, as `tool` messages: text
 * from a third party the model is asked to trust, like a tool result. They go after the
 * leading system and developer messages, where the model reads them, so for turn scoping
 * they are history like the system prompt: judged with the request that first sends
 * them, carried (still counted in full) when a later request of the session resends them.
 */
export function requestText (messages: readonly ChatMessage[], tools: readonly ToolDefinitionText[]): RequestText {
  const sources: MessageSource[] = messages.map((_, index) => ({ kind: 'message', index }))
  if (tools.length === 0) return { messages, sources }
  const at = firstNonOperator(messages)
  return {
    messages: [...messages.slice(0, at), ...tools.map((t): ChatMessage => ({ role: 'tool', content: t.text, origin: 'tool-definition' })), ...messages.slice(at)],
    sources: [...sources.slice(0, at), ...tools.map((t): MessageSource => ({ kind: 'tool-definition', field: t.field, index: t.index })), ...sources.slice(at)],
  }
}

/** How evidence names its place in the request: the client's message index (null for a tool definition) and the body path. */
export interface Place {
  readonly message_index: number | null
  readonly source: string
}

export function placeOf (sources: readonly MessageSource[], messageIndex: number): Place {
  const s = sources[messageIndex] ?? { kind: 'message', index: messageIndex }
  return s.kind === 'message'
    ? { message_index: s.index, source: `messages[${s.index}]` }
    : { message_index: null, source: `${s.field}[${s.index}]` }
}
