import type { EngineResult } from '../detection/engine.js'
import type { AllowlistHit } from '../detection/overrides/types.js'
import type { Contribution, Evidence } from '../detection/types.js'
import type { SessionSummary } from '../router/protocol.js'
import { placeOf, type MessageSource } from './request-text.js'

// The public shape of a detection result (the /v1/analyze body and the `infershield`
// member of a 403). snake_case like the rest of the OpenAI-style API.

export interface AnalysisView {
  readonly decision: EngineResult['decision']
  readonly blocked: boolean
  readonly risk_score: number
  readonly policies: readonly PolicyView[]
  readonly session: { readonly id: string, readonly total_actions: number, readonly risk: number } | null
  readonly explanation: {
    readonly base_score: number
    readonly session_multiplier: number
    readonly session_reason: string | null
    readonly thresholds: { readonly block: number, readonly flag: number }
    readonly mode: 'enforce' | 'monitor'
    /** Monitor mode forwarded a request that reached the block threshold. */
    readonly would_block: boolean
    /** The block was reached only with findings in tool definitions, which detection.toolDefinitions "flag" lets flag but not block. */
    readonly held_back: boolean
    /** The config sections whose settings applied, least specific first. */
    readonly scopes: readonly string[]
    readonly actions: readonly string[]
    /** Findings dropped because their evidence lies in allowlisted text. */
    readonly allowlisted: readonly AllowlistedView[]
  }
  readonly request_id: string
}

interface PolicyView {
  readonly id: string
  readonly category: string
  readonly risk: number
  readonly weight: number
  readonly contribution: number
  readonly reason: string
  readonly evidence: EvidenceView | null
}

interface AllowlistedView {
  readonly entry: string
  readonly policy: string
  readonly category: string
  readonly contribution: number
  readonly evidence: EvidenceView
}

interface EvidenceView {
  /** The client's message; null when the evidence is in a tool definition. */
  readonly message_index: number | null
  /** Where in the request body: `messages[2]`, `tools[0]`, `functions[1]`. */
  readonly source: string
  readonly role: string
  readonly layer: string
  readonly encodings: readonly string[]
  readonly start: number
  readonly end: number
  readonly excerpt: string
}

export function analysisView (r: EngineResult, session: SessionSummary | null, requestId: string, sources: readonly MessageSource[] = []): AnalysisView {
  const policyView = (c: Contribution): PolicyView => ({ id: c.policyId, category: c.category, risk: c.risk, weight: c.weight, contribution: c.contribution, reason: c.reason, evidence: c.evidence === null ? null : evidenceView(c.evidence, sources) })
  const allowlistedView = (h: AllowlistHit): AllowlistedView => ({ entry: h.entry, policy: h.policyId, category: h.category, contribution: h.contribution, evidence: evidenceView(h.evidence, sources) })
  return {
    decision: r.decision,
    blocked: r.decision === 'block',
    risk_score: r.score,
    policies: r.contributions.map(policyView),
    session: session === null ? null : { id: session.id, total_actions: session.totalActions, risk: session.risk },
    explanation: {
      base_score: r.baseScore,
      session_multiplier: r.sessionMultiplier,
      session_reason: r.sessionReason,
      thresholds: r.thresholds,
      mode: r.mode,
      would_block: r.wouldBlock,
      held_back: r.heldBack,
      scopes: r.scopes,
      actions: r.actions,
      allowlisted: r.allowlisted.map(allowlistedView),
    },
    request_id: requestId,
  }
}

/** `sources` maps the engine's message index to the request body (empty: the engine read the client's messages as they are). */
function evidenceView (e: Evidence, sources: readonly MessageSource[]): EvidenceView {
  return { ...placeOf(sources, e.messageIndex), role: e.role, layer: e.layer, encodings: e.encodings, start: e.start, end: e.end, excerpt: e.excerpt }
}

/** The 403 body: OpenAI error shape, so SDKs raise their usual APIError, plus the analysis. */
export function blockedBody (view: AnalysisView): unknown {
  const top = view.policies[0]
  const why = top === undefined ? 'risk threshold reached' : `${top.reason} (${top.id})`
  return {
    error: {
      message: `Request blocked by InferShield security policy: ${why}. Risk score ${view.risk_score}. Request id ${view.request_id}.`,
      type: 'infershield_policy_violation',
      param: null,
      code: 'blocked',
    },
    infershield: view,
  }
}
