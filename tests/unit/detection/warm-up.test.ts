import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'node:test'
import { lexiconCompiles } from '../../../src/detection/policies/prompt-injection/lexicon/scan.js'
import { EMPTY_SESSION, type ChatMessage } from '../../../src/detection/types.js'
import { loadConfig } from '../../../src/config/load.js'
import { loadCorpus } from '../../../src/replay/load-corpus.js'
import { planRequests } from '../../../src/replay/plan-requests.js'
import { ShardEvaluator } from '../../../src/worker/evaluator.js'

// node --test runs each file in its own process, so nothing here was compiled before the
// shard below: what it compiles is what its warm-up compiled.
const CORPUS = fileURLToPath(new URL('../../../../corpus', import.meta.url))

describe('shard warm-up', () => {
  it('compiles at construction every lexicon the corpus reaches, so no request pays for one', () => {
    assert.equal(lexiconCompiles(), 0)
    const config = loadConfig({ env: {} })
    const shard = new ShardEvaluator({ detection: config.detection, session: config.session, maxQueueWaitMs: 60_000, cancelFlags: null })
    const warmed = lexiconCompiles()
    assert.ok(warmed >= 10, `warm-up compiled only ${warmed} lexicons`)
    let requests = 0
    for (const s of loadCorpus([CORPUS]).scenarios) {
      for (const r of planRequests(s, 'history')) {
        const messages = r.messages.map(m => ({ role: m.role, content: typeof m.content === 'string' ? m.content : '' })) as ChatMessage[]
        shard.engine.evaluate(messages, EMPTY_SESSION, 'request')
        if (messages.at(-1)?.role === 'assistant') shard.engine.evaluate(messages, EMPTY_SESSION, 'response')
        requests++
        assert.equal(lexiconCompiles(), warmed, `${s.id} compiled a lexicon the warm-up had not`)
      }
    }
    assert.ok(requests > 2000, `${requests} requests`)
  })
})
