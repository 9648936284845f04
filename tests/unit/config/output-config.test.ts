import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { redactedConfig } from '../../../src/admin/redacted-config.js'
import { ConfigError } from '../../../src/config/config.js'
import { loadConfig } from '../../../src/config/load.js'

const SECRET = 'canary-secret-for-config-tests-0123456789'

describe('output scanning config', () => {
  it('defaults: PII and secrets redacted, exfiltration and prompt leaks blocked, no canary', () => {
    const c = loadConfig({ env: {} })
    assert.deepEqual([c.output.pii, c.output.secrets, c.output.exfiltration, c.output.systemPromptLeak], ['redact', 'redact', 'block', 'block'])
    assert.equal(c.output.canary.mode, 'off')
  })

  it('reads per-category actions and the canary from the environment', () => {
    const c = loadConfig({ env: { INFERSHIELD_OUTPUT_PII: 'flag', INFERSHIELD_OUTPUT_SECRETS: 'block', INFERSHIELD_CANARY_MODE: 'always', INFERSHIELD_CANARY_SECRET: SECRET } })
    assert.equal(c.output.pii, 'flag')
    assert.equal(c.output.secrets, 'block')
    assert.deepEqual(c.output.canary, { mode: 'always', secret: SECRET })
  })

  it('rejects an unknown action by its path', () => {
    assert.throws(() => loadConfig({ env: { INFERSHIELD_OUTPUT_EXFILTRATION: 'warn' } }), (err: unknown) => err instanceof ConfigError && err.problems.some(p => p.includes('output/exfiltration') || p.includes('output.exfiltration')))
  })

  it('refuses a canary without a long enough secret', () => {
    assert.throws(() => loadConfig({ env: { INFERSHIELD_CANARY_MODE: 'system-prompt', INFERSHIELD_CANARY_SECRET: 'short' } }), (err: unknown) => err instanceof ConfigError && err.problems.some(p => p.startsWith('output.canary.secret')))
  })

  it('the admin view of the config never shows the canary secret', () => {
    const c = loadConfig({ env: { INFERSHIELD_CANARY_MODE: 'always', INFERSHIELD_CANARY_SECRET: SECRET } })
    const shown = JSON.stringify(redactedConfig(c))
    assert.ok(!shown.includes(SECRET))
    assert.match(shown, /"secret":"\[redacted\]"/)
  })
})
