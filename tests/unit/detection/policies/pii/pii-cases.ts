import assert from 'node:assert/strict'
import { it } from 'node:test'
import type { AnyPolicy } from '../../../../../src/detection/define-policy.js'
import type { ActionKind, ChatMessage, Role } from '../../../../../src/detection/types.js'
import { plainInput } from '../../../../helpers/plain-input.js'
import { maxRisk, runPolicy } from '../../../../helpers/run-policy.js'

export interface Positive {
  readonly name: string
  readonly messages: readonly ChatMessage[]
  readonly min: number
  readonly max?: number
  readonly messageIndex: number
  readonly role: Role
  /** Raw values that must not appear in the evidence excerpt. */
  readonly secrets: readonly string[]
  readonly actions?: readonly ActionKind[]
}

export interface Negative {
  readonly name: string
  readonly messages: readonly ChatMessage[]
  /** Highest acceptable risk (0: nothing may fire). */
  readonly max: number
}

export function user (content: string): ChatMessage[] {
  return [{ role: 'user', content }]
}

/** Table runner shared by the PII and secrets tests: signal, risk bounds, evidence, masking. */
export function runPositives (policy: AnyPolicy, cases: readonly Positive[]): void {
  for (const c of cases) {
    it(`${c.name}`, () => {
      const signals = runPolicy(policy, plainInput(c.messages))
      assert.equal(signals.length, 1, 'one signal expected')
      const s = signals[0]!
      assert.ok(s.risk >= c.min, `risk ${s.risk} below ${c.min}`)
      assert.ok(s.risk <= (c.max ?? 100), `risk ${s.risk} above ${c.max ?? 100}`)
      assert.ok(s.evidence !== null, 'evidence expected')
      assert.equal(s.evidence.messageIndex, c.messageIndex)
      assert.equal(s.evidence.role, c.role)
      for (const raw of c.secrets) assert.ok(!s.evidence.excerpt.includes(raw), `excerpt leaks ${raw}: ${s.evidence.excerpt}`)
      assert.deepEqual([...(s.actions ?? [])], [...(c.actions ?? [])])
    })
  }
}

export function runNegatives (policy: AnyPolicy, cases: readonly Negative[]): void {
  for (const c of cases) {
    it(`${c.name}`, () => {
      const risk = maxRisk(runPolicy(policy, plainInput(c.messages)))
      assert.ok(risk <= c.max, `risk ${risk} above ${c.max}`)
    })
  }
}
