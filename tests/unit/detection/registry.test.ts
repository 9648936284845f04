import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, it } from 'node:test'
import { compileEngine } from '../../../src/detection/engine.js'
import { POLICIES, validateRegistry } from '../../../src/detection/registry.js'
import { loadConfig } from '../../../src/config/load.js'
import { engineOptionsOf } from '../../../src/detection/engine-options.js'

const POLICY_DIR = fileURLToPath(new URL('../../../src/detection/policies/', import.meta.url))

function jsFiles (dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [])
}

function isPolicy (v: unknown): v is { id: string, evaluate: unknown } {
  return typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string' && typeof (v as { evaluate?: unknown }).evaluate === 'function'
}

describe('policy registry', () => {
  it('lists every policy defined under policies/, each with the id of its folder and file', async () => {
    const registered = new Set(POLICIES.map(p => p.id))
    let found = 0
    for (const file of jsFiles(POLICY_DIR)) {
      if (basename(file) === 'index.js') continue
      const mod = await import(pathToFileURL(file).href) as Record<string, unknown>
      for (const value of Object.values(mod)) {
        if (!isPolicy(value)) continue
        found++
        const expected = `${relative(POLICY_DIR, dirname(file)).split('/')[0]}.${basename(file, '.js')}`
        assert.equal(value.id, expected, `${relative(POLICY_DIR, file)} defines '${value.id}'`)
        assert.ok(registered.has(value.id), `${value.id} is defined but missing from the registry`)
      }
    }
    assert.equal(found, POLICIES.length, 'every registered policy was found in a file')
  })

  it('orders policies deterministically: content before session, then priority, then id', () => {
    const key = (p: typeof POLICIES[number]): string => `${p.phase === 'content' ? 0 : 1}:${String(1000 - p.priority).padStart(4, '0')}:${p.id}`
    const keys = POLICIES.map(key)
    assert.deepEqual(keys, [...keys].sort())
    assert.ok(Object.isFrozen(POLICIES))
  })

  it('rejects duplicate ids, malformed ids and out-of-range weights', () => {
    const p = POLICIES[0]!
    assert.throws(() => validateRegistry([p, p]), /duplicate/)
    assert.throws(() => validateRegistry([{ ...p, id: 'NoDot' }]), /is not/)
    assert.throws(() => validateRegistry([{ ...p, weight: 3 }]), /weight/)
  })

  it('compiles with the default config and rejects overrides of unknown policies or bad params', () => {
    const d = loadConfig({ env: {} }).detection
    assert.equal(compileEngine(engineOptionsOf(d)).policies.length, POLICIES.length)
    assert.throws(() => compileEngine({ ...engineOptionsOf(d), policies: { 'nope.nothing': { enabled: false } } }), /no such policy/)
    assert.throws(() => compileEngine({ ...engineOptionsOf(d), policies: { 'exfiltration.markdown-beacon': { params: { allowedHosts: 'not-a-list' } } } }), /exfiltration\.markdown-beacon\.params\.allowedHosts/)
    const disabled = compileEngine({ ...engineOptionsOf(d), policies: { [p0()]: { enabled: false } } })
    assert.equal(disabled.policies.length, POLICIES.length - 1)
  })
})

function p0 (): string { return POLICIES[0]!.id }
