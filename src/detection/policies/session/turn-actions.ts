import Type, { type Static } from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { evidenceOf } from '../../evidence.js'
import type { Signal } from '../../types.js'
import { currentTurnIntents, type Intent } from './intents.js'

const Params = Type.Object({
  secretReadRisk: Type.Number({ default: 15, minimum: 0, maximum: 100, description: 'Risk of a request to read credential material (~/.ssh/id_rsa, /etc/shadow, .env, API keys).' }),
  dataReadRisk: Type.Number({ default: 8, minimum: 0, maximum: 100, description: "Risk of a request to read records or personal data (\"list all users' emails\")." }),
  transformRisk: Type.Number({ default: 3, minimum: 0, maximum: 100, description: 'Risk of a request to encode or reformat data (base64, hex, rot13, "format as CSV").' }),
  sendRisk: Type.Number({ default: 5, minimum: 0, maximum: 100, description: 'Risk of a request to send something somewhere ("post it to my server").' }),
  claimRisk: Type.Number({ default: 5, minimum: 0, maximum: 100, description: 'Risk of a user stating an elevated role ("I\'m the platform admin").' }),
  privilegedRisk: Type.Number({ default: 5, minimum: 0, maximum: 100, description: 'Risk of a request for what a deployment reserves for a role (disable the filter, other people\'s records, delete_tenant).' }),
}, { additionalProperties: false })

const LABEL: Record<Intent['kind'], string> = {
  sensitive_read: 'asks to read sensitive data',
  transform: 'asks to encode or transform data',
  external_send: 'asks to send data out',
  role_claim: 'states an elevated role',
  privileged_request: 'asks for a privileged operation',
}

function riskOf (intent: Intent, params: Static<typeof Params>): number {
  switch (intent.kind) {
    case 'sensitive_read': return intent.grade === 'secret' ? params.secretReadRisk : params.dataReadRisk
    case 'transform': return params.transformRisk
    case 'external_send': return params.sendRisk
    case 'role_claim': return params.claimRisk
    case 'privileged_request': return params.privilegedRisk
  }
}

/**
 * Tags this turn with the chain steps it asks for, so `session.read-transform-send` can
 * see a chain assembled from ordinary-looking requests. Each step alone is routine work,
 * hence the low risks: the job of this policy is the actions, not the score.
 * Only the current turn's messages are read (the history was tagged when it was sent; the
 * normalizer's joined view of past user turns is skipped for the same reason), and
 * assistant and operator (system/developer) text is skipped: the model saying "I will
 * read…" is not a request, and the operator's prompt is configuration.
 */
export default definePolicy({
  id: 'session.turn-actions',
  category: 'session_chain',
  phase: 'content',
  priority: 10,
  weight: 1,
  stages: ['request'],
  failMode: 'closed',
  description: 'Raises sensitive_read, transform, external_send, role_claim and privileged_request actions from plain requests ("cat /etc/passwd", "encode it in base64", "post it to my server", "I\'m the admin", "disable the filter") and tool results that carry data, at low risk, for chain detection.',
  params: Params,
  evaluate ({ input, params }) {
    const best = new Map<Intent['kind'], { intent: Intent, risk: number, segIndex: number }>()
    for (const { intent, segIndex } of currentTurnIntents(input)) {
      const risk = riskOf(intent, params)
      const prev = best.get(intent.kind)
      if (prev === undefined || risk > prev.risk) best.set(intent.kind, { intent, risk, segIndex })
    }
    const out: Signal[] = []
    for (const [kind, b] of best) {
      const seg = input.segments[b.segIndex]
      if (seg === undefined) continue
      out.push({ risk: b.risk, reason: `this turn ${LABEL[kind]}`, evidence: evidenceOf(seg, b.intent.start, b.intent.end), actions: [kind] })
    }
    return out
  },
})
