import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import type { Signal } from '../../types.js'
import { embedsIn } from './embeds.js'
import { scrubbedEvidence } from './scrubbed-evidence.js'
import { hostAllowed, urlInfo } from './url-features.js'

const Params = Type.Object({
  allowedHosts: Type.Array(Type.String(), { default: [], description: 'Image hosts (and subdomains) the model may reference with parameters, e.g. your CDN or chart service.' }),
  risk: Type.Number({ default: 80, minimum: 0, maximum: 100, description: 'Risk of an auto-loaded image in model output pointing at a foreign host with data in its query.' }),
  encodedRisk: Type.Number({ default: 92, minimum: 0, maximum: 100, description: 'Risk when that data is encoded, prose, or a template slot.' }),
  minQueryData: Type.Integer({ default: 16, minimum: 1, maximum: 2048, description: 'Characters of query values from which an image URL counts as carrying data ("?style=flat" does not).' }),
  minEncodedLength: Type.Integer({ default: 16, minimum: 8, maximum: 2048, description: 'Shortest encoded query or path value counted as encoded data.' }),
}, { additionalProperties: false })

/**
 * Output side of the markdown-image channel: a client renders images in the answer
 * without a click, so an answer that embeds `![](https://host/?d=<data>)` has already
 * sent the data by the time anyone reads it. Blocking (or rewriting) the answer is the
 * only defence; links need a click and are left to the other exfiltration policies.
 */
export default definePolicy({
  id: 'exfiltration.output-image',
  category: 'exfiltration',
  phase: 'content',
  priority: 85,
  weight: 1,
  stages: ['response'],
  failMode: 'closed',
  description: 'Images in model output that point at a non-allowlisted host with data in the query or path (zero-click exfiltration when the client renders them).',
  params: Params,
  decomposes: { limit: () => 1 },
  evaluate ({ input, params }) {
    let best: Signal | undefined
    for (const seg of input.segments) {
      if (seg.role !== 'assistant') continue
      for (const e of embedsIn(seg)) {
        if (e.kind !== 'image') continue
        const u = urlInfo(e.url)
        if (u === null || hostAllowed(u.host, params.allowedHosts)) continue
        const encoded = u.templateSlot || u.encodedData >= params.minEncodedLength
        if (!encoded && u.queryData < params.minQueryData) continue
        const risk = encoded ? params.encodedRisk : params.risk
        if (best !== undefined && risk <= best.risk) continue
        best = {
          risk,
          reason: `image in model output sends ${encoded ? 'encoded data' : `${u.queryData} characters of query data`} to ${u.host.slice(0, 60)}`,
          evidence: scrubbedEvidence(seg, e.start, e.end),
          actions: ['external_send'],
        }
      }
    }
    return best === undefined ? [] : [best]
  },
})
