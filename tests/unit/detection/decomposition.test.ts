import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'node:test'
import Type from 'typebox'
import { definePolicy, type AnyPolicy } from '../../../src/detection/define-policy.js'
import { evidenceOf } from '../../../src/detection/evidence.js'
import { compileEngine, EngineConfigError, type EngineOptions, type EngineResult } from '../../../src/detection/engine.js'
import { engineOptionsOf } from '../../../src/detection/engine-options.js'
import { POLICIES } from '../../../src/detection/registry.js'
import { EMPTY_SESSION, type ChatMessage, type Segment } from '../../../src/detection/types.js'
import { loadConfig } from '../../../src/config/load.js'
import { loadCorpus } from '../../../src/replay/load-corpus.js'
import { planRequests } from '../../../src/replay/plan-requests.js'

// A policy that declares `decomposes` promises that evaluating its plain segments one at a
// time (and keeping each result with the segment) gives exactly what one call over the
// whole input gives. These tests hold every registered policy to that promise on every
// request of the corpus, and check the engine's side of it on policies written here.

const OPTIONS: EngineOptions = engineOptionsOf(loadConfig({ env: {} }).detection)
const CORPUS = fileURLToPath(new URL('../../../../corpus', import.meta.url))

/** What a client sees and what is recorded: everything but the timings. */
function comparable (r: EngineResult): unknown {
  const { timings: _timings, ...rest } = r
  return rest
}

/** The messages without the first one after the system prompt, or null when too few are left to matter. */
function droppingOldestTurn (messages: readonly ChatMessage[]): ChatMessage[] | null {
  const first = messages.findIndex(m => m.role !== 'system' && m.role !== 'developer')
  if (first < 0 || messages.length - first < 3) return null
  return [...messages.slice(0, first), ...messages.slice(first + 1)]
}

function wholeInputRegistry (): AnyPolicy[] {
  return POLICIES.map(p => {
    const { decomposes: _decomposes, ...rest } = p
    return definePolicy(rest as AnyPolicy)
  })
}

describe('policies that decompose over segments', () => {
  it('are a real share of the registry (the claim is not vacuous)', () => {
    const ids = POLICIES.filter(p => p.decomposes !== undefined).map(p => p.id)
    for (const id of ['prompt-injection.instruction-override', 'prompt-injection.system-prompt-extraction', 'prompt-injection.restriction-evasion', 'sql-injection.tautology', 'sql-injection.destructive-request', 'secrets.jwt', 'secrets.private-key']) assert.ok(ids.includes(id), `${id} not in ${ids.join(', ')}`)
    // Every SQL policy reports one best hit per request, which decomposes.
    assert.deepEqual(POLICIES.filter(p => p.id.startsWith('sql-injection.') && p.decomposes === undefined).map(p => p.id), [])
    assert.ok(ids.length >= 25, ids.join(', '))
  })

  it('give the same result as one call over the whole input, on every corpus request, first seen and resent', () => {
    const split = compileEngine(OPTIONS)
    const whole = compileEngine(OPTIONS, wholeInputRegistry())
    let requests = 0
    let withSignals = 0
    for (const s of loadCorpus([CORPUS]).scenarios) {
      for (const r of planRequests(s, 'history')) {
        const messages = r.messages.map(m => ({ role: m.role, content: typeof m.content === 'string' ? m.content : '' })) as ChatMessage[]
        const expected = comparable(whole.evaluate(messages, EMPTY_SESSION, 'request'))
        // The first call fills the per-segment results, the second reads them back.
        assert.deepEqual(comparable(split.evaluate(messages, EMPTY_SESSION, 'request')), expected, `${s.id} step ${r.step}`)
        const again = split.evaluate(messages, EMPTY_SESSION, 'request')
        assert.deepEqual(comparable(again), expected, `${s.id} step ${r.step}, resent`)
        // A client keeping to a context window drops its oldest turn: every kept result is
        // read back at an index one lower than it was computed at.
        const windowed = droppingOldestTurn(messages)
        if (windowed !== null) assert.deepEqual(comparable(split.evaluate(windowed, EMPTY_SESSION, 'request')), comparable(whole.evaluate(windowed, EMPTY_SESSION, 'request')), `${s.id} step ${r.step}, window moved`)
        requests++
        if (again.contributions.length > 0) withSignals++
      }
    }
    assert.ok(requests > 3000 && withSignals > 500, `${requests} requests, ${withSignals} with signals`)
  })
})

describe('the engine evaluating a decomposed policy', () => {
  const calls: string[] = []
  const Params = Type.Object({ risk: Type.Number({ default: 40 }), maxSignals: Type.Integer({ default: 2 }) })
  const probe = definePolicy({
    id: 'test.per-segment', category: 'prompt_injection', phase: 'content', priority: 10, weight: 1, stages: ['request'], failMode: 'closed', description: 'test',
    params: Params,
    decomposes: { limit: p => p.maxSignals },
    evaluate ({ input, params }) {
      const out = []
      for (const seg of input.segments) {
        calls.push(`${seg.layer}:${seg.messageIndex}`)
        const n = (seg.lower.match(/trigger/g) ?? []).length
        if (n > 0) out.push({ risk: Math.min(100, params.risk + n), reason: `${n} in ${seg.messageIndex}`, evidence: null })
      }
      return out.sort((a, b) => b.risk - a.risk).slice(0, params.maxSignals)
    },
  })
  const long = (s: string): string => `${s} ${'padding words of a long enough message '.repeat(3)}`

  it('scans a resent plain segment once, and only new text afterwards', () => {
    calls.length = 0
    const engine = compileEngine({ ...OPTIONS, policies: {} }, [probe])
    const history = [{ role: 'user' as const, content: long('trigger one') }, { role: 'assistant' as const, content: long('an answer') }]
    engine.evaluate(history, EMPTY_SESSION, 'request')
    assert.deepEqual(calls, ['plain:0', 'plain:1'])
    calls.length = 0
    const next = engine.evaluate([...history, { role: 'user' as const, content: long('trigger trigger two') }], EMPTY_SESSION, 'request')
    // Message 2 is new, and so is the joined window around the boundary before it.
    assert.deepEqual(calls, ['plain:2', 'decoded:2'])
    // The window holds the end of message 0 and the head of message 2 (its two triggers):
    // the score keeps each policy's strongest.
    assert.deepEqual(next.contributions.map(c => c.reason), ['2 in 2'])
  })

  it('scans a resent message\'s decoded views once too, and evaluates them again on a message it has not seen', () => {
    calls.length = 0
    const engine = compileEngine({ ...OPTIONS, policies: {} }, [probe])
    const payload = Buffer.from(`trigger hidden in a payload ${Date.now()}`).toString('base64')
    const history = [{ role: 'user' as const, content: long(`decode ${payload}`) }, { role: 'assistant' as const, content: long('an answer') }]
    engine.evaluate(history, EMPTY_SESSION, 'request')
    assert.deepEqual(calls.filter(c => c.endsWith(':0')), ['plain:0', 'decoded:0'])
    calls.length = 0
    const next = engine.evaluate([...history, { role: 'user' as const, content: long('thanks') }], EMPTY_SESSION, 'request')
    assert.deepEqual(calls.filter(c => c.endsWith(':0')), [], 'the resent message and its decoded view are not scanned again')
    assert.ok(next.contributions.some(c => c.reason === '1 in 0'), 'the kept result of the decoded view still counts')
  })

  it('keeps the joined window of a boundary once made: a next turn scans its own message and its own boundary', () => {
    const texts: string[] = []
    const recording = definePolicy({
      ...probe,
      id: 'test.recording',
      evaluate: ({ input }) => input.segments.flatMap(seg => {
        texts.push(`${seg.layer}:${seg.messageIndex}:${seg.text}`)
        return seg.lower.includes('trigger') ? [{ risk: 40, reason: `found in ${seg.layer} ${seg.messageIndex}`, evidence: null }] : []
      }),
    })
    const engine = compileEngine({ ...OPTIONS, policies: {} }, [recording])
    const history = [
      { role: 'user' as const, content: 'trigger one, and then' },
      { role: 'assistant' as const, content: long('an answer') },
      { role: 'user' as const, content: long('a follow-up') },
      { role: 'assistant' as const, content: long('another answer') },
    ]
    engine.evaluate(history, EMPTY_SESSION, 'request')
    assert.ok(texts.some(t => t.startsWith('decoded:2:trigger one')), texts.join('\n'))
    texts.length = 0
    const next = engine.evaluate([...history, { role: 'user' as const, content: long('a third question') }], EMPTY_SESSION, 'request')
    // Scanned: the new message, and the window around its boundary, which reaches back
    // into the earlier turns by SEAM_CHARS only; the window with the trigger is kept.
    assert.deepEqual(texts.map(t => t.split(':').slice(0, 2).join(':')), ['plain:4', 'decoded:4'])
    assert.ok(!(texts[1] ?? '').includes('trigger'), texts[1])
    assert.deepEqual(next.contributions.map(c => c.reason), ['found in plain 0'])
  })

  it('reads a kept result back at the index a moved context window put its message', () => {
    calls.length = 0
    const located = definePolicy({
      ...probe,
      id: 'test.located',
      evaluate: ({ input }) => input.segments.flatMap(seg => {
        calls.push(`${seg.layer}:${seg.messageIndex}`)
        const at = seg.lower.indexOf('trigger')
        return at < 0 ? [] : [{ risk: 40, reason: 'found', evidence: evidenceOf(seg, at, at + 7) }]
      }),
    })
    const engine = compileEngine({ ...OPTIONS, policies: {} }, [located])
    const oldest = { role: 'user' as const, content: long('an opening question') }
    const kept = [{ role: 'assistant' as const, content: long('an answer') }, { role: 'user' as const, content: long('a trigger here') }]
    const first = engine.evaluate([oldest, ...kept], EMPTY_SESSION, 'request')
    assert.deepEqual(first.contributions.map(c => c.evidence?.messageIndex), [2])
    calls.length = 0
    const moved = engine.evaluate([...kept, { role: 'user' as const, content: long('next question') }], EMPTY_SESSION, 'request')
    // Only the new message and the joined view are scanned; the kept finding moved with its message.
    assert.deepEqual(calls, ['plain:2', 'decoded:2'])
    assert.deepEqual(moved.contributions.map(c => [c.evidence?.messageIndex, c.evidence?.start, c.evidence?.excerpt]), [[1, 2, first.contributions[0]?.evidence?.excerpt]])
  })

  it('keeps the strongest signal across segments, ties in segment order, whether computed or read back', () => {
    const engine = compileEngine({ ...OPTIONS, policies: {} }, [probe])
    const messages: ChatMessage[] = [
      { role: 'user', content: long('trigger a') },
      { role: 'assistant', content: long('trigger b') },
      { role: 'tool', content: long('trigger c') },
    ]
    for (let k = 0; k < 2; k++) assert.deepEqual(engine.evaluate(messages, EMPTY_SESSION, 'request').contributions.map(c => c.reason), ['1 in 0'])
    // Message 3 holds two triggers (and so does the joined window before it, which reaches
    // back into message 0 by SEAM_CHARS only).
    const stronger = [...messages, { role: 'user' as const, content: long('trigger trigger d') }]
    assert.deepEqual(engine.evaluate(stronger, EMPTY_SESSION, 'request').contributions.map(c => c.reason), ['2 in 3'])
  })

  it('recomputes under another engine\'s params instead of reading their results', () => {
    calls.length = 0
    const messages = [{ role: 'user' as const, content: long('trigger params') }]
    const low = compileEngine({ ...OPTIONS, policies: { 'test.per-segment': { params: { risk: 10 } } } }, [probe])
    const high = compileEngine({ ...OPTIONS, policies: { 'test.per-segment': { params: { risk: 70 } } } }, [probe])
    assert.equal(low.evaluate(messages, EMPTY_SESSION, 'request').contributions[0]?.risk, 11)
    assert.equal(high.evaluate(messages, EMPTY_SESSION, 'request').contributions[0]?.risk, 71)
    assert.equal(low.evaluate(messages, EMPTY_SESSION, 'request').contributions[0]?.risk, 11)
    // Each engine's result is kept beside the other's: the third request reads low's back.
    assert.equal(calls.length, 2)
  })

  it('reuses a kept result only under the request context it was computed in', () => {
    // Scores a segment by whether the request has a system prompt: a request-level fact.
    const contextual = definePolicy({
      ...probe,
      id: 'test.contextual',
      decomposes: { limit: () => 1, context: input => input.messages.some(m => m.role === 'system') },
      evaluate: ({ input }) => input.segments.filter(seg => seg.lower.includes('trigger'))
        .map(() => ({ risk: input.messages.some(m => m.role === 'system') ? 20 : 60, reason: 'r', evidence: null })),
    })
    const engine = compileEngine(OPTIONS, [contextual])
    const text = long('trigger context')
    const withSystem = [{ role: 'system' as const, content: 'You are a helpful assistant.' }, { role: 'user' as const, content: text }]
    const without = [{ role: 'assistant' as const, content: 'hello there' }, { role: 'user' as const, content: text }]
    const risk = (m: readonly ChatMessage[]): number | undefined => engine.evaluate(m, EMPTY_SESSION, 'request').contributions[0]?.risk
    // The same plain segment (same text, index and role) is shared by both requests.
    assert.equal(risk(withSystem), 20)
    assert.equal(risk(without), 60)
    assert.equal(risk(withSystem), 20)
  })

  it('keeps a result per context, so a message sent under two contexts in turn is evaluated once under each', () => {
    // A stock opener sent by sessions of two apps: with and without a system prompt.
    let evaluations = 0
    const contextual = definePolicy({
      ...probe,
      id: 'test.two-contexts',
      decomposes: { limit: () => 1, context: input => input.messages.find(m => m.role === 'system')?.content ?? '' },
      evaluate: ({ input }) => {
        evaluations += input.segments.length
        return []
      },
    })
    const engine = compileEngine(OPTIONS, [contextual])
    const text = long('a stock opener')
    const under = (system: string): ChatMessage[] => [{ role: 'system', content: system }, { role: 'user', content: text }]
    const apps = ['You are app A.', 'You are app B.']
    for (let k = 0; k < 6; k++) engine.evaluate(under(apps[k % 2] as string), EMPTY_SESSION, 'request')
    // Two system prompts and one user message per context: each evaluated once.
    assert.equal(evaluations, 4)
    // Contexts past the bound replace the oldest: a system prompt with a time stamp cannot grow the memo.
    for (let k = 0; k < 6; k++) engine.evaluate(under(`You are app C, at ${k}.`), EMPTY_SESSION, 'request')
    evaluations = 0
    engine.evaluate(under(apps[0] as string), EMPTY_SESSION, 'request')
    assert.equal(evaluations, 1, 'the user message\'s result under app A was pushed out by the newer contexts (its system prompt\'s was not)')
  })

  it('keeps the signal the policy ranks first, not the riskiest, as one call over the whole input does', () => {
    // Picks the segment with the most triggers, then boosts a pick from an assistant
    // message: the boost comes after the choice, so the riskier signal is not the chosen one.
    const ranked = definePolicy({
      ...probe,
      id: 'test.ranked',
      decomposes: { limit: () => 1 },
      evaluate ({ input }) {
        let best: { readonly seg: Segment, readonly n: number } | undefined
        for (const seg of input.segments) {
          const n = (seg.lower.match(/trigger/g) ?? []).length
          if (n > 0 && (best === undefined || n > best.n)) best = { seg, n }
        }
        if (best === undefined) return []
        return [{ risk: 40 + best.n + (best.seg.role === 'assistant' ? 20 : 0), reason: `${best.n} in ${best.seg.messageIndex}`, evidence: null, rank: best.n }]
      },
    })
    const split = compileEngine({ ...OPTIONS, policies: {} }, [ranked])
    const { decomposes: _decomposes, ...wholeRanked } = ranked
    const whole = compileEngine({ ...OPTIONS, policies: {} }, [definePolicy(wholeRanked as AnyPolicy)])
    const messages: ChatMessage[] = [{ role: 'user', content: long('trigger trigger rank') }, { role: 'assistant', content: long('trigger') }]
    const expected = whole.evaluate(messages, EMPTY_SESSION, 'request').contributions.map(c => [c.reason, c.risk])
    assert.deepEqual(expected, [['2 in 0', 42]])
    for (let k = 0; k < 2; k++) assert.deepEqual(split.evaluate(messages, EMPTY_SESSION, 'request').contributions.map(c => [c.reason, c.risk]), expected)
  })

  it('asks for the context of each segment, so a result that depends on where its segment stands is not read elsewhere', () => {
    // A trigger counts more in the first message after the system prompt.
    const placed = definePolicy({
      ...probe,
      id: 'test.placed',
      decomposes: { limit: () => 1, context: (input, seg) => seg.messageIndex === input.messages.findIndex(m => m.role !== 'system') },
      evaluate: ({ input }) => input.segments.filter(seg => seg.lower.includes('trigger'))
        .map(seg => ({ risk: seg.messageIndex === input.messages.findIndex(m => m.role !== 'system') ? 70 : 30, reason: 'r', evidence: null })),
    })
    const engine = compileEngine({ ...OPTIONS, policies: {} }, [placed])
    const system = { role: 'system' as const, content: 'You are a helpful assistant.' }
    const opening = { role: 'user' as const, content: long('an opening question') }
    const later = { role: 'user' as const, content: long('a trigger later on') }
    const risk = (m: readonly ChatMessage[]): number | undefined => engine.evaluate(m, EMPTY_SESSION, 'request').contributions[0]?.risk
    // The same plain segment, second after the system prompt, then first once the window moved, then second again.
    assert.equal(risk([system, opening, later]), 30)
    assert.equal(risk([system, later]), 70)
    assert.equal(risk([system, opening, later]), 30)
  })

  it('keeps nothing for a segment when the policy throws, and fails closed as any policy does', () => {
    let fail = true
    const flaky = definePolicy({ ...probe, id: 'test.flaky', evaluate: (ctx) => { if (fail) throw new Error('boom'); return probe.evaluate(ctx) } })
    const engine = compileEngine({ ...OPTIONS, policies: {} }, [flaky])
    const messages = [{ role: 'user' as const, content: long('trigger flaky') }]
    const failed = engine.evaluate(messages, EMPTY_SESSION, 'request')
    assert.equal(failed.errors[0]?.message, 'boom')
    assert.equal(failed.decision, 'block')
    fail = false
    const ok = engine.evaluate(messages, EMPTY_SESSION, 'request')
    assert.deepEqual(ok.errors, [])
    assert.deepEqual(ok.contributions.map(c => c.risk), [41])
  })

  it('is refused for a session policy', () => {
    const session = definePolicy({ ...probe, id: 'test.session-decomposed', phase: 'session' })
    assert.throws(() => compileEngine({ ...OPTIONS, policies: {} }, [session]), (e: unknown) => e instanceof EngineConfigError && /only content policies/.test(e.message))
  })

  it('hands cross-segment lookups the whole request', () => {
    const seen: number[] = []
    const looker = definePolicy({
      ...probe,
      id: 'test.looker',
      evaluate ({ input }) {
        for (const _ of input.segments) seen.push((input.allSegments ?? input.segments).filter((s: Segment) => s.layer === 'plain').length)
        return []
      },
    })
    const engine = compileEngine({ ...OPTIONS, policies: {} }, [looker])
    engine.evaluate([{ role: 'user', content: long('one') }, { role: 'user', content: long('two') }], EMPTY_SESSION, 'request')
    // Two plain segments evaluated alone and the joined view: each saw both plain segments.
    assert.deepEqual(seen, [2, 2, 2])
  })
})
