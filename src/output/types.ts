import type { ScopeKind } from '../detection/overrides/types.js'

// The vocabulary of output scanning: what a provider's answer can leak, and what the
// gateway does about each kind of leak. Pure types, shared by the scanners and the relay.

export type OutputCategory = 'pii' | 'secrets' | 'exfiltration' | 'systemPromptLeak'

export const OUTPUT_CATEGORIES: readonly OutputCategory[] = Object.freeze(['pii', 'secrets', 'exfiltration', 'systemPromptLeak'])

/**
 * `redact`: the span is replaced by a typed placeholder and the answer goes on;
 * `block`: the answer is withheld (or the stream cut) with `response_blocked`;
 * `flag`: the answer is relayed unchanged, the finding logged, counted and recorded;
 * `off`: the category is not scanned.
 */
export type OutputAction = 'redact' | 'block' | 'flag' | 'off'

export type OutputActions = Readonly<Record<OutputCategory, OutputAction>>

/** One thing found in an answer. Never carries the leaked text itself. */
export interface OutputFinding {
  readonly category: OutputCategory
  /** What was found, e.g. 'email', 'jwt', 'output-image', 'canary', 'verbatim-lines'. */
  readonly kind: string
  /** The detection policy that found it, or 'output.<kind>' for output-only detectors. */
  readonly policyId: string
  readonly risk: number
  readonly action: Exclude<OutputAction, 'off'>
  readonly reason: string
}

/** A finding located in a text: [start, end) in the text that was scanned. */
export interface LocatedFinding extends OutputFinding {
  readonly start: number
  readonly end: number
}

/** The placeholder a redacted span becomes, e.g. `[REDACTED:email]`. */
export function placeholderOf (kind: string): string {
  return `[REDACTED:${kind}]`
}

/** A finding an allowlist entry dropped, located like a finding so it is counted once, when its text is released. */
export interface LocatedAllow {
  readonly entry: string
  /** Which kind of config section the entry came from (a metric label). */
  readonly scope: ScopeKind
  readonly policyId: string
  readonly start: number
  readonly end: number
}
