import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { redactedConfig, redactUrl } from '../../../src/admin/redacted-config.js'
import { loadConfig } from '../../../src/config/load.js'

describe('redactedConfig', () => {
  it('hides the Redis password wherever the Redis URL appears', () => {
    const c = loadConfig({ env: { INFERSHIELD_REDIS_URL: 'redis://app:s3cret-pass@10.0.0.5:6379/2', INFERSHIELD_RATE_LIMIT_ENABLED: 'true', INFERSHIELD_RATE_LIMIT_STORE: 'redis' } })
    const text = JSON.stringify(redactedConfig(c))
    assert.ok(!text.includes('s3cret-pass'), text)
    const shown = redactedConfig(c) as { session: { redisUrl: string }, rateLimit: { backend: { target: { url: string } } } }
    assert.equal(shown.session.redisUrl, 'redis://app:[redacted]@10.0.0.5:6379/2')
    assert.equal(shown.rateLimit.backend.target.url, 'redis://app:[redacted]@10.0.0.5:6379/2')
  })

  it('leaves URLs without a password as they are, and hides unparsable ones whole', () => {
    assert.equal(redactUrl('redis://127.0.0.1:6379'), 'redis://127.0.0.1:6379')
    assert.equal(redactUrl('not a url :secret@'), '[redacted]')
  })
})
