import assert from 'node:assert/strict'
import { test } from 'node:test'
import { join } from 'node:path'
import { REPO_ROOT } from '../lib/cli-args.js'
import { buildTraffic, DEFAULT_TRAFFIC, SessionWalker } from '../lib/traffic.js'

const opts = { ...DEFAULT_TRAFFIC, corpusDir: join(REPO_ROOT, 'corpus'), scripts: 400 }

test('every request body is valid chat JSON within the configured size range', () => {
  const t = buildTraffic(opts)
  for (const s of t.scripts) {
    for (const r of s.requests) {
      assert.ok(r.body.length >= opts.minBytes && r.body.length <= opts.maxBytes, `body of ${r.body.length} B`)
      const parsed = JSON.parse(r.body.toString()) as { model: string, messages: unknown[], stream: boolean }
      assert.equal(parsed.model, opts.model)
      assert.ok(parsed.messages.length >= 1)
      assert.equal(parsed.stream, r.stream)
    }
  }
})

test('the attack share of requests lands on its target and streaming near its share', () => {
  const t = buildTraffic(opts)
  assert.ok(Math.abs(t.summary.attackShare - 0.2) < 0.01, `attack share ${t.summary.attackShare}`)
  assert.ok(Math.abs(t.summary.streamShare - 0.1) < 0.04, `stream share ${t.summary.streamShare}`)
})

test('a session resends its conversation: each turn starts with the previous turn\'s messages unless trimmed to maxBytes', () => {
  const t = buildTraffic(opts)
  let pairs = 0
  let resent = 0
  for (const s of t.scripts) {
    const bodies = s.requests.map(r => (JSON.parse(r.body.toString()) as { messages: unknown[] }).messages.map(m => JSON.stringify(m)))
    for (let k = 1; k < bodies.length; k++) {
      const before = bodies[k - 1] as string[]
      const after = bodies[k] as string[]
      pairs++
      if (before.every((m, i) => after[i] === m)) resent++
    }
  }
  // Enough consecutive turns to measure the share; how many depends on the corpus drawn from.
  assert.ok(pairs >= 100, `${pairs} consecutive turns`)
  // Only a session whose body grows past maxBytes drops history (a trimming client); with
  // first sizes drawn up to maxBytes that is about one turn in five here. Fresh padding
  // per turn would resend almost none.
  assert.ok(resent / pairs > 0.75, `${resent} of ${pairs} turns resent the previous conversation`)
})

test('the same seed builds byte-identical traffic', () => {
  const a = buildTraffic({ ...opts, scripts: 50 })
  const b = buildTraffic({ ...opts, scripts: 50 })
  assert.deepEqual(a.scripts.map(s => s.requests.map(r => r.body.toString())), b.scripts.map(s => s.requests.map(r => r.body.toString())))
})

test('a session slot walks one script in order under one id, then moves to the next id', () => {
  const t = buildTraffic({ ...opts, scripts: 20 })
  const walker = new SessionWalker(t, 'x', 3)
  const slot = walker.slot()
  const first = t.scripts[0]
  assert.ok(first !== undefined)
  const seen = first.requests.map(() => slot.next())
  assert.ok(seen.every(s => s.sessionId === 'x-0'))
  assert.deepEqual(seen.map(s => s.request), [...first.requests])
  assert.equal(slot.next().sessionId, 'x-1')
})

test('session ids cycle within the pool so long runs reach a steady state', () => {
  const t = buildTraffic({ ...opts, scripts: 20 })
  const walker = new SessionWalker(t, 'p', 2)
  const ids = new Set(Array.from({ length: 10 }, () => walker.take().sessionId))
  assert.deepEqual([...ids].sort(), ['p-0', 'p-1'])
})
