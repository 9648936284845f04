import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { checkFloors, hasNoCode, type FileCoverage } from '../coverage/thresholds.js'

const file = (path: string, lines: number, branches = 100): FileCoverage => ({ path, lines: { covered: lines, total: 100 }, branches: { covered: branches, total: 100 } })
const floors = [{ area: 'src/front/', prefixes: ['src/front/'], lines: 95, branches: 85 }]

describe('coverage floors', () => {
  it('sums an area over its files, so one weak file fails the area only when it drags the sum below the floor', () => {
    assert.equal(checkFloors([file('src/front/a.ts', 100), file('src/front/b.ts', 92)], floors)[0]?.ok, true)
    const r = checkFloors([file('src/front/a.ts', 95), file('src/front/b.ts', 80)], floors)[0]
    assert.equal(r?.ok, false)
    assert.equal(r?.lines, 87.5)
  })

  it('fails on branches as well as lines, and an area with no files fails rather than passing empty', () => {
    assert.equal(checkFloors([file('src/front/a.ts', 100, 70)], floors)[0]?.ok, false)
    assert.equal(checkFloors([file('src/cli/a.ts', 100)], floors)[0]?.ok, false)
  })

  it('tells compiled type-only modules (nothing to run) from modules with code', () => {
    assert.equal(hasNoCode('export {};\n//# sourceMappingURL=types.js.map\n'), true)
    assert.equal(hasNoCode('/** A doc comment. */\nexport {};\n'), true)
    assert.equal(hasNoCode('export const X = 1;\n//# sourceMappingURL=x.js.map\n'), false)
    assert.equal(hasNoCode('import { a } from "./a.js";\nexport {};\n'), false)
  })
})
