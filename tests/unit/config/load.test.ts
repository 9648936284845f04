import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { ConfigError } from '../../../src/config/config.js'
import { autoWorkers, loadConfig } from '../../../src/config/load.js'

function problemsOf (fn: () => unknown): readonly string[] {
  try {
    fn()
  } catch (err) {
    assert.ok(err instanceof ConfigError, `expected ConfigError, got ${String(err)}`)
    return err.problems
  }
  assert.fail('expected the config to be rejected')
}

function tempFile (name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'infershield-config-'))
  const file = join(dir, name)
  writeFileSync(file, text)
  return file
}

describe('loadConfig', () => {
  it('gives the documented defaults with an empty environment', () => {
    const c = loadConfig({ env: {} })
    assert.equal(c.server.host, '127.0.0.1')
    assert.equal(c.server.port, 8080)
    assert.equal(c.server.adminPort, 9090)
    assert.equal(c.server.maxBodyBytes, 1048576)
    assert.equal(c.detection.blockThreshold, 80)
    assert.equal(c.detection.flagThreshold, 50)
    assert.equal(c.session.store, 'memory')
    assert.deepEqual(c.auth, { mode: 'open' })
    assert.equal(c.upstream.kind, 'mock')
    assert.equal(c.workers.count, autoWorkers(availableParallelism()), 'auto resolves from the number of cores')
  })

  it('keeps a core for the main thread when workers is auto, and never goes below one shard', () => {
    assert.deepEqual([1, 2, 4, 16].map(autoWorkers), [1, 1, 3, 15])
  })

  it('applies INFERSHIELD_* variables over the file', () => {
    const file = tempFile('c.yaml', 'server:\n  port: 7000\ndetection:\n  blockThreshold: 90\n')
    const c = loadConfig({ env: { INFERSHIELD_CONFIG: file, INFERSHIELD_PORT: '7100', INFERSHIELD_WORKERS: '0', INFERSHIELD_UPSTREAM_URL: 'http://127.0.0.1:1/v1/' } })
    assert.equal(c.server.port, 7100)
    assert.equal(c.detection.blockThreshold, 90)
    assert.equal(c.workers.count, 0)
    assert.deepEqual({ kind: c.upstream.kind, url: c.upstream.kind === 'remote' ? c.upstream.url : '' }, { kind: 'remote', url: 'http://127.0.0.1:1/v1' })
  })

  it('reads JSON files as well as YAML', () => {
    const file = tempFile('c.json', JSON.stringify({ log: { level: 'debug' } }))
    assert.equal(loadConfig({ env: { INFERSHIELD_CONFIG: file } }).log.level, 'debug')
  })

  it('keeps only hashes of API keys and derives no raw key anywhere', () => {
    const key = 'sk-test-0123456789abcdef'
    const c = loadConfig({ env: { INFERSHIELD_API_KEYS: `${key}, other-key-0123456789` } })
    assert.equal(c.auth.mode, 'keys')
    assert.equal(c.auth.mode === 'keys' ? c.auth.keys.length : 0, 2)
    assert.ok(!JSON.stringify(c).includes(key))
  })

  it('reports every problem with its path in one pass', () => {
    const file = tempFile('bad.yaml', 'server:\n  port: 99999\n  prot: 1\ndetection:\n  flagThreshold: 120\nnope: true\n')
    const problems = problemsOf(() => loadConfig({ env: { INFERSHIELD_CONFIG: file, INFERSHIELD_WORKERS: 'many' } }))
    const text = problems.join('\n')
    assert.match(text, /server\.port/)
    assert.match(text, /server\.prot/)
    assert.match(text, /detection\.flagThreshold/)
    assert.match(text, /nope/)
    assert.match(text, /INFERSHIELD_WORKERS/)
  })

  it('accepts tenant labels on keys, and rejects reserved labels, duplicate keys and overrides for unknown tenants', () => {
    const ok = tempFile('t.json', JSON.stringify({ auth: { apiKeys: [{ key: 'acme-key-0123456789', tenant: 'acme' }, 'plain-key-0123456789'] }, detection: { tenants: { acme: { blockThreshold: 90 } } } }))
    const c = loadConfig({ env: { INFERSHIELD_CONFIG: ok } })
    assert.deepEqual(c.auth.mode === 'keys' ? c.auth.keys.map(k => k.tenant.startsWith('key-') ? 'key-…' : k.tenant) : [], ['acme', 'key-…'])
    assert.ok(!JSON.stringify(c).includes('acme-key-0123456789'), 'labelled keys are hashed too')
    const bad = tempFile('b.json', JSON.stringify({
      auth: { apiKeys: [{ key: 'dup-key-0123456789', tenant: 'key-x' }, 'dup-key-0123456789'] },
      detection: { tenants: { ghost: {} } },
    }))
    const text = problemsOf(() => loadConfig({ env: { INFERSHIELD_CONFIG: bad } })).join('\n')
    assert.match(text, /auth\.apiKeys\.0\.tenant/)
    const dup = tempFile('d.json', JSON.stringify({ auth: { apiKeys: [{ key: 'dup-key-0123456789', tenant: 'acme' }, 'dup-key-0123456789'] }, detection: { tenants: { ghost: {} } } }))
    const dupText = problemsOf(() => loadConfig({ env: { INFERSHIELD_CONFIG: dup } })).join('\n')
    assert.match(dupText, /auth\.apiKeys: duplicate keys/)
    assert.match(dupText, /detection\.tenants\.ghost: no API key has this tenant \(known: acme, key-[0-9a-f]{16}\)/)
    assert.match(problemsOf(() => loadConfig({ env: { INFERSHIELD_CONFIG: tempFile('o.json', JSON.stringify({ detection: { tenants: { acme: {} } } })) } })).join(), /known: default/)
  })

  it('rejects an unknown INFERSHIELD_ variable so typos are not silently ignored', () => {
    assert.match(problemsOf(() => loadConfig({ env: { INFERSHIELD_PROT: '1' } })).join(), /INFERSHIELD_PROT: unknown variable/)
  })

  it('refuses to run open (no API keys) on a non-loopback address', () => {
    assert.match(problemsOf(() => loadConfig({ env: { INFERSHIELD_HOST: '0.0.0.0' } })).join(), /auth\.apiKeys/)
    const c = loadConfig({ env: { INFERSHIELD_HOST: '0.0.0.0', INFERSHIELD_API_KEYS: 'a-long-enough-key-123' } })
    assert.equal(c.server.host, '0.0.0.0')
  })

  it('rejects a flag threshold above the block threshold', () => {
    assert.match(problemsOf(() => loadConfig({ env: { INFERSHIELD_FLAG_THRESHOLD: '90', INFERSHIELD_RISK_THRESHOLD: '80' } })).join(), /flagThreshold/)
  })

  it('names a file that cannot be parsed', () => {
    const file = tempFile('broken.yaml', 'server: [1, 2\n')
    assert.match(problemsOf(() => loadConfig({ env: { INFERSHIELD_CONFIG: file } })).join(), /cannot parse/)
  })

  it('returns a deeply frozen object', () => {
    const c = loadConfig({ env: {} })
    assert.ok(Object.isFrozen(c) && Object.isFrozen(c.server) && Object.isFrozen(c.detection.policies))
  })
})
