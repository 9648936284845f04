import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { tenantOfHash } from '../../../src/config/config.js'
import { hashKey, loadConfig } from '../../../src/config/load.js'
import { authenticate } from '../../../src/front/auth.js'
import { requestIdOf } from '../../../src/front/request-id.js'

const KEYS = { mode: 'keys' as const, keys: ['key-one-0123456789', 'key-two-0123456789'].map(k => ({ hash: hashKey(k), tenant: tenantOfHash(hashKey(k)) })) }

describe('authenticate', () => {
  it('accepts every configured key and gives each its own tenant', () => {
    const a = authenticate(KEYS, 'Bearer key-one-0123456789')
    const b = authenticate(KEYS, 'bearer   key-two-0123456789')
    assert.ok(a.ok && b.ok)
    assert.notEqual(a.ok && a.tenant, b.ok && b.tenant)
    assert.ok(a.ok && !a.tenant.includes('key-one'), 'the tenant never contains the key')
  })

  it('rejects a missing, malformed or wrong key', () => {
    for (const h of ['', 'key-one-0123456789', 'Basic a2V5', 'Bearer key-one-012345678', 'Bearer key-one-0123456789x']) {
      assert.equal(authenticate(KEYS, h).ok, false, h)
    }
  })

  it('authenticates a labelled key as its tenant, so two keys of one tenant share it', () => {
    const file = tempConfig({ auth: { apiKeys: [{ key: 'acme-key-a-0123456789', tenant: 'acme' }, { key: 'acme-key-b-0123456789', tenant: 'acme' }, 'plain-key-0123456789'] } })
    const auth = loadConfig({ env: { INFERSHIELD_CONFIG: file } }).auth
    assert.deepEqual(authenticate(auth, 'Bearer acme-key-a-0123456789'), { ok: true, tenant: 'acme' })
    assert.deepEqual(authenticate(auth, 'Bearer acme-key-b-0123456789'), { ok: true, tenant: 'acme' })
    const plain = authenticate(auth, 'Bearer plain-key-0123456789')
    assert.ok(plain.ok && /^key-[0-9a-f]{16}$/.test(plain.tenant))
    assert.equal(authenticate(auth, 'Bearer acme').ok, false)
  })

  it('lets everything through as tenant "default" when running open', () => {
    assert.deepEqual(authenticate({ mode: 'open' }, ''), { ok: true, tenant: 'default' })
  })
})

describe('requestIdOf', () => {
  it('keeps a well-formed incoming id', () => {
    assert.equal(requestIdOf('abc.DEF_123-x'), 'abc.DEF_123-x')
  })

  it('replaces a malformed or oversized id with a fresh unique one', () => {
    const ids = ['', 'has space', 'x'.repeat(129), 'inj\r\nected', 'ü'].map(requestIdOf)
    for (const id of ids) assert.match(id, /^[A-Za-z0-9_-]+-[0-9a-z]+$/)
    assert.equal(new Set(ids).size, ids.length)
  })
})

function tempConfig (config: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'infershield-auth-')), 'c.json')
  writeFileSync(file, JSON.stringify(config))
  return file
}
