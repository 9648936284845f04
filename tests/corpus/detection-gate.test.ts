import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'node:test'
import { gateRunOptions, regressions, type Baseline } from '../../src/replay/baseline.js'
import { loadCorpus } from '../../src/replay/load-corpus.js'
import { runCorpus } from '../../src/replay/runner.js'
import type { SendMode } from '../../src/replay/types.js'

// The CI gate on detection quality: the whole corpus through the real request path, in
// both send modes, compared per family against the committed baseline (3-point tolerance).
const CORPUS = fileURLToPath(new URL('../../../corpus', import.meta.url))
const baseline = JSON.parse(readFileSync(new URL('../../../tests/corpus/detection-baseline.json', import.meta.url), 'utf8')) as Baseline

describe('detection quality on corpus/ against tests/corpus/detection-baseline.json', () => {
  const corpus = loadCorpus([CORPUS])
  for (const mode of ['history', 'latest'] as SendMode[]) {
    it(`does not regress in ${mode} mode, overall or in any family of 30+ scenarios`, async () => {
      const base = baseline.modes[mode]
      assert.ok(base !== undefined, `baseline has no ${mode} mode`)
      const report = await runCorpus(corpus, gateRunOptions(CORPUS, mode))
      assert.equal(report.figures.overall.errored, 0, 'no request of the replay failed')
      const o = report.figures.overall
      // Printed every run, pass or fail, so the figures are in the CI log.
      console.log(`[detection gate] ${mode}: recall ${o.recall?.toFixed(4)} fpr ${o.fpr?.toFixed(4)} (baseline recall ${base.overall.recall} fpr ${base.overall.fpr}; targets recall >= 0.95, fpr <= 0.02)`)
      for (const f of report.figures.byFamily) console.log(`[detection gate] ${mode} ${f.key}: n=${f.scenarios} recall=${f.recall?.toFixed(3) ?? '-'} fpr=${f.fpr?.toFixed(3) ?? '-'}`)
      assert.deepEqual(regressions(mode, report.figures, base), [])
    })
  }
})
