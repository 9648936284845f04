import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'node:test'
import { loadConfig } from '../../src/config/load.js'
import { compileEngine } from '../../src/detection/engine.js'
import { scrubExcerpt } from '../../src/detection/evidence.js'
import { normalize } from '../../src/detection/normalize/index.js'
import { POLICIES } from '../../src/detection/registry.js'
import { round2 } from '../../src/detection/scoring.js'
import { CATEGORIES, EMPTY_SESSION, type ChatMessage, type Contribution, type Segment } from '../../src/detection/types.js'
import { flattenMessages } from '../../src/front/chat-request.js'
import { loadCorpus } from '../../src/replay/load-corpus.js'
import { planRequests } from '../../src/replay/plan-requests.js'
import type { SendMode } from '../../src/replay/types.js'
import { ShardEvaluator, engineOptionsOf } from '../../src/worker/evaluator.js'

// Every contribution of every request of the corpus, in both send modes, must explain
// itself completely: policy id, category, risk, weight, reason, and evidence with message
// index, role, offsets and a short excerpt — and no excerpt may carry a sensitive value.

const CORPUS = fileURLToPath(new URL('../../../corpus', import.meta.url))
const config = loadConfig({ env: {} })
const BY_ID = new Map(POLICIES.map(p => [p.id, p]))
const SENSITIVE = new Set(['pii', 'secrets'])

// An oracle for leaks: the PII and secrets policies alone, run over each excerpt as if it
// were a prompt. A redacted excerpt gives them nothing to find.
const leakOracle = compileEngine({
  ...engineOptionsOf(config.detection),
  overrides: { categories: Object.fromEntries(CATEGORIES.filter(c => !SENSITIVE.has(c)).map(c => [c, { enabled: false }])) },
})

interface Request { readonly where: string, readonly messages: ChatMessage[], readonly contributions: readonly Contribution[] }

async function corpusRequests (mode: SendMode): Promise<Request[]> {
  const shard = new ShardEvaluator({ detection: config.detection, session: config.session })
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

/** The segment an evidence points at, found again by normalizing the same messages. */
function segmentsOf (messages: ChatMessage[], c: Contribution): Segment[] {
  const ev = c.evidence
  if (ev === null) return []
  return normalize(messages, engineOptionsOf(config.detection).limits).segments.filter(s =>
    s.messageIndex === ev.messageIndex && s.layer === ev.layer && s.encodings.join('>') === ev.encodings.join('>') && s.text.length >= ev.end)
}

function problemsOf (r: Request): string[] {
  const out: string[] = []
  const bad = (c: Contribution, what: string) => out.push(`${r.where}: ${c.policyId}: ${what}`)
  for (const c of r.contributions) {
    const p = BY_ID.get(c.policyId)
    if (p === undefined) { bad(c, 'unknown policy id'); continue }
    if (c.category !== p.category) bad(c, `category ${c.category}, registry says ${p.category}`)
    if (!(Number.isFinite(c.risk) && c.risk >= 0 && c.risk <= 100)) bad(c, `risk ${c.risk}`)
    if (!(Number.isFinite(c.weight) && c.weight >= 0 && c.weight <= 2)) bad(c, `weight ${c.weight}`)
    if (c.contribution !== round2(Math.min(100, c.risk * c.weight))) bad(c, `contribution ${c.contribution} is not risk × weight`)
    if (c.reason.trim().length < 10) bad(c, `reason '${c.reason}'`)
    const ev = c.evidence
    if (ev === null) { bad(c, 'no evidence'); continue }
    const m = r.messages[ev.messageIndex]
    if (!Number.isInteger(ev.messageIndex) || m === undefined) { bad(c, `message index ${ev.messageIndex} of ${r.messages.length}`); continue }
    if (ev.role !== m.role) bad(c, `role ${ev.role}, message ${ev.messageIndex} is ${m.role}`)
    if (!(Number.isInteger(ev.start) && Number.isInteger(ev.end) && ev.start >= 0 && ev.start <= ev.end)) bad(c, `span ${ev.start}..${ev.end}`)
    const segs = segmentsOf(r.messages, c)
    if (segs.length === 0) bad(c, `no ${ev.layer} segment [${ev.encodings.join('>')}] of message ${ev.messageIndex} holds ${ev.start}..${ev.end}`)
    if (ev.excerpt.length === 0 || ev.excerpt.length > 80 || /[\r\n]/.test(ev.excerpt)) bad(c, `excerpt shape '${ev.excerpt}'`)
    if (scrubExcerpt(ev.excerpt) !== ev.excerpt) bad(c, `excerpt not scrubbed: '${ev.excerpt}'`)
    // The value a PII or secrets finding points at appears in no excerpt of the request.
    if (SENSITIVE.has(c.category) && segs.length === 1) {
      const value = (segs[0] as Segment).text.slice(ev.start, ev.end)
      if (value.length >= 6) for (const o of r.contributions) if (o.evidence?.excerpt.includes(value) === true) bad(o, `excerpt shows the ${c.policyId} value`)
    }
  }
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
      assert.deepEqual(requests.flatMap(problemsOf).slice(0, 20), [])

      const excerpts = new Set(requests.flatMap(r => r.contributions.flatMap(c => c.evidence === null ? [] : [c.evidence.excerpt])))
      const leaks: string[] = []
      for (const x of excerpts) {
        const found = leakOracle.evaluate([{ role: 'user', content: x }], EMPTY_SESSION, 'request').contributions.filter(c => c.risk > 0)
        if (found.length > 0) leaks.push(`'${x}': ${found.map(c => c.policyId).join(', ')}`)
      }
      assert.deepEqual(leaks.slice(0, 20), [], 'no excerpt holds a value the PII or secrets policies recognise')
    })
  }
})
