import type { AnyPolicy } from '../define-policy.js'
import type { Thresholds } from '../scoring.js'
import { CATEGORIES } from '../types.js'
import { compileAllowlist, type AllowRule, type CompileContext } from './allowlist.js'
import type { DetectionOverrides, EffectiveSettings, EnforcementMode, LayerPolicy, OverrideLayer, RequestScope, ScopeKind } from './types.js'

/**
 * The effective settings for one (tenant, route): which policies run and with what weight,
 * the thresholds, the mode and the allowlist. Built at compile time for every combination
 * the config names, so a request only looks one up.
 */
export interface Profile {
  /** What the explanation shows; plain data (a profile itself holds functions and cannot cross threads). */
  readonly settings: EffectiveSettings
  readonly thresholds: EffectiveSettings['thresholds']
  readonly mode: EffectiveSettings['mode']
  /** Weight per policy, by position in the compiled policy list; null: disabled here. */
  readonly weights: readonly (number | null)[]
  readonly allowlist: readonly AllowRule[]
}

export interface ProfileTable {
  readonly global: Profile
  /** Every distinct profile, global first. */
  readonly all: readonly Profile[]
  select (scope: RequestScope | undefined): Profile
}

interface NamedLayer {
  /** Config path, for problems. */
  readonly path: string
  /** Short scope label shown in explanations. */
  readonly scope: string
  readonly layer: OverrideLayer
  readonly rules: readonly AllowRule[]
}

export interface GlobalSettings {
  readonly thresholds: Thresholds
  readonly policies: Readonly<Record<string, LayerPolicy>>
  readonly overrides: DetectionOverrides
}

/**
 * Layers apply least specific first: global → route → tenant → tenant route. Within a
 * layer a policy's own setting beats its category's; a later layer beats an earlier one.
 * Thresholds and mode: the most specific layer that sets them. Allowlists add up.
 */
export function compileProfiles (g: GlobalSettings, policies: readonly AnyPolicy[], problems: string[]): ProfileTable {
  const ctx: CompileContext = { knownPolicies: new Set(policies.map(p => p.id)), problems }
  const o = g.overrides
  const named = (path: string, scope: string, kind: ScopeKind, layer: OverrideLayer): NamedLayer => {
    checkIds(layer, path, ctx)
    return { path, scope, layer, rules: compileAllowlist(layer.allowlist ?? [], path, kind, ctx) }
  }
  const globalLayer = named('detection', 'global', 'global', {
    blockThreshold: g.thresholds.block,
    flagThreshold: g.thresholds.flag,
    ...(o.mode === undefined ? {} : { mode: o.mode }),
    policies: g.policies,
    ...(o.categories === undefined ? {} : { categories: o.categories }),
    ...(o.allowlist === undefined ? {} : { allowlist: o.allowlist }),
  })
  const routeLayers = new Map<string, NamedLayer>()
  for (const [route, layer] of Object.entries(o.routes ?? {})) {
    if (layer !== undefined) routeLayers.set(route, named(`detection.routes.${route}`, `routes.${route}`, 'route', layer))
  }
  const build = (layers: readonly NamedLayer[]): Profile => profileOf(layers, policies, problems)

  const global = build([globalLayer])
  const byRoute = new Map<string, Profile>()
  for (const [route, l] of routeLayers) byRoute.set(route, build([globalLayer, l]))
  const byTenant = new Map<string, { base: Profile, routes: Map<string, Profile> }>()
  for (const [tenant, t] of Object.entries(o.tenants ?? {})) {
    const tenantLayer = named(`detection.tenants.${tenant}`, `tenants.${tenant}`, 'tenant', t)
    const own = new Map<string, NamedLayer>()
    for (const [route, layer] of Object.entries(t.routes ?? {})) {
      if (layer !== undefined) own.set(route, named(`detection.tenants.${tenant}.routes.${route}`, `tenants.${tenant}.routes.${route}`, 'tenant_route', layer))
    }
    const routes = new Map<string, Profile>()
    for (const route of new Set([...routeLayers.keys(), ...own.keys()])) {
      routes.set(route, build([globalLayer, routeLayers.get(route), tenantLayer, own.get(route)].filter(l => l !== undefined)))
    }
    byTenant.set(tenant, { base: build([globalLayer, tenantLayer]), routes })
  }
  const all = [global, ...byRoute.values(), ...[...byTenant.values()].flatMap(t => [t.base, ...t.routes.values()])]
  return Object.freeze({
    global,
    all: Object.freeze(all),
    select (scope: RequestScope | undefined): Profile {
      if (scope === undefined) return global
      const t = byTenant.get(scope.tenant)
      if (t !== undefined) return t.routes.get(scope.route) ?? t.base
      return byRoute.get(scope.route) ?? global
    },
  })
}

function profileOf (layers: readonly NamedLayer[], policies: readonly AnyPolicy[], problems: string[]): Profile {
  const weights = policies.map(p => {
    let enabled = true
    let weight = p.weight
    for (const { layer } of layers) {
      for (const s of [layer.categories?.[p.category], layer.policies?.[p.id]]) {
        if (s?.enabled !== undefined) enabled = s.enabled
        if (s?.weight !== undefined) weight = s.weight
      }
    }
    return enabled ? weight : null
  })
  let block = 0
  let flag = 0
  let mode: EnforcementMode = 'enforce'
  for (const { layer } of layers) {
    block = layer.blockThreshold ?? block
    flag = layer.flagThreshold ?? flag
    mode = layer.mode ?? mode
  }
  const last = layers[layers.length - 1] as NamedLayer
  const scopes = Object.freeze(layers.map(l => l.scope))
  if (flag > block) problems.push(`${last.path}: flagThreshold ${flag} is above blockThreshold ${block} where ${scopes.join(' + ')} apply`)
  const thresholds = Object.freeze({ block, flag })
  return Object.freeze({
    settings: Object.freeze({ scopes, thresholds, mode }),
    thresholds,
    mode,
    weights: Object.freeze(weights),
    allowlist: Object.freeze(layers.flatMap(l => l.rules)),
  })
}

function checkIds (layer: OverrideLayer, path: string, ctx: CompileContext): void {
  for (const id of Object.keys(layer.policies ?? {})) {
    if (!ctx.knownPolicies.has(id)) ctx.problems.push(`${path}.policies.${id}: no such policy`)
  }
  for (const c of Object.keys(layer.categories ?? {})) {
    if (!(CATEGORIES as readonly string[]).includes(c)) ctx.problems.push(`${path}.categories.${c}: no such category (one of ${CATEGORIES.join(', ')})`)
  }
}
