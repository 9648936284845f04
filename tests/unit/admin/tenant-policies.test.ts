import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { TenantPolicies } from '../../../src/admin/tenant-policies.js'
import { configFile } from '../../helpers/gateway-client.js'
import { loadConfig } from '../../../src/config/load.js'
import { GatewayError } from '../../../src/errors.js'

const config = loadConfig({
  ignoreEnv: true,
  file: configFile({
    auth: { apiKeys: [{ key: 'acme-key-0123456789abcdef', tenant: 'acme' }, { key: 'beta-key-0123456789abcdef', tenant: 'beta' }] },
    detection: {
      categories: { pii: { weight: 0.5 } },
      allowlist: [{ exact: 'support@acme.example', categories: ['pii'] }],
      routes: { analyze: { mode: 'monitor' } },
      tenants: {
        acme: {
          policies: { 'pii.email': { weight: 1 } },
          allowlist: [{ exact: 'ignore previous alerts', policies: ['prompt-injection.instruction-override'] }],
          routes: { analyze: { blockThreshold: 60 }, chat_completions: { categories: { sql_injection: { enabled: false } } } },
        },
      },
    },
  }),
})
const view = new TenantPolicies(config)
const policy = (v: ReturnType<typeof view.view>, id: string) => v.policies.find(p => p.id === id)

describe('TenantPolicies: the effective policy set of a tenant', () => {
  it('applies global → route → tenant → tenant route, as the engine does', () => {
    const v = view.view('acme', 'analyze')
    assert.deepEqual(v.scopes, ['global', 'routes.analyze', 'tenants.acme', 'tenants.acme.routes.analyze'])
    assert.deepEqual([v.thresholds, v.mode], [{ block: 60, flag: 50 }, 'monitor'])
    assert.deepEqual([policy(v, 'pii.email')?.weight, policy(v, 'pii.credit-card')?.weight], [1, 0.5])
    assert.equal(policy(v, 'pii.credit-card')?.default_weight, 1)
    assert.equal(v.allowlist_entries, 2)
    assert.equal(policy(v, 'pii.email')?.allowlist_entries, 1)
    assert.equal(policy(v, 'prompt-injection.instruction-override')?.allowlist_entries, 1)
    assert.equal(policy(v, 'secrets.jwt')?.allowlist_entries, 0)
  })

  it('shows a policy disabled in a tenant route as disabled, with no weight', () => {
    const sql = view.view('acme', 'chat_completions').policies.filter(p => p.category === 'sql_injection')
    assert.ok(sql.length > 0)
    assert.ok(sql.every(p => !p.enabled && p.weight === null))
    assert.ok(view.view('acme', 'analyze').policies.filter(p => p.category === 'sql_injection').every(p => p.enabled))
  })

  it('without a route: the layers every route of the tenant shares', () => {
    const v = view.view('acme', null)
    assert.deepEqual([v.route, v.scopes, v.mode, v.thresholds.block], [null, ['global', 'tenants.acme'], 'enforce', 80])
  })

  it('a tenant without overrides gets the global and route layers', () => {
    const v = view.view('beta', 'analyze')
    assert.deepEqual([v.scopes, v.mode, v.allowlist_entries], [['global', 'routes.analyze'], 'monitor', 1])
    assert.equal(policy(v, 'pii.email')?.weight, 0.5)
  })

  it('refuses an unknown tenant and an unknown route with stable codes', () => {
    assert.throws(() => view.view('gamma', null), (e: unknown) => e instanceof GatewayError && e.code === 'unknown_tenant' && e.details?.param === 'tenant')
    assert.throws(() => view.view('acme', 'embeddings'), (e: unknown) => e instanceof GatewayError && e.code === 'invalid_request' && e.details?.param === 'route')
  })
})
