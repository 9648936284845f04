import { perRequest } from '../input-memo.js'
import type { ChatMessage, NormalizedInput, Role, Segment } from '../types.js'

/**
 * System and developer messages are the operator's configuration. Instructions there
 * ("send escalations to support@corp.io", "you may read the orders table") are the
 * deployment's intent, not an attack and not a user's request. The cost: a system prompt
 * that an attacker can write (a multi-tenant app pasting untrusted text into it) is
 * trusted by the policies that call this; content policies for data (PII, secrets) still
 * scan it.
 */
export function isOperatorRole (role: Role): boolean {
  return role === 'system' || role === 'developer'
}

/** The segment is text of a tool definition (ChatMessage.origin), not of a message. */
export function isToolDefinition (input: Pick<NormalizedInput, 'messages'>, seg: Segment): boolean {
  return input.messages[seg.messageIndex]?.origin === 'tool-definition'
}

const DEFINED_NAME = /^([A-Za-z][\w.-]{1,63})\s{0,3}:/

/** The name a tool definition's text starts with (`name: description`), lower-cased; null for any other message. */
export function toolDefinitionName (input: Pick<NormalizedInput, 'messages'>, messageIndex: number): string | null {
  return toolDefinitionNames(input.messages)[messageIndex] ?? null
}

// Per messages array: a request's inputs, whole or one segment (a decomposed policy), share it.
const NAMES = new WeakMap<readonly ChatMessage[], readonly (string | null)[]>()

/** The name of each message that is a tool definition (null for the others), by message index. */
export function toolDefinitionNames (messages: readonly ChatMessage[]): readonly (string | null)[] {
  let names = NAMES.get(messages)
  if (names === undefined) {
    names = messages.map(m => m.origin === 'tool-definition' ? DEFINED_NAME.exec(m.content)?.[1]?.toLowerCase() ?? null : null)
    NAMES.set(messages, names)
  }
  return names
}

/** Index of the first message that is not the operator's (the count when all are): only operator messages stand before it. */
export function firstNonOperator (messages: readonly ChatMessage[]): number {
  const i = messages.findIndex(m => !isOperatorRole(m.role))
  return i < 0 ? messages.length : i
}

/**
 * The plain text of every system and developer message of the request, in order, as one
 * value: the `decomposes.context` of a policy whose finding in a segment depends on what
 * the system prompt says (a result kept under one system prompt is not read under another).
 */
export const operatorTextOf: (input: NormalizedInput) => string = perRequest(segments =>
  segments.filter(s => s.layer === 'plain' && isOperatorRole(s.role)).map(s => s.text).join('\u0000'))

// Files a repository keeps for AI coding agents: their text speaks to the agent by design.
const AGENT_RULES_FILE = /(?:^|[\s"'`(/\\])(?:agents|claude|gemini|copilot-instructions|conventions)\.md\b|\.cursorrules\b|\.windsurfrules\b|\.clinerules\b|\.cursor\/rules\//i

/**
 * The segment is a tool result answering the agent's own read of a rules file kept for AI
 * agents (AGENTS.md, CLAUDE.md, .cursorrules …): being addressed there is expected, so
 * only what such a file should never ask (sends, downloads to run, overrides, hidden text)
 * counts. Read from the assistant turn just before it, which names the file it read.
 */
export function answersAgentRulesRead (input: Pick<NormalizedInput, 'messages'>, seg: Segment): boolean {
  const i = seg.messageIndex
  if (input.messages[i]?.role !== 'tool') return false
  const call = input.messages[i - 1]
  return call !== undefined && call.role === 'assistant' && AGENT_RULES_FILE.test(call.content.slice(-400))
}

