import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { configReference } from '../../../src/config/reference.js'
import { ERRORS } from '../../../src/errors.js'

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
