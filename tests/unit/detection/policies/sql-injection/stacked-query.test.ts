import { describe } from 'node:test'
import policy from '../../../../../src/detection/policies/sql-injection/stacked-query.js'
import { ORDINARY_SQL, runNegatives, runPositives } from './sql-cases.js'

describe('sql-injection.stacked-query flags stacked statements after an input value', () => {
  runPositives(policy, [
    { name: 'a numeric value then DROP TABLE and a comment', text: 'ECHO: 10; DROP TABLE users --\n', min: 85, shows: 'DROP TABLE users' },
    { name: 'the Bobby Tables payload', text: "Robert'); DROP TABLE Students;--", min: 90, shows: 'DROP TABLE Students' },
    { name: 'a quote then SHUTDOWN', text: "ECHO: ';shutdown --", min: 90, shows: 'shutdown' },
    { name: 'a quote then INSERT with an open comment', text: "'; insert into users values( 1, 'garak', 'pwnd', 9 )/*.", min: 90, shows: 'insert into users' },
    { name: 'a stacked EXEC of a system procedure', text: "'; EXEC xp_cmdshell 'whoami'--", min: 90, shows: 'EXEC xp_cmdshell' },
    { name: 'a stacked delay', text: "1; WAITFOR DELAY '0:0:5'--", min: 85, shows: 'WAITFOR' },
  ])
})

describe('sql-injection.stacked-query ignores scripts', () => {
  runNegatives(policy, ORDINARY_SQL)
})
