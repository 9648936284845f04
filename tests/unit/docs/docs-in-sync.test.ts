import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { configReference } from '../../../src/config/reference.js'
import { ERRORS } from '../../../src/errors.js'
import type { FuzzReport } from '../../../src/fuzz/report.js'
import type { Baseline } from '../../../src/replay/baseline.js'
import { BASELINE_FILE, figureKeys, fillFigures, FIGURE_DOCS, FUZZ_REPORT_FILE } from '../../../src/replay/doc-figures.js'

const doc = (name: string): string => readFileSync(new URL(`../../../../docs/${name}`, import.meta.url), 'utf8')

describe('docs kept in sync with the code', () => {
  it('docs/configuration.md is what the schema generates (run npm run docs:config)', () => {
    assert.equal(doc('configuration.md'), configReference() + '\n')
  })

  it('docs/errors.md lists every error code with its HTTP status, and no other', () => {
    const text = doc('errors.md')
    const rows = [...text.matchAll(/^\| `([a-z_]+)` \| (\d{3}) \|/gm)].map(m => [m[1], Number(m[2])])
    assert.deepEqual(Object.fromEntries(rows), Object.fromEntries(Object.entries(ERRORS).map(([code, e]) => [code, e.status])))
  })
})

describe('measured figures quoted in the docs', () => {
  const root = new URL('../../../../', import.meta.url)
  const file = (path: string): string => readFileSync(new URL(path, root), 'utf8')
  const sources = { baseline: JSON.parse(file(BASELINE_FILE)) as Baseline, fuzz: JSON.parse(file(FUZZ_REPORT_FILE)) as FuzzReport }

  for (const doc of FIGURE_DOCS) {
    it(`${doc} quotes the committed detection baseline and fuzz report (run npm run docs:figures)`, () => {
      const text = file(doc)
      assert.ok(figureKeys(text).length >= 3, `${doc} marks no figures`)
      assert.equal(text, fillFigures(text, sources))
    })
  }
})
