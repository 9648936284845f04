import type { ConfigInput } from '../config/schema.js'
import type { EngineOptions } from './engine.js'
import { compileProfiles, type ProfileTable } from './overrides/profiles.js'
import { POLICIES } from './registry.js'

// The detection section of the config as the engine takes it. Shards, the main thread's
// output scanning, the admin policy view and check-config all start from here, so they
// see the same thresholds, limits and override layers.

type DetectionConfig = ConfigInput['detection']

/** The engine's options from the `detection` config section. */
export function engineOptionsOf (d: DetectionConfig): EngineOptions {
  return {
    thresholds: { block: d.blockThreshold, flag: d.flagThreshold },
    sessionBoost: { max: d.sessionBoostMax, decayTurns: d.sessionBoostDecayTurns },
    limits: {
      maxMessageChars: d.maxMessageChars,
      maxTotalChars: d.maxTotalChars,
      maxDecodeDepth: d.maxDecodeDepth,
      maxDecodedSegments: d.maxDecodedSegments,
      minEncodedLength: d.minEncodedLength,
    },
    policies: d.policies,
    toolDefinitions: d.toolDefinitions === 'flag' ? 'flag' : 'block',
    overrides: {
      mode: d.mode,
      categories: d.categories,
      allowlist: d.allowlist,
      allowlistMaxMatchChars: d.allowlistMaxMatchChars,
      routes: d.routes,
      tenants: d.tenants,
    },
  }
}

/** The override profiles of a detection config, as the engine compiles them (validation problems into `problems`). */
export function profileTableOf (d: DetectionConfig, problems: string[]): ProfileTable {
  const o = engineOptionsOf(d)
  return compileProfiles({ thresholds: o.thresholds, policies: o.policies, overrides: o.overrides ?? {} }, POLICIES, problems)
}

