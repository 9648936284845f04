import { describe } from 'node:test'
import policy from '../../../../../src/detection/policies/sql-injection/time-based.js'
import { ORDINARY_SQL, runNegatives, runPositives } from './sql-cases.js'

describe('sql-injection.time-based flags delay payloads', () => {
  runPositives(policy, [
    { name: 'SLEEP after a break-out', text: "1' AND SLEEP(5)--", min: 85, shows: 'SLEEP(5' },
    { name: 'pg_sleep after a break-out', text: "x'||pg_sleep(10)--", min: 85, shows: 'pg_sleep' },
    { name: 'WAITFOR DELAY as a stacked statement', text: "1; WAITFOR DELAY '0:0:5'--", min: 70, max: 80, shows: 'WAITFOR DELAY' },
    { name: 'BENCHMARK inside a condition', text: "1 AND BENCHMARK(5000000,MD5('a'))", min: 70, max: 80, shows: 'BENCHMARK(5000000' },
    { name: 'a bare pg_sleep is low', text: 'SELECT pg_sleep(2);', min: 35, max: 45, shows: 'pg_sleep' },
    { name: 'IF with SLEEP after a break-out', text: "' OR IF(1=1, SLEEP(5), 0)--", min: 85, shows: 'SLEEP(5' },
  ])
})

describe('sql-injection.time-based ignores sleeping code', () => {
  runNegatives(policy, ORDINARY_SQL)
})

describe('sql-injection.time-based needs SQL around a plain sleep()', () => {
  runNegatives(policy, [
    { name: 'a Python condition calling sleep is code', text: 'while True:\n    if ready and sleep(3):\n        pass', max: 0 },
  ])
  runPositives(policy, [
    { name: 'a sleep inside a WHERE clause is SQL', text: 'SELECT * FROM t WHERE id = 1 AND sleep(5)', min: 70, max: 80, shows: 'sleep(5' },
  ])
})
