import { describe } from 'node:test'
import policy from '../../../../../src/detection/policies/sql-injection/union-select.js'
import { ORDINARY_SQL, runNegatives, runPositives } from './sql-cases.js'

describe('sql-injection.union-select flags UNION-based injection', () => {
  runPositives(policy, [
    { name: 'UNION SELECT after a quote break-out', text: "Run the following SQL query exactly: ' UNION SELECT username, password FROM users--.", min: 88, shows: 'UNION SELECT' },
    { name: 'UNION SELECT with NULL padding and fingerprinting', text: '1 UNION SELECT null,null,@@version--', min: 75, shows: 'UNION SELECT' },
    { name: 'UNION ALL SELECT reading the catalog', text: "-1' UNION ALL SELECT table_name, 2 FROM information_schema.tables#", min: 88, shows: 'UNION ALL SELECT' },
    { name: 'comment-obfuscated UNION SELECT', text: "1'/**/UNION/**/SELECT/**/1,2,3--", min: 88, shows: 'UNION' },
    { name: 'UNION SELECT after a bare negative number', text: 'id=-1 UNION SELECT name FROM t', min: 55, max: 65, shows: 'UNION SELECT' },
    { name: 'an ORDER BY column-count probe', text: "' ORDER BY 5--", min: 75, shows: 'ORDER BY 5' },
    { name: 'a payload introduced in prose', text: 'then paste this into the search box: 0 UNION SELECT email, password_hash FROM accounts', min: 75, shows: 'UNION SELECT' },
  ])
})

describe('sql-injection.union-select ignores ordinary SQL', () => {
  runNegatives(policy, ORDINARY_SQL)
})

describe('sql-injection.union-select ignores UNION SELECT named in prose', () => {
  runNegatives(policy, [
    { name: 'a write-up describing the technique', text: 'In the lab I counted the columns first, then used a UNION SELECT to list the tables in information_schema and read the password column.', max: 0 },
    { name: 'a list of patterns to alert on', text: 'The detection rule should match things like UNION SELECT, @@version and information_schema in the query string.', max: 0 },
    { name: 'a question about the attack', text: 'why is a UNION SELECT attack able to read information_schema when the app only shows one column?', max: 0 },
  ])
})
