import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { parseFuzzArgs, runFuzzCommand } from '../../../src/cli/fuzz.js'
import { MUTATIONS } from '../../../src/fuzz/mutations.js'
import { runFuzz, type FuzzOptions } from '../../../src/fuzz/run.js'
import { loadCorpus } from '../../../src/replay/load-corpus.js'

const CORPUS = fileURLToPath(new URL('../../../../corpus/', import.meta.url))

const OPTIONS: FuzzOptions = {
  mutations: MUTATIONS,
  seed: 9,
  count: MUTATIONS.length,
  timeMs: null,
  mode: 'history',
  concurrency: 4,
  target: { kind: 'in-process', workers: 0, logLevel: 'silent', configFile: null },
  model: 'fuzz-test',
  timeoutMs: 30_000,
  evasions: 50,
  env: {},
}

describe('infershield fuzz', () => {
  it('runs one variant per mutation through the gateway, with consistent and repeatable figures', async () => {
    const { scenarios } = loadCorpus([CORPUS])
    const a = await runFuzz(scenarios, OPTIONS)
    assert.equal(a.run.variantsPlanned, MUTATIONS.length)
    assert.equal(a.run.variantsRun, MUTATIONS.length)
    assert.equal(a.run.errors, 0)
    assert.equal(a.run.stoppedByTime, false)
    assert.deepEqual(a.byMutation.map(m => [m.key, m.variants]), MUTATIONS.map(m => [m.id, 1]))
    assert.equal(a.byMutation.reduce((n, m) => n + m.detected, 0), a.overall.detected)
    assert.equal(a.byFamily.reduce((n, m) => n + m.variants, 0), a.overall.variants)
    assert.equal(a.evasions.length, a.overall.evasions)
    for (const row of [a.overall, ...a.byMutation, ...a.byMutationFamily, ...a.byFamily]) {
      assert.ok(row.detected <= row.variants && row.evasions <= row.variants - row.detected, row.key)
      assert.equal(row.rate, row.variants === 0 ? null : Math.round(row.detected / row.variants * 10_000) / 10_000)
    }
    // Detection is deterministic, so the same seed gives the same report (apart from timing).
    const b = await runFuzz(scenarios, OPTIONS)
    assert.deepEqual({ ...b, run: { ...b.run, durationMs: 0 } }, { ...a, run: { ...a.run, durationMs: 0 } })
  })

  it('stops starting variants when --time runs out and says so', async () => {
    const { scenarios } = loadCorpus([CORPUS])
    const r = await runFuzz(scenarios, { ...OPTIONS, count: 200, timeMs: 1 })
    assert.ok(r.run.variantsRun < r.run.variantsPlanned)
    assert.equal(r.run.stoppedByTime, true)
    assert.equal(r.overall.variants + r.run.errors, r.run.variantsRun)
  })

  it('rejects unknown mutations and bad numbers with usage errors (exit 2)', async () => {
    let err = ''
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => { err += s; return true } } }
    assert.equal(await runFuzzCommand(['corpus', '--mutations', 'base64,nope'], io), 2)
    assert.match(err, /no mutation 'nope'/)
    assert.throws(() => parseFuzzArgs(['corpus', '--count', '0']), /--count must be an integer from 1/)
    const p = parseFuzzArgs(['corpus', '--mutations', 'rot13,base64,rot13', '--time', '30', '--seed', '4'])
    assert.deepEqual(p.options.mutations.map(m => m.id), ['rot13', 'base64'])
    assert.equal(p.options.timeMs, 30_000)
    assert.equal(p.options.seed, 4)
  })
})
