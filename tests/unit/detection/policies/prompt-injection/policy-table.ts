import assert from 'node:assert/strict'
import { it } from 'node:test'
import type { AnyPolicy } from '../../../../../src/detection/define-policy.js'
import type { ActionKind, ChatMessage, Role, Signal } from '../../../../../src/detection/types.js'
import { plainInput } from '../../../../helpers/plain-input.js'
import { maxRisk, runPolicy } from '../../../../helpers/run-policy.js'

// Table-driven policy tests: every positive states the risk floor, the message the
// evidence must point at and a trigger the excerpt must show; every negative states the
// risk ceiling. Shared by the prompt-injection and jailbreak policy tests.

export interface Positive {
  readonly name: string
  /** A bare string is one user message. */
  readonly input: string | readonly ChatMessage[]
  readonly min: number
  /** Text the evidence excerpt must contain (compared case-insensitively). */
  readonly trigger: string
  /** Expected evidence message index; defaults to the last message. */
  readonly index?: number
  readonly action?: ActionKind
  readonly params?: Record<string, unknown>
}

export interface Negative {
  readonly name: string
  readonly input: string | readonly ChatMessage[]
  /** Risk must stay strictly below this. */
  readonly max: number
  readonly params?: Record<string, unknown>
}

export function messagesOf (input: string | readonly ChatMessage[]): readonly ChatMessage[] {
  return typeof input === 'string' ? [{ role: 'user', content: input }] : input
}

export function run (policy: AnyPolicy, input: string | readonly ChatMessage[], params?: Record<string, unknown>): readonly Signal[] {
  return runPolicy(policy, plainInput(messagesOf(input)), params === undefined ? {} : { params })
}

export function strongest (signals: readonly Signal[]): Signal | undefined {
  return signals.reduce<Signal | undefined>((a, s) => (a === undefined || s.risk > a.risk ? s : a), undefined)
}

export function positives (policy: AnyPolicy, cases: readonly Positive[]): void {
  for (const c of cases) {
    it(`flags ${c.name} at risk ${c.min} or more, with evidence on the triggering message`, () => {
      const messages = messagesOf(c.input)
      const top = strongest(run(policy, c.input, c.params))
      assert.ok(top !== undefined, 'no signal')
      assert.ok(top.risk >= c.min, `risk ${top.risk} < ${c.min}: ${top.reason}`)
      const index = c.index ?? messages.length - 1
      const role: Role | undefined = messages[index]?.role
      assert.ok(top.evidence !== null, 'no evidence')
      assert.equal(top.evidence.messageIndex, index)
      assert.equal(top.evidence.role, role)
      assert.ok(top.evidence.excerpt.toLowerCase().includes(c.trigger.toLowerCase()), `excerpt "${top.evidence.excerpt}" lacks "${c.trigger}"`)
      if (c.action !== undefined) assert.ok(top.actions?.includes(c.action), `missing action ${c.action}`)
    })
  }
}

export function negatives (policy: AnyPolicy, cases: readonly Negative[]): void {
  for (const c of cases) {
    it(`keeps ${c.name} below risk ${c.max}`, () => {
      const signals = run(policy, c.input, c.params)
      const risk = maxRisk(signals)
      assert.ok(risk < c.max, `risk ${risk}: ${strongest(signals)?.reason ?? ''}`)
    })
  }
}

/** The user turn of a chat with a system prompt, for cases that need one. */
export function withSystem (system: string, user: string): readonly ChatMessage[] {
  return [{ role: 'system', content: system }, { role: 'user', content: user }]
}
