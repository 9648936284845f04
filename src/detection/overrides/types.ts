import type { Thresholds } from '../scoring.js'
import type { Category, Evidence, Role } from '../types.js'

// Overrides as detection sees them: plain data with the same shape as the config
// (src/config/schema.ts), so the config can be handed over as is. Detection does not
// import the config module; the shapes are kept compatible by the type checker at the
// one place that passes one to the other (src/worker/evaluator.ts).

/** `monitor` forwards what would be blocked, flagged and marked would-block. */
export type EnforcementMode = 'enforce' | 'monitor'

export interface LayerPolicy {
  readonly enabled?: boolean
  readonly weight?: number
}

export interface AllowlistEntry {
  readonly name?: string
  readonly exact?: string
  readonly pattern?: string
  readonly ignoreCase?: boolean
  readonly policies?: readonly string[]
  readonly categories?: readonly string[]
  readonly roles?: readonly Role[]
}

export interface OverrideLayer {
  readonly blockThreshold?: number
  readonly flagThreshold?: number
  readonly mode?: EnforcementMode
  readonly policies?: Readonly<Record<string, LayerPolicy>>
  readonly categories?: Readonly<Record<string, LayerPolicy>>
  readonly allowlist?: readonly AllowlistEntry[]
}

export interface TenantOverride extends OverrideLayer {
  readonly routes?: Readonly<Record<string, OverrideLayer | undefined>>
}

/** Everything above the global policy settings: scoped layers and allowlists. */
export interface DetectionOverrides {
  readonly mode?: EnforcementMode
  readonly categories?: Readonly<Record<string, LayerPolicy>>
  readonly allowlist?: readonly AllowlistEntry[]
  /** Longest allowlist match that still allows anything. */
  readonly allowlistMaxMatchChars?: number
  readonly routes?: Readonly<Record<string, OverrideLayer | undefined>>
  readonly tenants?: Readonly<Record<string, TenantOverride>>
}

/** Who is asking and through which route: what selects the effective settings. */
export interface RequestScope {
  readonly tenant: string
  readonly route: string
}

/** Which kind of config section an allowlist entry or setting came from (a metric label: never a tenant name). */
export type ScopeKind = 'global' | 'route' | 'tenant' | 'tenant_route'

/** A finding dropped because its evidence lies inside allowlisted text. */
export interface AllowlistHit {
  readonly entry: string
  readonly scope: ScopeKind
  readonly policyId: string
  readonly category: Category
  readonly risk: number
  readonly contribution: number
  readonly evidence: Evidence
}

export interface EffectiveSettings {
  /** Config sections that shaped these settings, least specific first: 'global', 'routes.analyze', 'tenants.acme', 'tenants.acme.routes.analyze'. */
  readonly scopes: readonly string[]
  readonly thresholds: Thresholds
  readonly mode: EnforcementMode
}
