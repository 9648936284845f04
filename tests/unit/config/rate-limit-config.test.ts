import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { hashKey, tenantOf } from '../../../src/config/api-key.js'
import { ConfigError } from '../../../src/config/config.js'
import { loadConfig } from '../../../src/config/load.js'
import { redactedConfig } from '../../../src/admin/redacted-config.js'

const KEY = 'rate-config-key-0123456789'
const TENANT = tenantOf(hashKey(KEY))

function problemsOf (env: Record<string, string>): readonly string[] {
  try {
    loadConfig({ env })
  } catch (err) {
    assert.ok(err instanceof ConfigError, `expected ConfigError, got ${String(err)}`)
    return err.problems
  }
  assert.fail('expected the config to be rejected')
}

const json = (o: unknown): string => JSON.stringify(o)

describe('rateLimit configuration', () => {
  it('is off by default', () => {
    assert.deepEqual(loadConfig({ env: {} }).rateLimit, { enabled: false })
  })

  it('resolves "auto" to the session store: memory with memory sessions', () => {
    const c = loadConfig({ env: { INFERSHIELD_RATE_LIMIT_ENABLED: 'true', INFERSHIELD_RATE_LIMIT_RPS: '0.5', INFERSHIELD_RATE_LIMIT_BURST: '4' } })
    assert.deepEqual(c.rateLimit, { enabled: true, rule: { ratePerSecond: 0.5, burst: 4 }, overrides: {}, backend: { kind: 'memory' } })
  })

  it('resolves "auto" to Redis on session.redisUrl with redis sessions, with the unavailability policy', () => {
    const c = loadConfig({ env: { INFERSHIELD_RATE_LIMIT_ENABLED: 'true', INFERSHIELD_SESSION_STORE: 'redis', INFERSHIELD_REDIS_URL: 'redis://10.0.0.5:6380', INFERSHIELD_RATE_LIMIT_ON_STORE_UNAVAILABLE: 'fail-closed', INFERSHIELD_RATE_LIMIT_REDIS_TIMEOUT_MS: '25' } })
    assert.ok(c.rateLimit.enabled)
    assert.deepEqual(c.rateLimit.backend, { kind: 'redis', target: { url: 'redis://10.0.0.5:6380' }, timeoutMs: 25, onUnavailable: 'fail-closed' })
  })

  it('uses the sessions\' Redis Cluster when seed nodes are set, with the credentials of session.redisUrl, shown redacted', () => {
    const c = loadConfig({ env: { INFERSHIELD_RATE_LIMIT_ENABLED: 'true', INFERSHIELD_SESSION_STORE: 'redis', INFERSHIELD_REDIS_URL: 'rediss://app:s3cret@10.0.0.5:6380', INFERSHIELD_REDIS_CLUSTER_NODES: '10.0.0.5:7000,10.0.0.6:7000' } })
    assert.ok(c.rateLimit.enabled && c.rateLimit.backend.kind === 'redis')
    assert.deepEqual(c.rateLimit.backend.target, { clusterNodes: ['10.0.0.5:7000', '10.0.0.6:7000'], credentialsFrom: 'rediss://app:s3cret@10.0.0.5:6380' })
    assert.equal(JSON.stringify(redactedConfig(c)).includes('s3cret'), false, 'the password is not shown by the admin API')
  })

  it('completes per-key overrides from the defaults; enabled: false exempts the key', () => {
    const file = { rateLimit: { enabled: true, requestsPerSecond: 2, burst: 5, overrides: { [TENANT]: { burst: 50 } } } }
    const withFile = loadConfig({ env: { INFERSHIELD_API_KEYS: KEY }, file: writeJson(file) })
    assert.ok(withFile.rateLimit.enabled)
    assert.deepEqual(withFile.rateLimit.overrides, { [TENANT]: { ratePerSecond: 2, burst: 50 } })
    const exempt = loadConfig({ env: { INFERSHIELD_API_KEYS: KEY }, file: writeJson({ rateLimit: { enabled: true, overrides: { [TENANT]: { enabled: false } } } }) })
    assert.ok(exempt.rateLimit.enabled)
    assert.deepEqual(exempt.rateLimit.overrides, { [TENANT]: null })
  })

  it('rejects an override for a tenant no configured key has', () => {
    const file = writeJson({ rateLimit: { enabled: true, overrides: { 'key-0000000000000000': { burst: 5 } } } })
    const problems = problemsOf({ INFERSHIELD_API_KEYS: KEY, INFERSHIELD_CONFIG: file })
    assert.ok(problems.some(p => p.startsWith('rateLimit.overrides.key-0000000000000000:')), problems.join('\n'))
  })

  it('checks the Redis URL when rate limits use Redis, even with memory sessions', () => {
    const problems = problemsOf({ INFERSHIELD_RATE_LIMIT_ENABLED: 'true', INFERSHIELD_RATE_LIMIT_STORE: 'redis', INFERSHIELD_REDIS_URL: 'http://nope' })
    assert.ok(problems.some(p => p.startsWith('session.redisUrl:')), problems.join('\n'))
  })

  it('names bad values by path', () => {
    const problems = problemsOf({ INFERSHIELD_RATE_LIMIT_ENABLED: 'true', INFERSHIELD_RATE_LIMIT_RPS: '0', INFERSHIELD_RATE_LIMIT_BURST: '0', INFERSHIELD_RATE_LIMIT_STORE: 'disk' })
    for (const path of ['rateLimit.requestsPerSecond', 'rateLimit.burst', 'rateLimit.store']) {
      assert.ok(problems.some(p => p.startsWith(path)), `${path} in:\n${problems.join('\n')}`)
    }
  })
})

function writeJson (o: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'infershield-rl-')), 'c.json')
  writeFileSync(file, json(o))
  return file
}
