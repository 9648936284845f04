import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { windowAround } from '../../checks/scan.js'
import { scanRules, strongestSignal, type TokenFinding, type TokenRule } from './token-scan.js'

const UPPER = /[A-Z]/
const LOWER = /[a-z]/
const DIGIT = /\d/

// AKIA = long-term access key, ASIA = temporary (STS) key. Other AWS id prefixes (AIDA,
// AROA, …) name users and roles and unlock nothing.
const AWS_KEY_ID: TokenRule = { name: 'AWS access key id', re: /(?<![A-Z0-9])(?:AKIA|ASIA)([A-Z0-9]{16})(?![A-Z0-9])/g, needles: ['akia', 'asia'], risk: 65, minEntropy: 2.5 }
const AWS_SECRET: TokenRule = {
  name: 'AWS secret access key',
  re: /(?<![A-Za-z0-9])(?:aws_?secret_?(?:access_?)?key|secret_?access_?key|SecretAccessKey)["']?\s{0,3}(?:=|:|=>)\s{0,3}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
  needles: ['secret'],
  risk: 90,
  minEntropy: 4,
}
const GCP_API_KEY: TokenRule = { name: 'Google API key', re: /(?<![A-Za-z0-9_-])AIza([0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/g, needles: ['aiza'], risk: 75, minEntropy: 3.5 }
const GCP_SERVICE_ACCOUNT: TokenRule = {
  name: 'Google service-account key (JSON)',
  re: /"private_key"\s{0,3}:\s{0,3}"(-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----(?:\\n|\s)[A-Za-z0-9+\/=\\\s]{64,8000})"/g,
  needles: ['"private_key"'],
  risk: 95,
  minEntropy: 4,
}
const AZURE_STORAGE: TokenRule = {
  name: 'Azure storage account key',
  re: /(?<![A-Za-z])AccountKey\s{0,2}=\s{0,2}([A-Za-z0-9+\/]{80,100}={0,2})/g,
  needles: ['accountkey'],
  risk: 92,
  minEntropy: 4.5,
}
const AZURE_SAS: TokenRule = {
  name: 'Azure shared access signature',
  re: /(?:SharedAccessSignature=|[?&])sv=\d{4}-\d{2}-\d{2}&[A-Za-z0-9&=%:._-]{0,300}?\bsig=([A-Za-z0-9%+\/]{30,120}(?:%3D|=){0,2})/g,
  needles: ['sig='],
  risk: 80,
  minEntropy: 3.5,
}
const AZURE_SHARED_KEY: TokenRule = {
  name: 'Azure service bus / event hub key',
  re: /(?<![A-Za-z])SharedAccessKey\s{0,2}=\s{0,2}([A-Za-z0-9+\/]{40,50}={0,2})/g,
  needles: ['sharedaccesskey='],
  risk: 88,
  minEntropy: 4,
}

const RULES: readonly TokenRule[] = [AWS_KEY_ID, AWS_SECRET, GCP_API_KEY, GCP_SERVICE_ACCOUNT, AZURE_STORAGE, AZURE_SAS, AZURE_SHARED_KEY]

// A 40-character base64 run near an access key id is its secret, whatever it is called
// ("aws_secret_access_key", a CSV column, a JSON field).
const NEARBY_AWS_SECRET = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/
const PAIR_RADIUS = 300

const Params = Type.Object({
  pairRisk: Type.Number({ default: 95, minimum: 0, maximum: 100, description: 'Risk of an AWS access key id together with its secret key: a complete, usable credential.' }),
}, { additionalProperties: false })

function hasPairedSecret (f: TokenFinding, all: readonly TokenFinding[]): boolean {
  if (all.some(o => o.rule === AWS_SECRET && !o.placeholder && o.seg === f.seg && Math.abs(o.start - f.start) <= PAIR_RADIUS)) return true
  const w = windowAround(f.seg.text, f.start, f.end, PAIR_RADIUS, PAIR_RADIUS)
  const m = NEARBY_AWS_SECRET.exec(w.text)
  return m !== null && UPPER.test(m[0]) && LOWER.test(m[0]) && DIGIT.test(m[0]) && !m[0].includes('EXAMPLE')
}

export default definePolicy({
  id: 'secrets.cloud-credentials',
  category: 'secrets',
  phase: 'content',
  priority: 70,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'Cloud provider credentials: AWS access keys (and key/secret pairs), Google API and service-account keys, Azure storage keys and SAS tokens; documentation samples are ignored.',
  params: Params,
  evaluate ({ input, params }) {
    const found = scanRules(input.segments, RULES)
    return strongestSignal(found, f => {
      if (f.rule === AWS_KEY_ID && hasPairedSecret(f, found)) return params.pairRisk
      if (f.rule === AWS_SECRET && found.some(o => o.rule === AWS_KEY_ID && !o.placeholder)) return params.pairRisk
      return f.rule.risk
    })
  },
})
