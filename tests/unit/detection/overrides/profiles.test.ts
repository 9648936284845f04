import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import Type from 'typebox'
import { definePolicy, type AnyPolicy } from '../../../../src/detection/define-policy.js'
import { compileEngine, EngineConfigError, type EngineOptions } from '../../../../src/detection/engine.js'
import { DEFAULT_LIMITS } from '../../../../src/detection/normalize/index.js'
import type { DetectionOverrides } from '../../../../src/detection/overrides/types.js'
import { EMPTY_SESSION, type Category } from '../../../../src/detection/types.js'

// Layering of overrides, with stand-in policies whose risk is a parameter, so each
// expected score is plain arithmetic.

function policy (id: string, category: Category, risk: number): AnyPolicy {
  return definePolicy({
    id, category, phase: 'content', priority: 10, weight: 1, stages: ['request'], failMode: 'closed', description: id,
    params: Type.Object({}),
    evaluate: (ctx) => ctx.input.segments.some(s => s.lower.includes('trigger')) ? [{ risk, reason: `${id} fired`, evidence: null }] : [],
  })
}

const REGISTRY = [policy('inj.a', 'prompt_injection', 60), policy('pii.b', 'pii', 50), policy('pii.c', 'pii', 40)]

function engine (overrides: DetectionOverrides, policies: EngineOptions['policies'] = {}) {
  return compileEngine({ thresholds: { block: 80, flag: 50 }, sessionBoost: { max: 0, decayTurns: 10 }, limits: DEFAULT_LIMITS, policies, overrides }, REGISTRY)
}

const msg = [{ role: 'user' as const, content: 'trigger' }]
const weights = (e: ReturnType<typeof engine>, tenant: string, route: string) =>
  Object.fromEntries(e.evaluate(msg, EMPTY_SESSION, 'request', { tenant, route }).contributions.map(c => [c.policyId, c.weight]))

function problemsOf (fn: () => unknown): string[] {
  try {
    fn()
  } catch (err) {
    assert.ok(err instanceof EngineConfigError, String(err))
    return [...err.problems]
  }
  assert.fail('expected a config error')
}

describe('override layers', () => {
  it('applies global → route → tenant → tenant route, the most specific setting winning', () => {
    const e = engine({
      categories: { pii: { weight: 0.5 } },
      routes: { analyze: { categories: { pii: { weight: 0.8 } }, blockThreshold: 90 } },
      tenants: {
        acme: { policies: { 'pii.b': { weight: 1.5 } }, routes: { analyze: { categories: { pii: { weight: 0.2 } } } } },
      },
    })
    assert.deepEqual(weights(e, 'other', 'chat_completions'), { 'inj.a': 1, 'pii.b': 0.5, 'pii.c': 0.5 })
    assert.deepEqual(weights(e, 'other', 'analyze'), { 'inj.a': 1, 'pii.b': 0.8, 'pii.c': 0.8 })
    // Tenant layer: its policy setting beats the route's category setting before it.
    assert.deepEqual(weights(e, 'acme', 'chat_completions'), { 'inj.a': 1, 'pii.b': 1.5, 'pii.c': 0.5 })
    // Tenant route layer: its category setting beats the tenant's policy setting.
    assert.deepEqual(weights(e, 'acme', 'analyze'), { 'inj.a': 1, 'pii.b': 0.2, 'pii.c': 0.2 })
    assert.deepEqual(e.settingsOf({ tenant: 'acme', route: 'analyze' }), {
      scopes: ['global', 'routes.analyze', 'tenants.acme', 'tenants.acme.routes.analyze'],
      thresholds: { block: 90, flag: 50 },
      mode: 'enforce',
    })
  })

  it('within one layer, a policy\'s own setting beats its category\'s', () => {
    const e = engine({ categories: { pii: { enabled: false } } }, { 'pii.c': { enabled: true, weight: 0.5 } })
    assert.deepEqual(weights(e, 't', 'r'), { 'inj.a': 1, 'pii.c': 0.5 })
  })

  it('disables a whole category in one scope and re-enables a policy in a narrower one', () => {
    const e = engine({ tenants: { acme: { categories: { pii: { enabled: false } }, routes: { analyze: { policies: { 'pii.b': { enabled: true } } } } } } })
    assert.deepEqual(Object.keys(weights(e, 'acme', 'chat_completions')), ['inj.a'])
    assert.deepEqual(Object.keys(weights(e, 'acme', 'analyze')).sort(), ['inj.a', 'pii.b'])
    assert.deepEqual(Object.keys(weights(e, 'beta', 'analyze')).sort(), ['inj.a', 'pii.b', 'pii.c'])
  })

  it('compiles a policy disabled globally but enabled for one tenant, and runs it only there', () => {
    const e = engine({ tenants: { acme: { policies: { 'pii.b': { enabled: true } } } } }, { 'pii.b': { enabled: false } })
    assert.deepEqual(e.policies.map(p => p.id), ['inj.a', 'pii.c'], 'the global list')
    assert.ok('pii.b' in weights(e, 'acme', 'x'))
    assert.ok(!('pii.b' in weights(e, 'beta', 'x')))
  })

  it('sets thresholds per route: the same request blocks on one route and is flagged on another', () => {
    // noisy-OR of 60, 50, 40 = 88
    const e = engine({ routes: { analyze: { blockThreshold: 95 }, chat_completions: { blockThreshold: 85, flagThreshold: 20 } } })
    const on = (route: string) => e.evaluate(msg, EMPTY_SESSION, 'request', { tenant: 't', route })
    assert.equal(on('chat_completions').score, 88)
    assert.equal(on('chat_completions').decision, 'block')
    assert.equal(on('analyze').decision, 'flag')
    assert.deepEqual(on('analyze').thresholds, { block: 95, flag: 50 })
    assert.equal(e.evaluate(msg, EMPTY_SESSION, 'request').decision, 'block', 'no scope: global settings')
  })

  it('monitor mode forwards a would-be block as a flag and says so; enforce in a narrower scope restores blocking', () => {
    const e = engine({ mode: 'monitor', tenants: { acme: { mode: 'enforce' } } })
    const monitored = e.evaluate(msg, EMPTY_SESSION, 'request', { tenant: 'beta', route: 'analyze' })
    assert.deepEqual([monitored.decision, monitored.wouldBlock, monitored.mode], ['flag', true, 'monitor'])
    const enforced = e.evaluate(msg, EMPTY_SESSION, 'request', { tenant: 'acme', route: 'analyze' })
    assert.deepEqual([enforced.decision, enforced.wouldBlock, enforced.mode], ['block', false, 'enforce'])
    const quiet = e.evaluate([{ role: 'user', content: 'hello' }], EMPTY_SESSION, 'request', { tenant: 'beta', route: 'analyze' })
    assert.deepEqual([quiet.decision, quiet.wouldBlock], ['allow', false])
  })

  it('a lower route threshold turns a would-be flag into a block (the reverse of monitor mode)', () => {
    const e = engine({ routes: { chat_completions: { blockThreshold: 60 } } }, { 'inj.a': { enabled: false } })
    // 50 and 40 → 70: flagged globally, blocked on chat_completions.
    assert.equal(e.evaluate(msg, EMPTY_SESSION, 'request', { tenant: 't', route: 'analyze' }).decision, 'flag')
    assert.equal(e.evaluate(msg, EMPTY_SESSION, 'request', { tenant: 't', route: 'chat_completions' }).decision, 'block')
  })

  it('names every unknown policy, unknown category and inverted threshold pair by its path, in one pass', () => {
    const problems = problemsOf(() => engine({
      categories: { piii: { enabled: false } },
      routes: { analyze: { policies: { 'nope.x': { weight: 1 } }, flagThreshold: 90 } },
      tenants: { acme: { routes: { chat_completions: { categories: { secretz: { weight: 1 } } } }, allowlist: [{ exact: 'abc', policies: ['nope.y'] }] } },
    }, { 'nope.z': { enabled: false } }))
    assert.deepEqual(problems.sort(), [
      'detection.categories.piii: no such category (one of prompt_injection, indirect_injection, jailbreak, system_prompt_extraction, pii, secrets, exfiltration, sql_injection, encoding_evasion, session_chain)',
      'detection.policies.nope.z: no such policy',
      'detection.routes.analyze.policies.nope.x: no such policy',
      'detection.routes.analyze: flagThreshold 90 is above blockThreshold 80 where global + routes.analyze apply',
      'detection.tenants.acme.allowlist.0.policies: no such policy \'nope.y\'',
      'detection.tenants.acme: flagThreshold 90 is above blockThreshold 80 where global + routes.analyze + tenants.acme apply',
      'detection.tenants.acme.routes.chat_completions.categories.secretz: no such category (one of prompt_injection, indirect_injection, jailbreak, system_prompt_extraction, pii, secrets, exfiltration, sql_injection, encoding_evasion, session_chain)',
    ].sort())
  })

  it('builds one profile per configured combination and selects it without compiling anything', () => {
    const tenants = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`t${i}`, { routes: { analyze: { blockThreshold: 70 + (i % 20) } } }]))
    const e = engine({ tenants })
    assert.equal(e.settingsOf({ tenant: 't7', route: 'analyze' }).thresholds.block, 77)
    assert.equal(e.settingsOf({ tenant: 't7', route: 'chat_completions' }).thresholds.block, 80)
    assert.equal(e.settingsOf({ tenant: 'unknown', route: 'analyze' }), e.settingsOf(), 'unconfigured tenants share the global profile')
    // The same precompiled object every time: selection is a lookup.
    assert.equal(e.settingsOf({ tenant: 't7', route: 'analyze' }), e.settingsOf({ tenant: 't7', route: 'analyze' }))
  })
})
