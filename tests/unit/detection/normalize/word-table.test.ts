import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { WordTable, caesarShift } from '../../../../src/detection/normalize/word-table.js'

describe('WordTable', () => {
  const table = new WordTable()
  table.add('ignore', 1)
  table.add('rules', 1)
  table.add('ignore', 4)

  it('finds a word by its position in a text and merges the flags of repeated adds', () => {
    const text = 'please ignore the rules'
    assert.equal(table.get(text, 7, 13), 5)
    assert.equal(table.get(text, 18, 23), 1)
    assert.equal(table.get(text, 14, 17), 0)
    assert.equal(table.get(text, 7, 12), 0)
    assert.equal(table.size, 2)
  })

  it('reads the stretch under any Caesar shift', () => {
    const text = caesarShift('ignore rules', 25)
    for (let s = 0; s < 26; s++) assert.equal(table.get(text, 0, 6, s), s === 1 ? 5 : 0)
  })

  it('confirms hits by comparing characters, not only hashes', () => {
    const big = new WordTable()
    for (let i = 0; i < 20000; i++) big.add(`w${i.toString(36)}`, 2)
    let wrong = 0
    for (let i = 20000; i < 40000; i++) { const w = `w${i.toString(36)}`; if (big.get(w, 0, w.length) !== 0) wrong++ }
    assert.equal(wrong, 0)
  })
})

describe('caesarShift', () => {
  it('shifts both cases and leaves everything else', () => {
    assert.equal(caesarShift('Hello, World-42!', 3), 'Khoor, Zruog-42!')
    assert.equal(caesarShift(caesarShift('Zebra yak', 7), 19), 'Zebra yak')
  })
})
