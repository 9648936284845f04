import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'node:test'
import { gateRunOptions } from '../../src/replay/baseline.js'
import { loadCorpus } from '../../src/replay/load-corpus.js'
import { runCorpus } from '../../src/replay/runner.js'

// Same input sequence → same decisions and scores, whatever the worker layout: replayed
// inline (workers 0), on one shard and on two, every request's decision, score and policy
// list must match exactly. Multi-turn attacks and multi-turn benign sessions exercise the
// session state, which is where a layout difference would show.
const FILES = ['attack/multi-turn.json', 'attack/encoding-evasion.json', 'benign/hard-negative.json']
  .map(f => fileURLToPath(new URL(`../../../corpus/${f}`, import.meta.url)))

async function fingerprint (workers: number): Promise<string> {
  const corpus = loadCorpus(FILES)
  const report = await runCorpus(corpus, { ...gateRunOptions(FILES[0] as string, 'history', workers), inputs: FILES })
  assert.ok(report.scenarios !== null)
  assert.equal(report.figures.overall.errored, 0, 'every request got an answer')
  assert.ok(report.figures.overall.tp > 0, 'the comparison covers blocked requests, not only allowed ones')
  return JSON.stringify(report.scenarios.map(s => [s.id, s.requests.map(r => [r.step, r.status, r.decision, r.riskScore, r.policies])]))
}

describe('determinism of decisions and scores', () => {
  it('gives byte-identical results twice inline, and with 1 and 2 worker shards', async () => {
    const inline = await fingerprint(0)
    assert.equal(await fingerprint(0), inline, 'two inline runs')
    assert.equal(await fingerprint(1), inline, 'one shard')
    assert.equal(await fingerprint(2), inline, 'two shards')
  })
})
