import type { Config } from '../config/config.js'
import { OPEN_TENANT } from '../config/api-key.js'
import { ROUTE_IDS } from '../config/schema.js'
import { coversPolicy } from '../detection/overrides/allowlist.js'
import type { ProfileTable } from '../detection/overrides/profiles.js'
import { POLICIES } from '../detection/registry.js'
import { GatewayError } from '../errors.js'
import { profileTableOf } from '../detection/engine-options.js'

// What one tenant actually gets once the override layers apply: the answer to "why was
// this blocked for acme and not for beta?" without reading four config sections.

/** No route: the layers every route of the tenant shares (global, then tenant). */
const NO_ROUTE = ''

export interface TenantPolicyView {
  readonly tenant: string
  readonly route: string | null
  readonly scopes: readonly string[]
  readonly thresholds: { readonly block: number, readonly flag: number }
  readonly mode: string
  /** Allowlist entries of every layer that applies. */
  readonly allowlist_entries: number
  readonly policies: readonly {
    readonly id: string
    readonly category: string
    readonly enabled: boolean
    /** Null when disabled here. */
    readonly weight: number | null
    readonly default_weight: number
    /** Entries whose policy and category scope can drop this policy's findings. */
    readonly allowlist_entries: number
  }[]
}

export class TenantPolicies {
  readonly #table: ProfileTable
  readonly #tenants: ReadonlySet<string>

  /** Compiled once when the admin port starts, like the engine's own profiles. */
  constructor (config: Config) {
    // The config was validated when the gateway started: compiling it again cannot fail.
    this.#table = profileTableOf(config.detection, [])
    this.#tenants = new Set(config.auth.mode === 'keys' ? config.auth.keys.map(k => k.tenant) : [OPEN_TENANT])
  }

  /** The effective settings of `tenant` (on `route`, or on every route when null). */
  view (tenant: string, route: string | null): TenantPolicyView {
    if (!this.#tenants.has(tenant)) throw new GatewayError('unknown_tenant', 'No API key authenticates as this tenant; GET /admin/config lists the tenants.', { param: 'tenant' })
    if (route !== null && !(ROUTE_IDS as readonly string[]).includes(route)) {
      throw new GatewayError('invalid_request', `Unknown route; one of ${ROUTE_IDS.join(', ')}.`, { param: 'route' })
    }
    const p = this.#table.select({ tenant, route: route ?? NO_ROUTE })
    return {
      tenant,
      route,
      scopes: p.settings.scopes,
      thresholds: p.thresholds,
      mode: p.mode,
      allowlist_entries: p.allowlist.length,
      policies: POLICIES.map((policy, i) => {
        const weight = p.weights[i] ?? null
        return {
          id: policy.id,
          category: policy.category,
          enabled: weight !== null,
          weight,
          default_weight: policy.weight,
          allowlist_entries: p.allowlist.filter(r => coversPolicy(r, policy.id, policy.category)).length,
        }
      }),
    }
  }
}
