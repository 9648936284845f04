import type { AllowRule } from '../detection/overrides/allowlist.js'
import { appliesTo } from '../detection/overrides/allowlist.js'
import type { Profile, ProfileTable } from '../detection/overrides/profiles.js'
import type { EffectiveSettings, RequestScope } from '../detection/overrides/types.js'
import type { SpanPolicy } from './span-policies.js'
import { OUTPUT_CATEGORIES, type OutputActions } from './types.js'

/** Output-only detectors as allowlists see them: no registry policy, so only entries that name no policy apply. */
export const PROMPT_OVERLAP = { id: 'output.prompt-overlap', category: 'system_prompt_extraction' } as const

/**
 * Output scanning under one override profile (global, route, tenant, tenant route): the
 * same layers that shape request detection decide which policies scan answers, with what
 * weight, whether a block is enforced or only logged, and which text is allowlisted.
 */
export interface OutputProfile {
  /** What happens to a finding of each category here: in monitor mode `block` becomes `flag`. */
  readonly actions: OutputActions
  /** The configured actions, for telling a monitored block (would_block) from a plain flag. */
  readonly configured: OutputActions
  readonly settings: EffectiveSettings
  /** Policies enabled here, each with its weight here; weight 0 is left out (it could never count). */
  readonly spanPolicies: readonly SpanPolicy[]
  /** Every allowlist entry of the layers, for the span policies' findings. */
  readonly allowlist: readonly AllowRule[]
  /** The entries that may drop a verbatim prompt copy (output.prompt-overlap). */
  readonly overlapAllowlist: readonly AllowRule[]
  readonly allowlistMaxChars: number
}

export interface OutputProfiles {
  readonly global: OutputProfile
  select (scope: RequestScope | undefined): OutputProfile
}

/** One output profile per detection profile, built at boot; a request looks one up. */
export function compileOutputProfiles (table: ProfileTable, candidates: readonly SpanPolicy[], configured: OutputActions, allowlistMaxChars: number): OutputProfiles {
  const byProfile = new Map<Profile, OutputProfile>()
  for (const p of table.all) byProfile.set(p, outputProfileOf(p, candidates, configured, allowlistMaxChars))
  const global = byProfile.get(table.global) as OutputProfile
  return Object.freeze({
    global,
    select: (scope: RequestScope | undefined): OutputProfile => byProfile.get(table.select(scope)) ?? global,
  })
}

function outputProfileOf (p: Profile, candidates: readonly SpanPolicy[], configured: OutputActions, allowlistMaxChars: number): OutputProfile {
  const spanPolicies = candidates.flatMap(c => {
    const weight = p.weights[c.index]
    return weight === null || weight === undefined || weight <= 0 ? [] : [Object.freeze({ ...c, weight })]
  })
  const monitor = p.mode === 'monitor'
  // Monitor mode forwards what would be blocked, as on requests. Redaction stays: it
  // forwards the answer too, and a monitoring rollout must not start leaking what was hidden.
  const actions = Object.freeze(Object.fromEntries(OUTPUT_CATEGORIES.map(c => [c, monitor && configured[c] === 'block' ? 'flag' : configured[c]]))) as OutputActions
  return Object.freeze({
    actions,
    configured,
    settings: p.settings,
    spanPolicies: Object.freeze(spanPolicies),
    allowlist: p.allowlist,
    overlapAllowlist: Object.freeze(p.allowlist.filter(r => appliesTo(r, PROMPT_OVERLAP.id, PROMPT_OVERLAP.category, 'assistant'))),
    allowlistMaxChars,
  })
}
