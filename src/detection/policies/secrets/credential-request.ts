import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { evidenceOf } from '../../evidence.js'
import { matchesIn } from '../../checks/scan.js'
import { speaksForTurn } from '../../turn-scope.js'
import type { Signal } from '../../types.js'

// Asking the model itself to produce a live credential of a named service: it can only
// answer from memorised training data, i.e. leak somebody's real key. "Generate a new
// Slack API token", "give me a working Stripe secret key", "complete this key: sk_live_…".
// The service name is a capitalised word; the credential a token, key or secret of a
// kind services issue (an SSH or RSA key is generated locally and is not in scope).
const ISSUED = '(?:(?:api|access|refresh|secret|auth|oauth|app|bot|insights|personal access|client|license|licence|webhook|signing|admin|user|custom app access|service account|publishable|restricted)\\s){0,3}(?:tokens?|keys?|secrets?)'
const REQUEST = new RegExp(`\\b(?:generate|create|give|produce|make|provide|list|show|print|write|send|output|share|leak|tell)\\s(?:me\\s|us\\s)?(?:a\\s|an\\s|some\\s|the\\s|\\d{1,3}\\s)?(?:new\\s|valid\\s|working\\s|live\\s|real\\s|active\\s|fresh\\s|unused\\s|production\\s){0,3}((?:[A-Z][\\w.&-]{1,24}\\s){1,4})${ISSUED}\\b`, 'gi')
const COMPLETE = /\b(?:complete|finish|continue|fill in the rest of)\s(?:this|the following|my|a)?\s?(?:api\s|secret\s|access\s)?(?:key|token|secret|password)s?\b[^\n]{0,20}?(?:sk_live_|sk-|ghp_|xox[bpa]-|AKIA|AIza|glpat-)/g
// Locally generated key kinds and other words a capital starts a sentence with.
const NOT_A_SERVICE = /^(?:api|access|refresh|secret|auth|oauth|app|bot|personal|client|license|licence|webhook|signing|admin|user|custom|service|account|new|my|our|ssh|rsa|gpg|pgp|jwt|uuid|aes|hmac|ecdsa|ed25519|python|node|java|bash|random|secure|strong|unique|test|dummy|fake|sample|example|placeholder|mock)$/i
// How-to questions and console steps: the user will create the key themselves.
const UPPER_START = /^[A-Z]/
const HOW_TO = /\b(?:how (?:do|can|to|should)|steps? to|where (?:do|can) i|in the (?:dashboard|console|settings|portal)|documentation|explain|rotate|revoke|regenerate my|which (?:permissions|scopes)|what (?:permissions|scopes)|should it)\b/i

const Params = Type.Object({
  risk: Type.Number({ default: 82, minimum: 0, maximum: 100, description: 'Risk of a request that the model produce a live credential of a named service.' }),
  completeRisk: Type.Number({ default: 88, minimum: 0, maximum: 100, description: 'Risk of a request to complete a key from its vendor prefix.' }),
  howToFactor: Type.Number({ default: 0.3, minimum: 0, maximum: 1, description: 'Multiplier when the text asks how to create the credential rather than for the credential.' }),
}, { additionalProperties: false })

export default definePolicy({
  id: 'secrets.credential-request',
  category: 'secrets',
  phase: 'content',
  priority: 40,
  weight: 1,
  stages: ['request'],
  failMode: 'closed',
  description: 'Requests that the model produce or complete a live credential of a named service (its answer could only be a memorised real key); how-to questions are discounted.',
  params: Params,
  decomposes: { limit: () => 1 },
  evaluate ({ input, params }) {
    let best: Signal | undefined
    for (const seg of input.segments) {
      // The user's own words: as written, or as a view the message speaks through (a
      // respelling, a payload it asks to have decoded and followed).
      if (seg.role !== 'user' || (seg.layer !== 'plain' && !speaksForTurn(input, seg))) continue
      const how = HOW_TO.test(seg.text) ? params.howToFactor : 1
      for (const m of matchesIn(REQUEST, seg.text, 8)) {
        const service = (m[1] ?? '').trim().split(' ')
        // Case-insensitive match, so the capital that marks a service name is checked here.
        if (!service.some(w => UPPER_START.test(w) && !NOT_A_SERVICE.test(w))) continue
        const risk = Math.round(params.risk * how * 100) / 100
        if (best === undefined || risk > best.risk) best = { risk, reason: `request for a live ${service.join(' ')} credential from the model`, evidence: evidenceOf(seg, m.index, m.index + m[0].length) }
      }
      for (const m of matchesIn(COMPLETE, seg.text, 4)) {
        const risk = Math.round(params.completeRisk * how * 100) / 100
        if (best === undefined || risk > best.risk) best = { risk, reason: 'request to complete a credential from its vendor prefix', evidence: evidenceOf(seg, m.index, m.index + m[0].length) }
      }
    }
    return best === undefined ? [] : [best]
  },
})
