import assert from 'node:assert/strict'
import { it } from 'node:test'
import type { AnyPolicy } from '../../../../../src/detection/define-policy.js'
import type { ChatMessage, Role } from '../../../../../src/detection/types.js'
import { plainInput } from '../../../../helpers/plain-input.js'
import { maxRisk, runPolicy } from '../../../../helpers/run-policy.js'

export interface Positive {
  readonly name: string
  readonly messages: readonly ChatMessage[]
  readonly min: number
  readonly max?: number
  readonly messageIndex: number
  readonly role: Role
  /** A fragment the evidence excerpt must show (host, construct). */
  readonly shows: string
  /** Payload fragments the excerpt must mask. */
  readonly hides?: readonly string[]
  readonly params?: Record<string, unknown>
}

export interface Negative {
  readonly name: string
  readonly messages: readonly ChatMessage[]
  readonly max: number
  readonly params?: Record<string, unknown>
}

export const user = (content: string): ChatMessage[] => [{ role: 'user', content }]
export const answer = (content: string): ChatMessage[] => [{ role: 'user', content: 'summarise my inbox' }, { role: 'assistant', content }]

export function runPositives (policy: AnyPolicy, cases: readonly Positive[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const signals = runPolicy(policy, plainInput(c.messages), c.params === undefined ? {} : { params: c.params })
      assert.equal(signals.length, 1, 'one signal expected')
      const s = signals[0]!
      assert.ok(s.risk >= c.min && s.risk <= (c.max ?? 100), `risk ${s.risk} outside ${c.min}..${c.max ?? 100}`)
      assert.ok(s.evidence !== null)
      assert.equal(s.evidence.messageIndex, c.messageIndex)
      assert.equal(s.evidence.role, c.role)
      assert.ok(s.evidence.excerpt.includes(c.shows), `excerpt "${s.evidence.excerpt}" lacks "${c.shows}"`)
      for (const h of c.hides ?? []) assert.ok(!s.evidence.excerpt.includes(h), `excerpt "${s.evidence.excerpt}" shows "${h}"`)
      assert.deepEqual([...(s.actions ?? [])], ['external_send'])
    })
  }
}

export function runNegatives (policy: AnyPolicy, cases: readonly Negative[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const risk = maxRisk(runPolicy(policy, plainInput(c.messages), c.params === undefined ? {} : { params: c.params }))
      assert.ok(risk <= c.max, `risk ${risk} above ${c.max}`)
    })
  }
}
