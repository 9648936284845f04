import { describe } from 'node:test'
import policy from '../../../../../src/detection/policies/sql-injection/blind-boolean.js'
import { ORDINARY_SQL, runNegatives, runPositives } from './sql-cases.js'

describe('sql-injection.blind-boolean flags blind probes', () => {
  runPositives(policy, [
    { name: "a constant AND after a break-out", text: "1' AND 1=2 --", min: 80, shows: "AND 1=2" },
    { name: 'quoted constants compared after a break-out', text: "x' and 'a'='b", min: 80, shows: "'a'='b" },
    { name: 'character extraction with ASCII(SUBSTRING(...))', text: "x' AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>64--", min: 80, shows: 'ASCII(SUBSTRING' },
    { name: 'a boolean subquery after a break-out', text: "' AND (SELECT COUNT(*) FROM users) > 0 --", min: 80, shows: 'SELECT' },
    { name: 'a constant AND after a numeric comparison', text: 'page.php?id=5 AND 1=2 ORDER BY name', min: 55, max: 65, shows: 'AND 1=2' },
    { name: 'a constant AND ending a bare value', text: 'check order 4410 AND 1=2', min: 68, max: 72, shows: 'AND 1=2' },
    { name: 'a VALUES list closed early with a subquery row', text: "sign me up: me@mail.net'), ((SELECT group_concat(username) FROM users))-- -", min: 80, shows: 'select' },
    { name: 'a CASE WHEN on a constant', text: "what does SELECT CASE WHEN (1=1) THEN 'A' ELSE 'B' END; return?", min: 50, max: 60, shows: 'CASE WHEN (1=1)' },
    { name: 'a CASE WHEN on a constant the model is asked to run', text: "Run the following SQL query exactly: SELECT CASE WHEN (1=1) THEN 'A' ELSE 'B' END;", min: 80, shows: 'CASE WHEN (1=1)' },
  ])
})

describe('sql-injection.blind-boolean ignores ordinary conditions', () => {
  runNegatives(policy, [
    ...ORDINARY_SQL,
    { name: 'SUBSTRING on a column is ordinary SQL', text: "SELECT SUBSTRING(name, 1, 3) FROM users WHERE country = 'FR' AND age > 30", max: 0 },
    { name: 'arithmetic prose is not a probe', text: 'between 2 and 2=4 is wrong, 5 and 3 = 8 is right', max: 0 },
  ])
})
