import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { matchesIn } from '../../checks/scan.js'
import type { Segment } from '../../types.js'
import { BestHit, BEST_HIT_DECOMPOSES, bestHitFor } from './sql-signal.js'
import { sqlView } from './sql-text.js'

interface Primitive { readonly re: RegExp, readonly risk: number, readonly reason: string }

// Database features that reach outside the database: the OS shell, the file system, the
// network. Each is listed with the risk of its use (not of its name in prose, which the
// bare-mention entries score low: DBAs ask how to disable xp_cmdshell).
const PRIMITIVES: readonly Primitive[] = [
  { re: /\bexec(?:ute)?\s{1,5}(?:master\.{1,2}(?:dbo\.)?)?xp_cmdshell\b/g, risk: 90, reason: 'xp_cmdshell execution (OS command from SQL Server)' },
  { re: /\bsp_configure\s{1,5}['"]xp_cmdshell['"]\s{0,3},\s{0,3}1\b/g, risk: 70, reason: 'enabling xp_cmdshell' },
  { re: /\bxp_cmdshell\s{0,3}['"(]/g, risk: 85, reason: 'xp_cmdshell call with a command' },
  { re: /\bload_file\s{0,3}\(\s{0,3}(?:concat\s{0,3}\(\s{0,3})?['"]\\\\/g, risk: 92, reason: 'LOAD_FILE of a UNC path (DNS/SMB exfiltration)' },
  { re: /\bload_file\s{0,3}\(\s{0,3}['"]?(?:\/etc\/|\/proc\/|\/root\/|\/home\/|[a-z]:\\\\|c:\/|\/var\/www)/g, risk: 88, reason: 'LOAD_FILE of a system file' },
  { re: /\bload_file\s{0,3}\(\s{0,3}(?:['"]|0x[0-9a-f]{4,}|char\s{0,3}\()/g, risk: 72, reason: 'LOAD_FILE file read' },
  { re: /\binto\s{1,5}(?:outfile|dumpfile)\s{1,5}['"][^'"\n]{0,200}(?:\.php|\.jsp|\.aspx?|\/www\/|htdocs|public_html|cgi-bin)/g, risk: 92, reason: 'INTO OUTFILE writing a web shell' },
  { re: /(?:<\?php|<%)[^\n]{0,200}\binto\s{1,5}(?:outfile|dumpfile)\b/g, risk: 92, reason: 'INTO OUTFILE writing server-side code' },
  { re: /\binto\s{1,5}(?:outfile|dumpfile)\s{1,5}['"]/g, risk: 50, reason: 'INTO OUTFILE file write' },
  { re: /\bxp_(?:dirtree|fileexist|subdirs)\s{0,3}['"(]\s{0,3}['"]?\\\\/g, risk: 88, reason: 'xp_dirtree to a UNC path (out-of-band DNS/SMB)' },
  { re: /\butl_(?:http\.request|inaddr\.get_host_(?:address|name)|tcp\.open_connection|smtp\.open_connection)\s{0,3}\(/g, risk: 85, reason: 'Oracle network call (UTL_HTTP/UTL_INADDR)' },
  { re: /\b(?:httpuritype|dbms_ldap\.init|dbms_java\.runjava|sys\.dbms_export_extension)\s{0,3}\(/g, risk: 85, reason: 'Oracle out-of-band or code-execution call' },
  { re: /\bcopy\s{1,5}[\w.("]{1,64}[^;\n]{0,80}?\b(?:to|from)\s{1,5}program\s{1,5}['"]/g, risk: 90, reason: 'COPY … PROGRAM (OS command from PostgreSQL)' },
  { re: /\blo_(?:import|export)\s{0,3}\(\s{0,3}['"]?\//g, risk: 70, reason: 'PostgreSQL large-object file access' },
  { re: /\bdblink(?:_connect)?\s{0,3}\(\s{0,3}['"][^'"]{0,120}host\s{0,2}=/g, risk: 75, reason: 'dblink connection to another host' },
  { re: /\bsp_oa(?:create|method)\b/g, risk: 80, reason: 'OLE automation from SQL Server (sp_OACreate)' },
  { re: /\b(?:openrowset|opendatasource)\s{0,3}\(\s{0,3}['"](?:sqloledb|microsoft\.(?:jet|ace)|msdasql)/g, risk: 72, reason: 'OPENROWSET/OPENDATASOURCE to an external source' },
  { re: /\bxp_(?:regread|regwrite|servicecontrol|availablemedia)\b/g, risk: 70, reason: 'SQL Server extended procedure touching the host' },
]

const Params = Type.Object({
  scale: Type.Number({ default: 1, minimum: 0, maximum: 1.5, description: 'Multiplier applied to every primitive risk (lower it for database-administration assistants).' }),
}, { additionalProperties: false })

const NEEDLES = ['xp_', 'load_file', 'outfile', 'dumpfile', 'utl_', 'httpuritype', 'dbms_', 'program', 'lo_import', 'lo_export', 'dblink', 'sp_oa', 'openrowset', 'opendatasource']

function scan (seg: Segment, scale: number, best: BestHit): void {
  const v = sqlView(seg)
  for (const p of PRIMITIVES) {
    for (const m of matchesIn(p.re, v, 16)) {
      best.add({ seg, start: m.index, end: m.index + m[0].length, risk: Math.min(100, p.risk * scale), reason: p.reason })
    }
  }
}

export default definePolicy({
  id: 'sql-injection.out-of-band',
  category: 'sql_injection',
  phase: 'content',
  priority: 55,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'SQL that reaches outside the database: xp_cmdshell, LOAD_FILE, INTO OUTFILE, UTL_HTTP, COPY … PROGRAM, UNC paths for DNS/SMB exfiltration.',
  params: Params,
  decomposes: BEST_HIT_DECOMPOSES,
  evaluate ({ input, params }) {
    const best = bestHitFor(input)
    for (const seg of input.segments) {
      if (!NEEDLES.some(n => seg.lower.includes(n))) continue
      scan(seg, params.scale, best)
    }
    return best.signals()
  },
})
