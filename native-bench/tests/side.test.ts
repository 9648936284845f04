import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { REPO_ROOT } from '../lib/inputs.js'
import { Side } from '../lib/side-client.js'

// A side loads one build's cases in a process of its own and samples them on request.
test('a side lists the cases its filter selects, calibrates and samples them, and closes', async () => {
  const side = new Side('branch', join(REPO_ROOT, 'build', 'src'), 'shard-key')
  try {
    const list = await side.ask<{ id: number, cases: readonly { name: string, note: string }[], problems: readonly string[] }>({ op: 'list' })
    assert.deepEqual(list.problems, [])
    assert.ok(list.cases.length > 0 && list.cases.every(c => c.name.startsWith('shard-key')), JSON.stringify(list.cases))
    const name = list.cases[0]!.name
    const { n } = await side.ask<{ id: number, n: number }>({ op: 'calibrate', name, minSampleMs: 1 })
    assert.ok(n >= 1)
    const { nsPerOp } = await side.ask<{ id: number, nsPerOp: number }>({ op: 'sample', name, n })
    assert.ok(nsPerOp > 0 && Number.isFinite(nsPerOp))
  } finally {
    await side.close()
  }
})

test('a request the side cannot answer fails with its reason, and the side goes on answering', async () => {
  const side = new Side('branch', join(REPO_ROOT, 'build', 'src'), 'shard-key')
  try {
    await side.ask({ op: 'list' })
    await assert.rejects(side.ask({ op: 'sample', name: 'no such case', n: 1 }), /branch: .*no case no such case/)
    const again = await side.ask<{ id: number, cases: readonly unknown[] }>({ op: 'list' })
    assert.ok(again.cases.length > 0)
  } finally {
    await side.close()
  }
})
