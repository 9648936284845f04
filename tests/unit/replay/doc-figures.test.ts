import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { FuzzReport } from '../../../src/fuzz/report.js'
import type { Baseline } from '../../../src/replay/baseline.js'
import { figureKeys, fillFigures, UnknownFigure } from '../../../src/replay/doc-figures.js'

const group = (recall: number | null, fpr: number | null) => ({ scenarios: 40, recall, fpr })
const baseline: Baseline = {
  recordedAt: '2026-11-26T12:16:19.237Z',
  reason: 'test',
  node: 'v20',
  modes: {
    history: { overall: group(0.997, 0.0021), families: { jailbreak: group(1, null), 'hard-negative': group(null, 0.0055) } },
    latest: { overall: group(0.9965, 0.002), families: { jailbreak: group(0.9857, null), 'hard-negative': group(null, 0.0036) } },
  },
}
const row = (key: string, variants: number, detected: number, evasions: number) => ({ key, variants, detected, rate: variants === 0 ? null : detected / variants, evasions })
const fuzz: FuzzReport = {
  run: { seed: 1, count: 1200, timeBudgetMs: null, mode: 'history', target: 'in-process', durationMs: 1, variantsPlanned: 1200, variantsRun: 1200, errors: 0, stoppedByTime: false, inapplicableMutations: [] },
  baseline: row('unmutated', 980, 961, 0),
  overall: row('all variants', 1200, 1060, 131),
  byMutation: [{ ...row('rot13', 67, 60, 6), family: 'encoding', description: 'rot13' }, { ...row('split-turns', 66, 66, 0), family: 'structure', description: 'split' }, { ...row('hex', 0, 0, 0), family: 'encoding', description: 'hex' }],
  byMutationFamily: [row('encoding', 67, 60, 6), row('structure', 66, 66, 1)],
  byFamily: [],
  evasions: [],
}
const sources = { baseline, fuzz }

describe('figures filled into the docs', () => {
  it('writes recall and false-positive rates per send mode, fuzz rates with their evasions', () => {
    const doc = 'Jailbreak (<!--fig:recall:jailbreak-->stale<!--/fig-->), hard negatives <!--fig:fpr:hard-negative--><!--/fig-->, ' +
      'overall <!--fig:recall:overall-->x<!--/fig-->; rot13 <!--fig:fuzz:rot13-->old<!--/fig-->, split <!--fig:fuzz:split-turns-->…<!--/fig-->, ' +
      'unmutated <!--fig:fuzz:unmutated-->?<!--/fig--> of <!--fig:fuzz:variants-->?<!--/fig--> from <!--fig:fuzz:run-->?<!--/fig--> on <!--fig:baseline:recorded-->?<!--/fig-->'
    assert.equal(fillFigures(doc, sources),
      'Jailbreak (<!--fig:recall:jailbreak-->100.0% / 98.6%<!--/fig-->), hard negatives <!--fig:fpr:hard-negative-->0.6% / 0.4%<!--/fig-->, ' +
      'overall <!--fig:recall:overall-->99.7% / 99.7%<!--/fig-->; rot13 <!--fig:fuzz:rot13-->89.6% (6 evasions)<!--/fig-->, split <!--fig:fuzz:split-turns-->100.0% (0 evasions)<!--/fig-->, ' +
      'unmutated <!--fig:fuzz:unmutated-->98.1%<!--/fig--> of <!--fig:fuzz:variants-->1200 variants of 980 attack scenarios<!--/fig--> from <!--fig:fuzz:run-->`infershield fuzz corpus/ --count 1200 --seed 1`<!--/fig--> on <!--fig:baseline:recorded-->2026-11-26<!--/fig-->')
  })

  it('renders the report tables on lines of their own, and filling twice changes nothing', () => {
    const doc = 'Before.\n\n<!--fig:fuzz:family-table-->\n<!--/fig-->\n\nAfter.'
    const once = fillFigures(doc, sources)
    assert.equal(once, 'Before.\n\n<!--fig:fuzz:family-table-->\n| mutation family | variants | detected | rate | evasions |\n| --- | ---: | ---: | ---: | ---: |\n| encoding | 67 | 60 | 89.6% | 6 |\n| structure | 66 | 66 | 100.0% | 1 |\n<!--/fig-->\n\nAfter.')
    assert.equal(fillFigures(once, sources), once)
    assert.deepEqual(figureKeys(once), ['fuzz:family-table'])
  })

  it('writes the baseline reason so that the marker still reads back', () => {
    const withAngle = { ...sources, baseline: { ...baseline, reason: 'fixed a <script> FP' } }
    const once = fillFigures('why: <!--fig:baseline:reason-->x<!--/fig-->', withAngle)
    assert.equal(once, 'why: <!--fig:baseline:reason-->fixed a &lt;script> FP<!--/fig-->')
    assert.equal(fillFigures(once, withAngle), once)
  })

  it('refuses a figure its records do not hold, rather than leaving it stale', () => {
    for (const key of ['recall:no-such-family', 'recall:hard-negative', 'fpr:jailbreak', 'fuzz:no-such-mutation', 'fuzz:hex', 'nonsense', 'baseline:when']) {
      assert.throws(() => fillFigures(`<!--fig:${key}-->1%<!--/fig-->`, sources), UnknownFigure, key)
    }
  })
})
