// The vocabulary of detection. Nothing here knows about HTTP, threads or Redis:
// the engine is a pure function of (messages, session view, compiled config).

export type Role = 'system' | 'developer' | 'user' | 'assistant' | 'tool'

/** One chat message as detection sees it: content already flattened to text. */
export interface ChatMessage {
  readonly role: Role
  readonly content: string
  /**
   * Set on text the front added from the request's tool definitions (`tools`, `functions`),
   * which the model reads with its instructions: not a message of the conversation.
   */
  readonly origin?: 'tool-definition'
}

export const CATEGORIES = Object.freeze([
  'prompt_injection',
  'indirect_injection',
  'jailbreak',
  'system_prompt_extraction',
  'pii',
  'secrets',
  'exfiltration',
  'sql_injection',
  'encoding_evasion',
  'session_chain',
] as const)

export type Category = typeof CATEGORIES[number]

/** How a segment's text was obtained from the original message. */
export type SegmentLayer = 'plain' | 'decoded'

/**
 * A stretch of text that policies scan. Every message yields one `plain` segment;
 * the normalizer adds one `decoded` segment per payload it could decode (base64, URL,
 * hex, …), so a policy that matches plain text also matches hidden text.
 */
export interface Segment {
  readonly messageIndex: number
  readonly role: Role
  readonly layer: SegmentLayer
  /** Decoding chain that produced this text, outermost first, e.g. ['base64', 'url']. Empty for plain. */
  readonly encodings: readonly string[]
  /** Normalized text: NFKC, invisible/bidi/tag characters removed, confusables folded. */
  readonly text: string
  /** Lower-cased `text`, computed once so policies do not each lower-case it again. */
  readonly lower: string
  /** Offset in the original message content where this segment's source starts. */
  readonly sourceStart: number
  /** Offset in the original message content where this segment's source ends. */
  readonly sourceEnd: number
}

/** Something the normalizer noticed while cleaning text (hidden characters, encodings). */
export interface NormalizationFinding {
  readonly kind: 'invisible' | 'bidi' | 'tag' | 'confusable' | 'encoded' | 'truncated'
  readonly messageIndex: number
  readonly role: Role
  /** How many characters / payloads of this kind were found. */
  readonly count: number
  readonly detail: string
}

export interface NormalizedInput {
  readonly messages: readonly ChatMessage[]
  /** The segments a policy scans. */
  readonly segments: readonly Segment[]
  readonly findings: readonly NormalizationFinding[]
  /**
   * Every segment of the request, when `segments` is only the part the engine handed a
   * decomposed policy (see `PolicyDefinition.decomposes`); absent when the two are the
   * same. Read it through `allSegmentsOf` for cross-segment lookups.
   */
  readonly allSegments?: readonly Segment[]
}

/** Every segment of the request, whatever part of it `input.segments` holds. */
export function allSegmentsOf (input: NormalizedInput): readonly Segment[] {
  return input.allSegments ?? input.segments
}

/** Where a contribution's evidence was found, with a short excerpt safe to show. */
export interface Evidence {
  readonly messageIndex: number
  readonly role: Role
  readonly layer: SegmentLayer
  readonly encodings: readonly string[]
  /** Offsets into the segment text. */
  readonly start: number
  readonly end: number
  /** At most ~80 characters around the match; sensitive values already redacted. */
  readonly excerpt: string
}

/**
 * What a turn did, as far as session analysis is concerned. Policies tag their
 * findings with actions; session policies score chains of actions across turns.
 */
export type ActionKind =
  | 'sensitive_read'
  | 'transform'
  | 'external_send'
  | 'role_claim'
  | 'policy_probe'
  | 'decode_and_follow'
  | 'instruction_override'
  | 'privileged_request'

/** A signal raised by one policy. `risk` is the policy's own confidence-weighted risk, 0..100. */
export interface Signal {
  readonly risk: number
  readonly reason: string
  readonly evidence: Evidence | null
  readonly actions?: readonly ActionKind[]
  /**
   * Where the policy ranks this signal among its findings when it keeps only the strongest,
   * if not by `risk`: a policy that picks its finding before a boost, a cap or a preference
   * (signed over unsigned) sets it, so that the engine, merging per-segment results of a
   * decomposed policy, keeps the finding one call over the whole input would. Never shown.
   */
  readonly rank?: number
}

/** A signal after the engine attached policy identity and weight. */
export interface Contribution {
  readonly policyId: string
  readonly category: Category
  readonly risk: number
  readonly weight: number
  /** risk × weight, capped at 100: the amount this signal pushes the score. */
  readonly contribution: number
  readonly reason: string
  readonly evidence: Evidence | null
  readonly actions: readonly ActionKind[]
}

/** One recorded turn of a session, as kept in the retained window. */
export interface SessionAction {
  /** 1-based ordinal over the session's whole life (not the window). */
  readonly turn: number
  readonly at: number
  readonly kinds: readonly ActionKind[]
  readonly decision: Decision
  readonly score: number
  readonly policies: readonly string[]
  /** Short, normalized text fragments kept for reassembling payloads split across turns. */
  readonly fragments?: readonly string[]
  /** The fragments are a tool result's text (the turn answered a tool call), not a user's. */
  readonly toolResult?: true
  /**
   * Set on the record of a proxied answer: what the model's side of the conversation
   * showed, for later turns of a client that does not send its history back.
   */
  readonly answer?: readonly AnswerFact[]
}

/**
 * What an answer showed that later turns are judged by: the model declined (`refused`) or
 * warned about honesty or legality (`cautioned`) — a push past it is a crescendo; it opened
 * by agreeing and stopped mid-procedure (`primed`) — "continue" cashes that in; it carried
 * data out in an image or a send (`sent`) — "same format as before" repeats the leak.
 */
export type AnswerFact = 'refused' | 'cautioned' | 'primed' | 'sent'
export const ANSWER_FACTS: readonly AnswerFact[] = ['refused', 'cautioned', 'primed', 'sent']

/** Recorded turns whose fragments are used for reassembly, and kept: older records drop theirs. */
export const FRAGMENT_TURNS = 8

/** What a policy may know about the session: read-only, recent window only. */
export interface SessionView {
  readonly totalActions: number
  readonly recent: readonly SessionAction[]
  /** Highest score seen in the retained window, 0 for a new session. */
  readonly peakScore: number
}

export const EMPTY_SESSION: SessionView = Object.freeze({ totalActions: 0, recent: Object.freeze([]), peakScore: 0 })

export type Decision = 'allow' | 'flag' | 'block'

export type Stage = 'request' | 'response'

export interface PolicyContext<P> {
  readonly input: NormalizedInput
  readonly session: SessionView
  readonly params: P
  /** Actions raised by the stateless policies that ran earlier in this evaluation. */
  readonly turnActions: ReadonlySet<ActionKind>
}
