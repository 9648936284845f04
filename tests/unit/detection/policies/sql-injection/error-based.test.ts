import { describe } from 'node:test'
import policy from '../../../../../src/detection/policies/sql-injection/error-based.js'
import { runNegatives, runPositives } from './sql-cases.js'

describe('sql-injection.error-based flags errors made to carry data', () => {
  runPositives(policy, [
    { name: 'EXTRACTVALUE around a concatenated fingerprint', text: "chair' AND extractvalue(1, concat(0x7e, (SELECT @@version)))-- -", min: 85, shows: 'extractvalue' },
    { name: 'EXTRACTVALUE with a function as its first argument', text: "lamp' AND extractvalue(rand(), concat(0x3a, (SELECT password FROM admins LIMIT 1)))-- x", min: 85, shows: 'extractvalue' },
    { name: 'UPDATEXML in numeric context', text: 'order 77 AND updatexml(1, concat(0x3a, (SELECT user())), 1)', min: 85, shows: 'updatexml' },
    { name: 'CONVERT of a subquery to int (SQL Server)', text: "id 9' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sys.tables))--", min: 85, shows: 'convert' },
    { name: 'CAST of a subquery', text: "x' AND 1=CAST((SELECT password FROM users LIMIT 1) AS int)--", min: 85, shows: 'cast' },
    { name: 'FLOOR(RAND(0)*2) duplicate-key trick', text: "1 AND (SELECT 1 FROM (SELECT COUNT(*), CONCAT(version(), FLOOR(RAND(0)*2)) x FROM information_schema.tables GROUP BY x) a)", min: 85, shows: 'floor' },
    { name: 'HAVING 1=1 after a break-out', text: "username: ' HAVING 1=1--", min: 85, shows: 'having' },
    { name: 'GROUP BY … HAVING 1=1 after a break-out', text: "' GROUP BY users.id HAVING 1=1--", min: 85, shows: 'having' },
  ])
})

describe('sql-injection.error-based leaves ordinary functions alone', () => {
  runNegatives(policy, [
    { name: 'CAST of a column in a report query', text: 'SELECT CAST(total AS int), CONVERT(varchar, created_at, 23) FROM orders', max: 0 },
    { name: 'HAVING with a real condition', text: 'SELECT customer_id FROM orders GROUP BY customer_id HAVING COUNT(*) > 5;', max: 0 },
    { name: 'EXTRACTVALUE reading an XML column', text: "SELECT EXTRACTVALUE(doc, '/book/title') FROM library", max: 0 },
    { name: 'random sampling with RAND()', text: 'SELECT * FROM users ORDER BY RAND() LIMIT 10', max: 0 },
  ])
})
