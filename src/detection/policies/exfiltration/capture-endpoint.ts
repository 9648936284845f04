import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { isOperatorRole } from '../../checks/roles.js'
import { matchesIn } from '../../checks/scan.js'
import type { Signal } from '../../types.js'
import { scrubbedEvidence } from './scrubbed-evidence.js'
import { hostAllowed, URL_IN_TEXT, urlInfo } from './url-features.js'

const Params = Type.Object({
  allowedHosts: Type.Array(Type.String(), { default: [], description: 'Hosts (and subdomains) never reported, e.g. your own tunnel domain.' }),
  userRisk: Type.Number({ default: 35, minimum: 0, maximum: 100, description: 'Risk of a collector URL written by the user: developers test webhooks, so alone it is a hint.' }),
  indirectRisk: Type.Number({ default: 55, minimum: 0, maximum: 100, description: 'Risk of a collector URL inside a tool result, document or other non-user message, where nobody the user trusts put it.' }),
  withDataBonus: Type.Number({ default: 20, minimum: 0, maximum: 60, description: 'Added when the collector URL already carries encoded data or a template slot.' }),
  minEncodedLength: Type.Integer({ default: 24, minimum: 8, maximum: 2048, description: 'Shortest encoded query or path value counted as carried data.' }),
}, { additionalProperties: false })

export default definePolicy({
  id: 'exfiltration.capture-endpoint',
  category: 'exfiltration',
  phase: 'content',
  priority: 70,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'URLs of request-capture services, tunnels, chat webhooks and public IP literals: the places stolen data is sent; higher inside tool results and documents.',
  params: Params,
  decomposes: { limit: () => 1 },
  evaluate ({ input, params }) {
    let best: Signal | undefined
    for (const seg of input.segments) {
      if (!seg.text.includes('://') || isOperatorRole(seg.role)) continue
      for (const m of matchesIn(URL_IN_TEXT, seg.text, 64)) {
        const u = urlInfo(m[0])
        if (u === null || (u.capture === null && !u.publicIp) || hostAllowed(u.host, params.allowedHosts)) continue
        const carries = u.templateSlot || u.encodedData >= params.minEncodedLength
        const risk = Math.min(100, (seg.role === 'user' ? params.userRisk : params.indirectRisk) + (carries ? params.withDataBonus : 0))
        if (best !== undefined && risk <= best.risk) continue
        const what = u.capture ?? 'a public IP address'
        best = {
          risk,
          reason: `URL of ${what}${carries ? ' carrying data' : ''}${seg.role === 'user' ? '' : ` in a ${seg.role} message`}`,
          evidence: scrubbedEvidence(seg, m.index, m.index + u.url.length),
          actions: ['external_send'],
        }
      }
    }
    return best === undefined ? [] : [best]
  },
})
