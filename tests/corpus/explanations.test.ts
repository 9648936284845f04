import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'node:test'
import { loadConfig } from '../../src/config/load.js'
import { compileEngine } from '../../src/detection/engine.js'
import { POLICIES } from '../../src/detection/registry.js'
import { CATEGORIES, EMPTY_SESSION, type ChatMessage, type Contribution } from '../../src/detection/types.js'
import { flattenMessages } from '../../src/front/chat-request.js'
import { loadCorpus } from '../../src/replay/load-corpus.js'
import { planRequests } from '../../src/replay/plan-requests.js'
import type { SendMode } from '../../src/replay/types.js'
import { engineOptionsOf } from '../../src/detection/engine-options.js'
import { ShardEvaluator } from '../../src/worker/evaluator.js'
import { ASKS_FOR_DATA, explanationProblems, SENSITIVE } from '../helpers/explanation-check.js'

// Every contribution of every request of the corpus, in both send modes, must explain
// itself completely: policy id, category, risk, weight, reason, and evidence with message
// index, role, offsets and a short excerpt — and no excerpt may carry a sensitive value.
// The few policies the corpus never triggers are covered in
// tests/unit/detection/explanations.test.ts.

const CORPUS = fileURLToPath(new URL('../../../corpus', import.meta.url))
const config = loadConfig({ env: {} })

// An oracle for leaks: the PII and secrets policies alone, run over each excerpt as if it
// were a prompt. A redacted excerpt gives them nothing to find.
const leakOracle = compileEngine({
  ...engineOptionsOf(config.detection),
  overrides: { categories: Object.fromEntries(CATEGORIES.filter(c => !SENSITIVE.has(c)).map(c => [c, { enabled: false }])) },
})

interface Request { readonly where: string, readonly messages: ChatMessage[], readonly contributions: readonly Contribution[] }

async function corpusRequests (mode: SendMode): Promise<Request[]> {
  const shard = new ShardEvaluator({ detection: config.detection, session: config.session, maxQueueWaitMs: 60_000, cancelFlags: null })
  const out: Request[] = []
  for (const s of loadCorpus([CORPUS]).scenarios) {
    for (const p of planRequests(s, mode)) {
      const messages = flattenMessages(p.messages as never)
      const reply = await shard.handle({ kind: 'evaluate', requestId: 'x', tenant: 't', route: 'analyze', sessionId: `${mode}:${s.id}`, messages, stage: 'request', record: true })
      assert.ok(reply.ok && reply.outcome.kind === 'evaluate', `${s.id} step ${p.step} evaluated`)
      out.push({ where: `${mode} ${s.id} step ${p.step}`, messages, contributions: reply.outcome.result.contributions })
    }
  }
  await shard.close()
  return out
}

describe('explanations over the whole corpus', () => {
  for (const mode of ['history', 'latest'] as SendMode[]) {
    it(`are complete and redacted for every contribution (${mode} mode)`, async () => {
      const requests = await corpusRequests(mode)
      const contributions = requests.reduce((n, r) => n + r.contributions.length, 0)
      assert.ok(contributions > 1000, `the corpus exercises the explanations (${contributions} contributions)`)
      const seenPolicies = new Set(requests.flatMap(r => r.contributions.map(c => c.policyId)))
      assert.ok(seenPolicies.size >= POLICIES.length * 0.8, `most policies contributed (${seenPolicies.size} of ${POLICIES.length})`)
      const limits = engineOptionsOf(config.detection).limits
      assert.deepEqual(requests.flatMap(r => explanationProblems(r.where, r.messages, r.contributions, limits)).slice(0, 20), [])

      const excerpts = new Set(requests.flatMap(r => r.contributions.flatMap(c => c.evidence === null ? [] : [c.evidence.excerpt])))
      const leaks: string[] = []
      for (const x of excerpts) {
        const found = leakOracle.evaluate([{ role: 'user', content: x }], EMPTY_SESSION, 'request').contributions.filter(c => c.risk > 0 && !ASKS_FOR_DATA.has(c.policyId))
        if (found.length > 0) leaks.push(`'${x}': ${found.map(c => c.policyId).join(', ')}`)
      }
      assert.deepEqual(leaks.slice(0, 20), [], 'no excerpt holds a value the PII or secrets policies recognise')
    })
  }
})
