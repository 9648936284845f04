import assert from 'node:assert/strict'
import { it } from 'node:test'
import type { AnyPolicy } from '../../../../../src/detection/define-policy.js'
import type { ChatMessage } from '../../../../../src/detection/types.js'
import { plainInput } from '../../../../helpers/plain-input.js'
import { maxRisk, runPolicy } from '../../../../helpers/run-policy.js'

export interface Positive {
  readonly name: string
  readonly text: string
  readonly min: number
  readonly max?: number
  /** The payload fragment the evidence must show. */
  readonly shows: string
  readonly role?: ChatMessage['role']
}

export interface Negative {
  readonly name: string
  readonly text: string
  readonly max: number
}

function input (text: string, role: ChatMessage['role'] = 'user') {
  return role === 'user'
    ? plainInput([{ role: 'user', content: text }])
    : plainInput([{ role: 'user', content: 'look this up' }, { role, content: text }])
}

export function runPositives (policy: AnyPolicy, cases: readonly Positive[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const signals = runPolicy(policy, input(c.text, c.role))
      assert.equal(signals.length, 1, 'one signal expected')
      const s = signals[0]!
      assert.ok(s.risk >= c.min && s.risk <= (c.max ?? 100), `risk ${s.risk} outside ${c.min}..${c.max ?? 100}`)
      assert.ok(s.evidence !== null)
      assert.equal(s.evidence.messageIndex, c.role === undefined || c.role === 'user' ? 0 : 1)
      assert.equal(s.evidence.role, c.role ?? 'user')
      assert.ok(s.evidence.excerpt.toLowerCase().includes(c.shows.toLowerCase()), `excerpt "${s.evidence.excerpt}" lacks "${c.shows}"`)
    })
  }
}

export function runNegatives (policy: AnyPolicy, cases: readonly Negative[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const risk = maxRisk(runPolicy(policy, input(c.text)))
      assert.ok(risk <= c.max, `risk ${risk} above ${c.max}`)
    })
  }
}

/** Ordinary SQL and SQL talk that no injection policy may score. */
export const ORDINARY_SQL: readonly Negative[] = [
  { name: 'a parameterised SELECT is ordinary SQL', text: "SELECT * FROM users WHERE id = $1 AND status = 'active' OR role = 'admin';", max: 0 },
  { name: 'a CREATE TABLE statement is ordinary SQL', text: 'CREATE TABLE users (id serial primary key, email text not null, created_at timestamptz default now());', max: 0 },
  { name: 'a migration script with several statements is ordinary SQL', text: "BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nUPDATE orders SET note = 'n/a' WHERE note IS NULL;\nDROP TABLE IF EXISTS tmp_orders;\nCOMMIT;", max: 0 },
  { name: 'a question about preventing injection is not an injection', text: 'How do I prevent SQL injection in my Node.js app? Should I use prepared statements?', max: 0 },
  { name: 'a UNION between two ordinary queries is ordinary SQL', text: 'SELECT name FROM customers UNION SELECT name FROM suppliers ORDER BY name;', max: 0 },
  { name: 'prose with apostrophes and dashes is not SQL', text: "It's John's book -- and he said 'no' # first try, then 'yes' or 'maybe'.", max: 0 },
  { name: 'Python comments after strings are not SQL comments', text: "x = 'abc'  # python comment\nname = \"bob\"  # owner\nprint(x) -- not sql", max: 0 },
  { name: 'insert then delete with a developer comment is a script', text: "INSERT INTO t (a, b) VALUES (1, 'x'); DELETE FROM t WHERE id = 2; -- cleanup old rows", max: 0 },
  { name: 'code that sleeps is not a time-based injection', text: 'time.sleep(5)\nThread.sleep(1000);\nawait sleep(200)', max: 0 },
  { name: 'a WHERE 1=1 query builder idiom is ordinary SQL', text: "SELECT * FROM logs WHERE 1=1 AND level = 'error' AND ts > now() - interval '1 day'", max: 0 },
]
