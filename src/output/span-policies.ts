import { Compile } from 'typebox/compile'
import Value from 'typebox/value'
import type { AnyPolicy } from '../detection/define-policy.js'
import type { PolicyOverride } from '../detection/engine.js'
import { POLICIES } from '../detection/registry.js'
import type { OutputActions, OutputCategory } from './types.js'

/**
 * A detection policy reused to find leaks in answers. Output scanning does not keep a
 * second set of patterns: the same validated PII, secret and exfiltration policies that
 * score requests (Luhn, IBAN checksums, placeholders, entropy, URL features) locate
 * spans in the answer, with the operator's per-policy overrides applied.
 */
export interface SpanPolicy {
  readonly policy: AnyPolicy
  readonly params: unknown
  readonly category: Exclude<OutputCategory, 'systemPromptLeak'>
  /** The placeholder kind: the policy id after its folder, e.g. 'email', 'credit-card'. */
  readonly kind: string
  /** Weighted signals below this risk are not output findings (links are weaker than images). */
  readonly minRisk: number
  /** Position in the registry: the index of its weight in every override profile. */
  readonly index: number
  /** Multiplies the policy's risk, as on requests; set per profile (output-profiles.ts). */
  readonly weight: number
}

const CATEGORY_OF: Readonly<Record<string, SpanPolicy['category']>> = { pii: 'pii', secrets: 'secrets', exfiltration: 'exfiltration' }

// Exfiltration policies that read URLs in answers. The instruction-shaped ones
// (send-instruction) describe requests, not answers, and stay on the request side.
const EXFILTRATION_IN_OUTPUT = new Set(['exfiltration.output-image', 'exfiltration.markdown-beacon', 'exfiltration.capture-endpoint'])

// Which policy claims a stretch of text first. Masking means a value is reported by the
// first policy that matches it, so formats with stronger evidence go first: URLs before
// the secrets inside them, vendor-format secrets before digits, an IBAN (checksummed,
// country-coded) before the card or phone number its digits might also look like.
const CATEGORY_RANK: Readonly<Record<SpanPolicy['category'], number>> = { exfiltration: 0, secrets: 1, pii: 2 }
const POLICY_RANK: Readonly<Record<string, number>> = { 'pii.iban': 0, 'pii.email': 1, 'pii.us-ssn': 2, 'pii.credit-card': 3, 'pii.phone': 4 }

function rank (p: SpanPolicy): number {
  return CATEGORY_RANK[p.category] * 100 + (POLICY_RANK[p.policy.id] ?? 50)
}

export class OutputPolicyError extends Error {
  readonly problems: readonly string[]
  constructor (problems: readonly string[]) {
    super(`invalid output scanning config: ${problems.join('; ')}`)
    this.problems = problems
  }
}

/**
 * Resolves, once at boot, which policies may scan answers: every response-stage PII and
 * secret policy and the URL-reading exfiltration policies, minus those whose category is
 * 'off'. Params are defaulted and checked like the engine does. Whether a policy runs, and
 * with what weight, is decided per override profile (output-profiles.ts).
 */
export function compileSpanPolicies (actions: OutputActions, overrides: Readonly<Record<string, PolicyOverride>>, exfiltrationMinRisk: number, registry: readonly AnyPolicy[] = POLICIES): readonly SpanPolicy[] {
  const out: SpanPolicy[] = []
  const problems: string[] = []
  registry.forEach((policy, index) => {
    const category = CATEGORY_OF[policy.id.slice(0, policy.id.indexOf('.'))]
    if (category === undefined || actions[category] === 'off' || !policy.stages.includes('response')) return
    if (category === 'exfiltration' && !EXFILTRATION_IN_OUTPUT.has(policy.id)) return
    const o = overrides[policy.id] ?? {}
    const params = Value.Default(policy.params, structuredClone(o.params ?? {}))
    for (const e of Compile(policy.params).Errors(params)) problems.push(`detection.policies.${policy.id}.params${e.instancePath.replaceAll('/', '.')}: ${e.message}`)
    out.push(Object.freeze({
      policy,
      params: Object.freeze(params),
      category,
      kind: policy.id.slice(policy.id.indexOf('.') + 1),
      minRisk: category === 'exfiltration' ? exfiltrationMinRisk : 0,
      index,
      weight: policy.weight,
    }))
  })
  if (problems.length > 0) throw new OutputPolicyError(problems)
  // Stable: within a rank, the registry's priority order stands.
  return Object.freeze(out.map((p, i) => [p, i] as const).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([p]) => p))
}
