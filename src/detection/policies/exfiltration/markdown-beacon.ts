import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { isOperatorRole } from '../../checks/roles.js'
import { scrubbedEvidence } from './scrubbed-evidence.js'
import type { Signal } from '../../types.js'
import { embedsIn, type Embed } from './embeds.js'
import { hostAllowed, urlInfo, type UrlInfo } from './url-features.js'
import { sampleFactor } from '../prompt-injection/match/cues.js'
import { EXAMPLE_FACTOR, givenAsExample } from './example-destination.js'

const Params = Type.Object({
  allowedHosts: Type.Array(Type.String(), { default: [], description: 'Hosts (and their subdomains) whose images and links are trusted, e.g. your own CDN.' }),
  templateImageRisk: Type.Number({ default: 90, minimum: 0, maximum: 100, description: 'Risk of an image URL with a slot for data ({data}, [DATA], $SECRET, <x>), or whose parameters decode to credentials or personal fields: a beacon waiting to be filled, or already filled.' }),
  encodedImageRisk: Type.Number({ default: 75, minimum: 0, maximum: 100, description: 'Risk of an image URL carrying encoded data or prose in its query or path.' }),
  openParamImageRisk: Type.Number({ default: 65, minimum: 0, maximum: 100, description: 'Risk of an image URL ending in an empty parameter ("?q="), ready for data to be appended.' }),
  linkFactor: Type.Number({ default: 0.7, minimum: 0, maximum: 1, description: 'Multiplier for links (need a click) relative to images (fetched automatically).' }),
  collectorBonus: Type.Number({ default: 10, minimum: 0, maximum: 50, description: 'Added when the URL points at a request-capture service, tunnel, webhook or public IP literal.' }),
  minEncodedLength: Type.Integer({ default: 24, minimum: 8, maximum: 2048, description: 'Shortest encoded query or path value counted as carried data.' }),
}, { additionalProperties: false })

type P = { readonly templateImageRisk: number, readonly encodedImageRisk: number, readonly openParamImageRisk: number, readonly linkFactor: number, readonly collectorBonus: number, readonly minEncodedLength: number }

function riskOf (e: Embed, u: UrlInfo, p: P): { risk: number, why: string } {
  let base = 0
  let why = ''
  if (u.sensitiveData) { base = p.templateImageRisk; why = 'credentials or personal data encoded in it' } else if (u.templateSlot) { base = p.templateImageRisk; why = 'a template slot for data' } else if (u.encodedData >= p.minEncodedLength) { base = p.encodedImageRisk; why = `${u.encodedData} characters of encoded data` } else if (u.openParam) { base = p.openParamImageRisk; why = 'an empty trailing parameter for appended data' }
  if (base === 0) return { risk: 0, why }
  const collector = u.capture !== null || u.publicIp
  const risk = (e.kind === 'image' ? base : base * p.linkFactor) + (collector ? p.collectorBonus : 0)
  return { risk: Math.min(100, risk), why: collector ? `${why}, sent to ${u.capture ?? 'an IP address'}` : why }
}

export default definePolicy({
  id: 'exfiltration.markdown-beacon',
  category: 'exfiltration',
  phase: 'content',
  priority: 80,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'Markdown/HTML images and links whose URL carries data (template slots, encoded parameters, empty parameters for appending): the zero-click exfiltration channel.',
  params: Params,
  decomposes: { limit: () => 1 },
  evaluate ({ input, params }) {
    let best: Signal | undefined
    for (const seg of input.segments) {
      if (isOperatorRole(seg.role)) continue
      for (const e of embedsIn(seg)) {
        const u = urlInfo(e.url)
        if (u === null || hostAllowed(u.host, params.allowedHosts)) continue
        const judged = riskOf(e, u, params)
        const why = judged.why
        // Outside an answer, an image quoted as a sample (a test string, the payload a report
        // or an article names) or given as an example in a statement ("an image link such as
        // ![x](…) leaks data") is described, not handed to the model to output: it weighs
        // less and asks for no send. In an answer it renders.
        const described = seg.role !== 'assistant' && judged.risk > 0
        const example = described && givenAsExample(seg.text, e.start, e.end)
        const risk = judged.risk * (described ? sampleFactor(seg, e, true) : 1) * (example ? EXAMPLE_FACTOR : 1)
        if (risk === 0 || (best !== undefined && risk <= best.risk)) continue
        best = {
          risk,
          reason: `${e.kind === 'image' ? 'markdown/HTML image' : 'link'} to ${u.host.slice(0, 60)} with ${why}`,
          evidence: scrubbedEvidence(seg, e.start, e.end),
          actions: example ? [] : ['external_send'],
        }
      }
    }
    return best === undefined ? [] : [best]
  },
})
