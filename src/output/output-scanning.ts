import type { Config } from '../config/config.js'
import type { NormalizeLimits } from '../detection/normalize/index.js'
import { engineOptionsOf, profileTableOf } from '../detection/engine-options.js'
import { canaryMatcher } from './canary.js'
import { LeakMaterial } from './leak-material.js'
import { compileOutputProfiles, type OutputProfiles } from './output-profiles.js'
import { compileSpanPolicies, OutputPolicyError } from './span-policies.js'
import type { ScanSecrets } from './text-scanner.js'
import { OUTPUT_CATEGORIES, type OutputActions } from './types.js'

/** Output scanning as compiled once at boot from `output` and `detection` config. */
export interface OutputScanning {
  /** The configured actions; a profile may turn `block` into `flag` (monitor mode). */
  readonly actions: OutputActions
  /** False when every category is off: answers are relayed untouched. */
  readonly enabled: boolean
  /** Per (tenant, route): the detection override layers applied to output. */
  readonly profiles: OutputProfiles
  readonly limits: NormalizeLimits
  readonly holdBackChars: number
  readonly promptLeakMinWords: number
  readonly canary: Config['output']['canary']
  /** Canaries and prompt shingles kept across requests (mutable, bounded). */
  readonly leakMaterial: LeakMaterial
}

export function compileOutputScanning (output: Config['output'], detection: Config['detection']): OutputScanning {
  const actions: OutputActions = Object.freeze({ pii: output.pii, secrets: output.secrets, exfiltration: output.exfiltration, systemPromptLeak: output.systemPromptLeak })
  // The same profiles the engine compiles (and validates) on every shard, built once
  // more here on the main thread, where answers are scanned.
  const problems: string[] = []
  const table = profileTableOf(detection, problems)
  if (problems.length > 0) throw new OutputPolicyError(problems)
  const profiles = compileOutputProfiles(table, compileSpanPolicies(actions, detection.policies, output.exfiltrationMinRisk), actions, detection.allowlistMaxMatchChars)
  return Object.freeze({
    actions,
    enabled: OUTPUT_CATEGORIES.some(c => actions[c] !== 'off'),
    profiles,
    limits: Object.freeze(engineOptionsOf(detection).limits),
    holdBackChars: output.holdBackChars,
    promptLeakMinWords: output.promptLeakMinWords,
    canary: output.canary,
    leakMaterial: new LeakMaterial(output.canary.secret, output.promptLeakMinWords),
  })
}

/** The canary token of a session (or of a single request when there is no session), or null when off. */
export function sessionCanary (s: OutputScanning, tenant: string, sessionId: string | null, requestId: string): string | null {
  if (s.canary.mode === 'off' || s.actions.systemPromptLeak === 'off') return null
  return s.leakMaterial.canary(tenant, sessionId, requestId)
}

/** What one answer is compared against: its request's canary and system prompt. */
export function scanSecretsOf (s: OutputScanning, canary: string | null, promptTexts: readonly string[]): ScanSecrets {
  const leakOn = s.actions.systemPromptLeak !== 'off'
  return {
    canary: canary === null || !leakOn ? null : canaryMatcher(canary),
    prompt: leakOn ? s.leakMaterial.shingles(promptTexts) : null,
  }
}
