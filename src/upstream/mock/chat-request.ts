// What the mock provider reads from a Chat Completions request, and the reply it derives.
// Everything here is a pure function of the request, so the same request always gets the
// same answer: tests can compare bodies byte for byte and perf runs see stable sizes.

/** The fields of a chat request the mock acts on, checked and flattened. */
export interface ChatRequestView {
  readonly model: string
  readonly stream: boolean
  readonly includeUsage: boolean
  /** Text of every message, in order, content parts joined (used for token counts). */
  readonly messageTexts: readonly string[]
  /** Text of the last message whose role is `user`, or null when there is none. */
  readonly lastUserText: string | null
  /** Text of the first system or developer message, or null when there is none. */
  readonly systemText: string | null
}

/** A reply forced with `x-mock-reply` (and `x-mock-tool-call`): what tests of output handling need. */
export interface Script {
  /** Reply text; `{{system}}` stands for the request's system prompt (to play a leaking model). */
  readonly text: string
  /** When set, the reply is one call of this function with the text as its arguments. */
  readonly toolCall: string | null
}

/** The scripted reply's text for this request. */
export function scriptedText (view: ChatRequestView, script: Script): string {
  return script.text.replaceAll('{{system}}', view.systemText ?? '')
}

/** A request the mock refuses, shaped like OpenAI's validation errors. */
export interface RequestProblem {
  readonly message: string
  readonly param: string
  readonly code: string
}

const REPLY_PREFIX = 'Mock reply to: '
const QUOTED_CODE_POINTS = 40
const NO_USER_REPLY = 'Mock reply.'

function isRecord (value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Flattens message content the way OpenAI accepts it: a string, or an array of parts of
 * which only `text` parts carry text (images and audio contribute nothing). Parts are
 * joined with a newline so two parts never fuse into one word.
 */
export function contentText (content: unknown): string {
  if (typeof content === 'string') return content
  if (!Array.isArray(content)) return ''
  const texts: string[] = []
  for (const part of content) {
    if (isRecord(part) && part['type'] === 'text' && typeof part['text'] === 'string') texts.push(part['text'])
  }
  return texts.join('\n')
}

/** Checks the parsed body and extracts what the mock needs, or names the first problem. */
export function readChatRequest (body: unknown): ChatRequestView | RequestProblem {
  if (!isRecord(body)) {
    return { message: 'The request body must be a JSON object.', param: '', code: 'invalid_request' }
  }
  const model = body['model']
  if (typeof model !== 'string' || model.length === 0) {
    return { message: "Missing required parameter: 'model'.", param: 'model', code: 'missing_required_parameter' }
  }
  const messages = body['messages']
  if (!Array.isArray(messages)) {
    return { message: "Missing required parameter: 'messages'.", param: 'messages', code: 'missing_required_parameter' }
  }
  if (messages.length === 0) {
    return { message: "Invalid 'messages': empty array.", param: 'messages', code: 'empty_array' }
  }
  const stream = body['stream']
  if (stream !== undefined && stream !== null && typeof stream !== 'boolean') {
    return { message: "Invalid type for 'stream': expected a boolean.", param: 'stream', code: 'invalid_type' }
  }

  const messageTexts: string[] = []
  let lastUserText: string | null = null
  let systemText: string | null = null
  for (let i = 0; i < messages.length; i++) {
    const message: unknown = messages[i]
    if (!isRecord(message) || typeof message['role'] !== 'string') {
      return { message: `Invalid 'messages[${i}]': expected an object with a string 'role'.`, param: `messages[${i}]`, code: 'invalid_type' }
    }
    const text = contentText(message['content'])
    messageTexts.push(text)
    if (message['role'] === 'user') lastUserText = text
    if (systemText === null && (message['role'] === 'system' || message['role'] === 'developer')) systemText = text
  }

  const streamOptions = body['stream_options']
  const includeUsage = isRecord(streamOptions) && streamOptions['include_usage'] === true
  return { model, stream: stream === true, includeUsage, messageTexts, lastUserText, systemText }
}

export function isRequestProblem (value: ChatRequestView | RequestProblem): value is RequestProblem {
  return 'code' in value
}

function isPairAt (text: string, i: number): boolean {
  const high = text.charCodeAt(i)
  if (high < 0xd800 || high > 0xdbff || i + 1 >= text.length) return false
  const low = text.charCodeAt(i + 1)
  return low >= 0xdc00 && low <= 0xdfff
}

/** Index just past `count` code points starting at `from`; a surrogate pair counts once. */
function advanceCodePoints (text: string, from: number, count: number): number {
  let end = from
  for (let seen = 0; seen < count && end < text.length; seen++) end += isPairAt(text, end) ? 2 : 1
  return end
}

function countCodePoints (text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i += isPairAt(text, i) ? 2 : 1) count++
  return count
}

/**
 * The assistant's answer. Echo returns the last user message verbatim, so a test can send
 * a secret and watch output scanning catch it on the way back.
 * Example: "What is 2+2?" → "Mock reply to: What is 2+2?" (echo: "What is 2+2?").
 */
export function replyText (view: ChatRequestView, echo: boolean): string {
  if (view.lastUserText === null) return echo ? '' : NO_USER_REPLY
  if (echo) return view.lastUserText
  return REPLY_PREFIX + view.lastUserText.slice(0, advanceCodePoints(view.lastUserText, 0, QUOTED_CODE_POINTS))
}

/**
 * A rough token count: one token per four UTF-16 units, rounded up. Real tokenizers differ;
 * the mock only promises counts that are deterministic and grow with the text.
 */
export function estimateTokens (text: string): number {
  return Math.ceil(text.length / 4)
}

export interface Usage {
  readonly prompt_tokens: number
  readonly completion_tokens: number
  readonly total_tokens: number
}

// OpenAI charges a few tokens of framing per message and for priming the reply; the mock
// mirrors that shape so prompt counts rise with the number of messages, not only their text.
const TOKENS_PER_MESSAGE = 3
const TOKENS_REPLY_PRIMING = 3

export function usageOf (view: ChatRequestView, reply: string): Usage {
  let prompt = TOKENS_REPLY_PRIMING
  for (const text of view.messageTexts) prompt += TOKENS_PER_MESSAGE + estimateTokens(text)
  const completion = estimateTokens(reply)
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion }
}

/**
 * Splits `text` into at most `pieces` non-empty parts of near-equal length, on code point
 * boundaries. Text shorter than `pieces` code points yields one part per code point;
 * empty text yields no parts (real providers do not stream empty deltas mid-answer).
 * Example: ("abcdefg", 3) → ["abc", "de", "fg"].
 */
export function splitText (text: string, pieces: number): string[] {
  const total = countCodePoints(text)
  const count = Math.min(pieces, total)
  const out: string[] = []
  let start = 0
  for (let i = 0; i < count; i++) {
    const size = Math.floor(total / count) + (i < total % count ? 1 : 0)
    const end = advanceCodePoints(text, start, size)
    out.push(text.slice(start, end))
    start = end
  }
  return out
}
