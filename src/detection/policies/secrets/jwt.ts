import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { maskedEvidence } from '../../checks/masked-evidence.js'
import { matchesIn } from '../../checks/scan.js'
import type { Segment, Signal } from '../../types.js'

// header.payload.signature, base64url. Both JSON parts start with '{"', which encodes to
// "eyJ"; that anchor keeps ordinary dotted identifiers out before any decoding is tried.
const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,8000}\.([A-Za-z0-9_-]{0,2000})(?![A-Za-z0-9_.-])/g

// The token every JWT tutorial shows (jwt.io's default): subject "1234567890", John Doe.
const SAMPLE_SUBJECTS = new Set(['1234567890', 'john doe', 'johndoe', 'user123', 'test', 'example'])

const Params = Type.Object({
  risk: Type.Number({ default: 85, minimum: 0, maximum: 100, description: 'Risk of a signed JWT: a bearer credential that lets anyone holding it act as its subject.' }),
  unsignedRisk: Type.Number({ default: 40, minimum: 0, maximum: 100, description: 'Risk of an unsigned token (alg "none" or no signature): it leaks claims but should authenticate nothing.' }),
}, { additionalProperties: false })

function decodePart (part: string): Record<string, unknown> | null {
  try {
    const json: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    return typeof json === 'object' && json !== null && !Array.isArray(json) ? json as Record<string, unknown> : null
  } catch {
    return null
  }
}

interface JwtFinding { readonly seg: Segment, readonly start: number, readonly end: number, readonly signed: boolean, readonly alg: string }

function isSample (payload: Record<string, unknown>): boolean {
  const sub = typeof payload['sub'] === 'string' ? payload['sub'].toLowerCase() : ''
  const name = typeof payload['name'] === 'string' ? payload['name'].toLowerCase() : ''
  return SAMPLE_SUBJECTS.has(sub) || SAMPLE_SUBJECTS.has(name) || payload['iat'] === 1516239022
}

function scan (seg: Segment, out: JwtFinding[]): void {
  for (const m of matchesIn(JWT, seg.text, 64)) {
    const [headerPart = '', payloadPart = ''] = m[0].split('.')
    const header = decodePart(headerPart)
    const alg = header?.['alg']
    if (header === null || typeof alg !== 'string') continue
    const payload = decodePart(payloadPart)
    if (payload === null || isSample(payload)) continue
    const sig = m[1] ?? ''
    out.push({ seg, start: m.index, end: m.index + m[0].length, signed: alg.toLowerCase() !== 'none' && sig.length >= 16, alg })
  }
}

export default definePolicy({
  id: 'secrets.jwt',
  category: 'secrets',
  phase: 'content',
  priority: 65,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'JSON Web Tokens: three base64url parts whose header decodes to JSON with an "alg"; tutorial sample tokens are ignored.',
  params: Params,
  decomposes: { limit: () => 1 },
  evaluate ({ input, params }) {
    const found: JwtFinding[] = []
    for (const seg of input.segments) {
      if (!seg.text.includes('eyJ')) continue
      scan(seg, found)
    }
    const best = found.find(f => f.signed) ?? found[0]
    if (best === undefined) return []
    const signal: Signal = {
      risk: best.signed ? params.risk : params.unsignedRisk,
      reason: best.signed ? `signed JWT (alg ${best.alg.slice(0, 12)}): a bearer credential` : 'unsigned JWT (alg none or no signature)',
      evidence: maskedEvidence(best.seg, best.start, best.end),
      actions: ['sensitive_read'],
      // The first signed token wins whatever the two risks: a decomposed evaluation keeps it too.
      rank: best.signed ? 1 : 0,
    }
    return [signal]
  },
})
