// The replay's own vocabulary. A corpus scenario and a public eval case both load into a
// ReplayScenario; everything after loading (sending, metrics, report) sees only this.

export type Label = 'attack' | 'benign'

/**
 * history: every user/tool step resends the whole conversation so far (what most apps do).
 * latest: every request carries only the system prompt and the current step, so a chain
 * split over turns is only visible to the gateway's session memory.
 */
export type SendMode = 'history' | 'latest'

export type StepRole = 'system' | 'user' | 'assistant' | 'tool'

export interface ReplayStep {
  readonly step: number
  readonly role: StepRole
  readonly content: string
  readonly expectedDetection: boolean
}

/** An OpenAI Chat Completions message as it goes on the wire. */
export interface WireMessage {
  readonly role: string
  readonly content: string | null | readonly unknown[]
  readonly tool_calls?: readonly WireToolCall[]
  readonly tool_call_id?: string
  readonly [extra: string]: unknown
}

export interface WireToolCall {
  readonly id: string
  readonly type: 'function'
  readonly function: { readonly name: string, readonly arguments: string }
}

export type ScenarioBody =
  /** A corpus scenario: steps accumulated in order, one request per user/tool step. */
  | { readonly kind: 'steps', readonly steps: readonly ReplayStep[] }
  /** A public eval case: its messages sent as one request, as given. */
  | { readonly kind: 'whole', readonly messages: readonly WireMessage[] }

export interface ReplayScenario {
  readonly id: string
  readonly label: Label
  /** Corpus category, or the eval case's category (which need not be a corpus family). */
  readonly family: string
  readonly subcategory: string | null
  readonly severity: string | null
  readonly tags: readonly string[]
  /** The file the scenario came from, for error messages. */
  readonly origin: string
  readonly expectBlocked: boolean
  readonly body: ScenarioBody
  /** The application's tool definitions (Chat Completions `tools`), sent with every request of the scenario; absent: none. */
  readonly tools?: readonly ToolDefinition[]
}

/** A `tools` entry as a client sends it; the gateway reads every string in it. */
export type ToolDefinition = Readonly<Record<string, unknown>>

/** One request as planned: the step that triggers it and the messages it carries. */
export interface PlannedRequest {
  readonly step: number
  readonly messages: readonly WireMessage[]
  /** The scenario's tool definitions, sent with the messages. */
  readonly tools?: readonly ToolDefinition[]
  /** The scenario's assistant step that answers this request, asked of the mock provider (`x-mock-reply`). */
  readonly reply?: string
}

export type BlockStage = 'request' | 'response'

export interface RequestOutcome {
  readonly step: number
  /** HTTP status; 0 when the request failed before any answer (connection, timeout). */
  readonly status: number
  readonly blocked: boolean
  /**
   * Which stage blocked: 'request' (detection on the request, 403 blocked) or 'response'
   * (output scanning withheld the model's answer, 403 response_blocked); null when not blocked.
   */
  readonly blockedBy: BlockStage | null
  /** allow | flag | block as the gateway reported it; null when it did not say. */
  readonly decision: string | null
  readonly riskScore: number | null
  /** Policy ids from the 403 explanation; empty for allowed requests (the real path says no more). */
  readonly policies: readonly string[]
  readonly latencyMs: number
  /** Set when the answer was neither a forward nor a policy block, e.g. 'http 400 invalid_request'. */
  readonly error: string | null
}

export interface ScenarioResult {
  /** The scenario id, or in mixed mode the play id ('<scenario>@<n>'). */
  readonly id: string
  readonly scenario: ReplayScenario
  readonly requests: readonly RequestOutcome[]
}
