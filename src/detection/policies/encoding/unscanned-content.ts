import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { evidenceOf } from '../../evidence.js'
import { DEPTH_LIMIT_DETAIL, SEGMENT_LIMIT_DETAIL } from '../../normalize/index.js'
import type { Evidence, NormalizedInput, Signal } from '../../types.js'

// Scanning is bounded (detection.maxMessageChars, detection.maxTotalChars), so text past
// the caps is never looked at. Padding a prompt past the cap is then a bypass: this policy
// makes the cut itself a finding. The default flags (forwarded, logged); set the risk to
// 100 to fail closed on anything the gateway could not read whole. The decode-depth and
// segment-budget cuts are scored by encoding.obfuscated-payload and are left to it.

const Params = Type.Object({
  risk: Type.Number({ default: 60, minimum: 0, maximum: 100, description: 'Risk when part of a message was not scanned because it exceeded detection.maxMessageChars or detection.maxTotalChars. 60 flags; 100 blocks.' }),
}, { additionalProperties: false })

export default definePolicy({
  id: 'encoding.unscanned-content',
  category: 'encoding_evasion',
  phase: 'content',
  priority: 90,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'Part of the input exceeded the scan caps and was not examined.',
  params: Params,
  evaluate ({ input, params }) {
    const out: Signal[] = []
    let cut = 0
    let first: (typeof input.findings)[number] | null = null
    const cutMessages: number[] = []
    for (const f of input.findings) {
      if (f.kind !== 'truncated' || f.detail.startsWith(DEPTH_LIMIT_DETAIL) || f.detail.startsWith(SEGMENT_LIMIT_DETAIL)) continue
      cut += f.count
      first ??= f
      cutMessages.push(f.messageIndex)
    }
    if (first !== null && params.risk > 0) {
      out.push({ risk: params.risk, reason: `${cut} characters were past the scan limits and not examined (first in ${first.role} message ${first.messageIndex}: ${first.detail})`, evidence: scannedPart(input, cutMessages) })
    }
    return out
  },
})

/** The evidence of a cut: the part of the first cut message that was scanned (null when none of it was). */
function scannedPart (input: NormalizedInput, messages: readonly number[]): Evidence | null {
  for (const i of messages) {
    const seg = input.segments.find(s => s.messageIndex === i && s.layer === 'plain')
    if (seg !== undefined && seg.text.length > 0) return evidenceOf(seg, 0, seg.text.length)
  }
  return null
}
