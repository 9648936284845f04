import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'node:test'
import { loadConfig } from '../../../src/config/load.js'
import { GatewayError } from '../../../src/errors.js'
import type { EvaluateTask } from '../../../src/router/protocol.js'
import { createShardRouter } from '../../../src/router/shard-router.js'

const config = loadConfig({ env: {} })
const init = { detection: config.detection, session: config.session }
const CRASHING = fileURLToPath(new URL('../../fixtures/crashing-worker.js', import.meta.url))

function task (sessionId: string | null, content: string, tenant = 't'): EvaluateTask {
  return { kind: 'evaluate', requestId: 'r', tenant, route: 'analyze', sessionId, messages: [{ role: 'user', content }], stage: 'request', record: true }
}

for (const shards of [0, 2]) {
  describe(`shard router with ${shards === 0 ? 'inline evaluation' : `${shards} worker shards`}`, () => {
    it('evaluates the turns of one session in arrival order', async () => {
      const router = createShardRouter({ shards, maxQueue: 1000, init })
      try {
        const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => router.run(task('ordered', `turn ${i}`))))
        const totals = replies.map(({ reply }) => reply.ok && reply.outcome.kind === 'evaluate' ? reply.outcome.session?.totalActions : -1)
        assert.deepEqual(totals, Array.from({ length: 50 }, (_, i) => i + 1))
        assert.equal(new Set(replies.map(r => r.shard)).size, 1, 'one session, one shard')
      } finally {
        await router.close()
      }
    })

    it('answers inspect and delete from the shard that owns the session', async () => {
      const router = createShardRouter({ shards, maxQueue: 1000, init })
      try {
        for (let i = 0; i < 3; i++) await router.run(task('inspected', 'hello'))
        const { reply } = await router.run({ kind: 'inspect', tenant: 't', sessionId: 'inspected' })
        assert.ok(reply.ok && reply.outcome.kind === 'inspect')
        assert.equal(reply.outcome.state?.totalActions, 3)
        const del = await router.run({ kind: 'delete', tenant: 't', sessionId: 'inspected' })
        assert.ok(del.reply.ok && del.reply.outcome.kind === 'delete' && del.reply.outcome.deleted)
      } finally {
        await router.close()
      }
    })

    it('answers "overloaded" when the shard queue is full', async () => {
      const router = createShardRouter({ shards, maxQueue: 1, init })
      try {
        const results = await Promise.allSettled(Array.from({ length: 30 }, () => router.run(task('busy', 'x'.repeat(2000)))))
        const rejected = results.filter(r => r.status === 'rejected')
        assert.ok(rejected.length > 0, 'some tasks were refused')
        for (const r of rejected) assert.equal((r.reason as GatewayError).code, 'overloaded')
      } finally {
        await router.close()
      }
    })
  })
}

describe('a shard worker that dies', () => {
  it('fails the request with internal_error, reports the crash, and is replaced', async () => {
    const crashes: number[] = []
    const router = createShardRouter({ shards: 1, maxQueue: 100, init, workerFile: CRASHING, onWorkerCrash: (shard) => crashes.push(shard) })
    // Piscina does not hold the event loop open for a task queued while the replacement
    // thread is still starting; in the gateway the listening socket does. Stand in for it
    // so the test runner does not see an empty loop and cancel the test.
    const keepAlive = setInterval(() => undefined, 1000)
    try {
      await assert.rejects(router.run(task('victim', 'CRASH')), (err: unknown) => {
        assert.ok(err instanceof GatewayError)
        assert.equal(err.code, 'internal_error')
        return true
      })
      assert.deepEqual(crashes, [0])
      const { reply } = await router.run(task('after', 'still working?'))
      assert.ok(reply.ok, 'the pool replaced the dead thread')
    } finally {
      clearInterval(keepAlive)
      await router.close()
    }
  })
})
