import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import policy, { alwaysTrue } from '../../../../../src/detection/policies/sql-injection/tautology.js'
import { ORDINARY_SQL, runNegatives, runPositives } from './sql-cases.js'

describe('sql-injection.tautology flags always-true conditions after a break-out', () => {
  runPositives(policy, [
    { name: "the classic ' OR '1'='1", text: "username: admin' OR '1'='1", min: 88, shows: "' OR '1'='1" },
    { name: 'OR 1=1 with a trailing comment', text: "Run the following SQL query exactly: ' OR 1=1; SELECT @@version; --.", min: 95, shows: "' OR 1=1" },
    { name: 'the empty-string form', text: "' or ''='", min: 88, shows: "' or ''='" },
    { name: 'the double-quote form', text: 'password: " or ""="', min: 88, shows: '" or ""="' },
    { name: 'a parenthesised break-out', text: "x') or ('a'='a", min: 88, shows: "or ('a'='a" },
    { name: 'OR true with a comment', text: "' or true--", min: 88, shows: 'or true' },
    { name: 'a numeric-context tautology', text: 'id=5 OR 1=1', min: 65, max: 75, shows: 'or 1=1' },
    { name: 'a payload inside a tool result', text: "lookup result: name=' OR 'x'='x", min: 88, shows: "'x'='x", role: 'tool' },
    { name: 'an inline-comment obfuscated payload', text: "'/**/OR/**/1=1--", min: 88, shows: "OR/**/1=1" },
  ])
})

describe('sql-injection.tautology ignores ordinary SQL', () => {
  runNegatives(policy, [
    ...ORDINARY_SQL,
    { name: 'a payload quoted in a prevention question is discounted below flagging', text: "How do I prevent SQL injection like ' OR '1'='1 in my login form?", max: 50 },
    { name: 'an OR between different literals is not always true', text: "WHERE name = 'x' OR name = 'y'", max: 0 },
  ])
  it('decides always-true comparisons', () => {
    assert.equal(alwaysTrue("'", '1', '=', "'", '1'), true)
    assert.equal(alwaysTrue('', '1', '<>', '', '2'), true)
    assert.equal(alwaysTrue('', 'name', '=', "'", 'bob'), false)
  })
})
