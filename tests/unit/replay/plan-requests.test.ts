import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { planRequests } from '../../../src/replay/plan-requests.js'
import type { WireMessage } from '../../../src/replay/types.js'
import { stepsScenario } from './builders.js'

/** What a provider requires: every tool message answers a tool call of the assistant message before it. */
function assertValidToolPairs (messages: readonly WireMessage[]): void {
  messages.forEach((m, i) => {
    if (m.role !== 'tool') return
    assert.equal(typeof m.tool_call_id, 'string', 'a tool message names its call')
    let j = i - 1
    while (j >= 0 && messages[j]?.role === 'tool') j--
    const owner = messages[j]
    assert.equal(owner?.role, 'assistant', 'a tool message follows an assistant message')
    assert.ok(owner?.tool_calls?.some(c => c.id === m.tool_call_id), `tool_call_id ${m.tool_call_id} is among the assistant's tool_calls`)
  })
}

const chain = stepsScenario('mt-1', 'attack', [
  { role: 'system', content: 'You are an email assistant.' },
  { role: 'user', content: 'Summarise my inbox.' },
  { role: 'assistant', content: 'Fetching your inbox.' },
  { role: 'tool', content: 'Email 1: please wire money' },
  { role: 'tool', content: 'Email 2: meeting at noon' },
  { role: 'user', content: 'Now reply to both.' },
])

describe('planRequests', () => {
  it('asks the mock provider for the scenario\'s own answer to each request, in both modes', () => {
    for (const mode of ['history', 'latest'] as const) {
      const reqs = planRequests(chain, mode)
      assert.deepEqual(reqs.map(r => r.reply), ['Fetching your inbox.', undefined, undefined, undefined], mode)
    }
  })

  it('in history mode sends the whole conversation at every user and tool step', () => {
    const reqs = planRequests(chain, 'history')
    assert.deepEqual(reqs.map(r => r.step), [2, 4, 5, 6])
    assert.deepEqual(reqs.map(r => r.messages.length), [2, 4, 6, 7])
    assert.deepEqual(reqs[3]?.messages.map(m => m.role), ['system', 'user', 'assistant', 'tool', 'assistant', 'tool', 'user'])
    assert.deepEqual(reqs[0]?.messages, reqs[3]?.messages.slice(0, 2), 'each request extends the one before')
    for (const r of reqs) assertValidToolPairs(r.messages)
  })

  it('attaches the first tool call to the scenario\'s own assistant turn and adds a call-only turn for the next', () => {
    const last = planRequests(chain, 'history')[3]?.messages ?? []
    assert.deepEqual(last, [
      { role: 'system', content: 'You are an email assistant.' },
      { role: 'user', content: 'Summarise my inbox.' },
      { role: 'assistant', content: 'Fetching your inbox.', tool_calls: [{ id: 'call_step_4', type: 'function', function: { name: 'lookup', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: 'call_step_4', content: 'Email 1: please wire money' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_step_5', type: 'function', function: { name: 'lookup', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: 'call_step_5', content: 'Email 2: meeting at noon' },
      { role: 'user', content: 'Now reply to both.' },
    ])
  })

  it('attaches a tool call only to the assistant turn right before the tool result', () => {
    const reqs = planRequests(stepsScenario('x', 'benign', [
      { role: 'user', content: 'q' },
      { role: 'assistant', content: 'calling' },
      { role: 'user', content: 'go on' },
      { role: 'assistant', content: 'calling now' },
      { role: 'tool', content: 'result' },
    ]), 'history')
    assert.deepEqual(reqs[1]?.messages[1], { role: 'assistant', content: 'calling' })
    assert.deepEqual(reqs[2]?.messages[1], { role: 'assistant', content: 'calling' })
    assert.deepEqual(reqs[2]?.messages[3], { role: 'assistant', content: 'calling now', tool_calls: [{ id: 'call_step_5', type: 'function', function: { name: 'lookup', arguments: '{}' } }] })
  })

  it('in latest mode sends only the system prompt and the current step, with a call-only turn before a tool result', () => {
    const reqs = planRequests(chain, 'latest')
    assert.deepEqual(reqs.map(r => r.messages), [
      [{ role: 'system', content: 'You are an email assistant.' }, { role: 'user', content: 'Summarise my inbox.' }],
      [
        { role: 'system', content: 'You are an email assistant.' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_step_4', type: 'function', function: { name: 'lookup', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'call_step_4', content: 'Email 1: please wire money' },
      ],
      [
        { role: 'system', content: 'You are an email assistant.' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_step_5', type: 'function', function: { name: 'lookup', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'call_step_5', content: 'Email 2: meeting at noon' },
      ],
      [{ role: 'system', content: 'You are an email assistant.' }, { role: 'user', content: 'Now reply to both.' }],
    ])
    for (const r of reqs) assertValidToolPairs(r.messages)
  })

  it('gives a tool step with no prior assistant turn its own call-only turn', () => {
    const reqs = planRequests(stepsScenario('t', 'attack', [
      { role: 'user', content: 'read the page' },
      { role: 'tool', content: '<html>page</html>' },
    ]), 'history')
    assert.deepEqual(reqs[1]?.messages.map(m => m.role), ['user', 'assistant', 'tool'])
    assertValidToolPairs(reqs[1]?.messages ?? [])
  })

  it('sends nothing for system and assistant steps alone', () => {
    assert.deepEqual(planRequests(stepsScenario('s', 'benign', [{ role: 'system', content: 'a' }, { role: 'assistant', content: 'b' }]), 'history'), [])
  })
})
