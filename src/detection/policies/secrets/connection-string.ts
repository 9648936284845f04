import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { maskedEvidence } from '../../checks/masked-evidence.js'
import { matchesIn } from '../../checks/scan.js'
import type { Segment, Signal } from '../../types.js'
import { LEET_READINGS } from '../../normalize/decoders/leetspeak.js'
import { isPlaceholderSecret } from './placeholder.js'

const REFERENCE_OR_STARS = /^[:%{<[$]|^\*+$/

// scheme://user:password@host — the password is group 3. Classes exclude the delimiters
// that end each part, so the engine never has to guess where one part stops.
const URL_WITH_PASSWORD = /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{1,24}):\/\/([^\s:@\/?#"'<>]{0,64}):([^\s@\/?#"'<>]{1,128})@([A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])/g

const DATA_SCHEMES = new Set(['postgres', 'postgresql', 'mysql', 'mysqlx', 'mariadb', 'mongodb', 'mongodb+srv', 'redis', 'rediss', 'amqp', 'amqps', 'mssql', 'sqlserver', 'oracle', 'db2', 'cockroachdb', 'clickhouse', 'cassandra', 'couchdb', 'couchbase', 'neo4j', 'neo4j+s', 'bolt', 'memcached', 'nats', 'kafka', 'snowflake', 'elasticsearch', 'influxdb', 'postgis', 'timescaledb'])
const SERVICE_SCHEMES = new Set(['ftp', 'ftps', 'sftp', 'ssh', 'smtp', 'smtps', 'imap', 'imaps', 'pop3', 'ldap', 'ldaps', 'git', 'svn', 'rsync', 'mqtt', 'mqtts'])

// Passwords that tutorials and templates write in connection strings.
const TEMPLATE_PASSWORDS = new Set(['password', 'pass', 'passwd', 'pwd', 'secret', 'changeme', 'pw', 'mypassword', 'yourpassword', 'your_password', 'your-password', 'user', 'admin', 'root', 'guest', 'postgres', 'mysql', 'test', 'example', 'xxx', 'xxxx', 'xxxxxx', 'dbpass', 'dbpassword', 'db_password', 'pass123', 'password123'])

const Params = Type.Object({
  databaseRisk: Type.Number({ default: 88, minimum: 0, maximum: 100, description: 'Risk of a database, cache or broker URL with an embedded password.' }),
  serviceRisk: Type.Number({ default: 80, minimum: 0, maximum: 100, description: 'Risk of an FTP/SSH/SMTP/LDAP-style URL with an embedded password.' }),
  webRisk: Type.Number({ default: 65, minimum: 0, maximum: 100, description: 'Risk of an HTTP(S) or other URL with an embedded password.' }),
}, { additionalProperties: false })

interface Finding { readonly seg: Segment, readonly start: number, readonly end: number, readonly risk: number, readonly scheme: string }


/**
 * A password nobody keeps secret: a template word (also in digit spelling), a placeholder
 * or reference, or the user name repeated (the default pair of a local container image,
 * `app:app@db`, `postgres:postgres@localhost`).
 */
function isTemplatePassword (pw: string, user: string): boolean {
  const lower = decodeSafe(pw).toLowerCase()
  // Digit and symbol spellings tutorials use for the template words ("s3cret", "p@ssw0rd").
  const plain = [...lower].map(c => LEET_READINGS.get(c.charCodeAt(0))?.[0] ?? c).join('')
  return TEMPLATE_PASSWORDS.has(lower) || TEMPLATE_PASSWORDS.has(plain) || isPlaceholderSecret(pw) || REFERENCE_OR_STARS.test(pw) || lower.startsWith('your') ||
    (user.length > 0 && lower === decodeSafe(user).toLowerCase())
}

function decodeSafe (s: string): string {
  try { return decodeURIComponent(s) } catch { return s }
}

export default definePolicy({
  id: 'secrets.connection-string',
  category: 'secrets',
  phase: 'content',
  priority: 65,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'URLs with an embedded password (database, cache, broker, FTP/SSH, HTTP); template passwords (also in digit spelling) and a password that repeats the user name are ignored.',
  params: Params,
  decomposes: { limit: () => 1 },
  evaluate ({ input, params }) {
    let best: Finding | undefined
    for (const seg of input.segments) {
      if (!seg.text.includes('://')) continue
      for (const m of matchesIn(URL_WITH_PASSWORD, seg.text)) {
        const scheme = (m[1] ?? '').toLowerCase()
        const password = m[3] ?? ''
        if (isTemplatePassword(password, m[2] ?? '')) continue
        const risk = DATA_SCHEMES.has(scheme) ? params.databaseRisk : SERVICE_SCHEMES.has(scheme) ? params.serviceRisk : params.webRisk
        const pwStart = m.index + (m[1] ?? '').length + 3 + (m[2] ?? '').length + 1
        if (best === undefined || risk > best.risk) best = { seg, start: pwStart, end: pwStart + password.length, risk, scheme }
      }
    }
    if (best === undefined) return []
    const signal: Signal = {
      risk: best.risk,
      reason: `${best.scheme}:// URL with an embedded password`,
      evidence: maskedEvidence(best.seg, best.start, best.end),
      actions: ['sensitive_read'],
    }
    return [signal]
  },
})
