import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { scanRules, strongestSignal, type TokenRule } from './token-scan.js'

// Boundaries are explicit character classes rather than \b: most formats contain '_' or
// '-', where \b would cut a token in the middle or let it start inside another word.
const RULES: readonly TokenRule[] = [
  { name: 'GitHub token', re: /(?<![A-Za-z0-9_])gh[pousr]_([A-Za-z0-9]{36,251})(?![A-Za-z0-9_])/g, needles: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], risk: 90, minEntropy: 3.5 },
  { name: 'GitHub fine-grained token', re: /(?<![A-Za-z0-9_])github_pat_([A-Za-z0-9_]{60,251})(?![A-Za-z0-9_])/g, needles: ['github_pat_'], risk: 90, minEntropy: 3.5 },
  { name: 'GitLab token', re: /(?<![A-Za-z0-9_-])gl(?:pat|dt|rt|ptt|cbt|soat|ffct|agent)-([A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/g, needles: ['gl'], risk: 90, minEntropy: 3.2 },
  { name: 'Slack token', re: /(?<![A-Za-z0-9_-])xox[abprse]-([A-Za-z0-9-]{10,250})(?![A-Za-z0-9-])/g, needles: ['xox'], risk: 88, minEntropy: 3 },
  { name: 'Slack app token', re: /(?<![A-Za-z0-9_-])xapp-\d-([A-Za-z0-9-]{20,250})(?![A-Za-z0-9-])/g, needles: ['xapp-'], risk: 88, minEntropy: 3 },
  { name: 'Slack webhook URL', re: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/([A-Za-z0-9_\/-]{20,200})/g, needles: ['hooks.slack.com'], risk: 80, minEntropy: 3 },
  { name: 'Stripe live secret key', re: /(?<![A-Za-z0-9_])(?:sk|rk)_live_([A-Za-z0-9]{20,247})(?![A-Za-z0-9_])/g, needles: ['_live_'], risk: 92, minEntropy: 3.5 },
  { name: 'Stripe test secret key', re: /(?<![A-Za-z0-9_])(?:sk|rk)_test_([A-Za-z0-9]{20,247})(?![A-Za-z0-9_])/g, needles: ['_test_'], risk: 40, minEntropy: 3.5, testMode: true },
  { name: 'Stripe webhook secret', re: /(?<![A-Za-z0-9_])whsec_([A-Za-z0-9]{24,64})(?![A-Za-z0-9_])/g, needles: ['whsec_'], risk: 80, minEntropy: 3.5 },
  { name: 'Anthropic API key', re: /(?<![A-Za-z0-9_-])sk-ant-(?:api|admin|sid|oat)\d{0,2}-([A-Za-z0-9_-]{32,250})(?![A-Za-z0-9_-])/g, needles: ['sk-ant-'], risk: 92, minEntropy: 3.5 },
  { name: 'OpenAI API key', re: /(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin|None)-([A-Za-z0-9_-]{40,250})(?![A-Za-z0-9_-])/g, needles: ['sk-'], risk: 90, minEntropy: 3.5 },
  { name: 'OpenAI API key', re: /(?<![A-Za-z0-9_-])sk-((?:[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})|[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/g, needles: ['sk-'], risk: 90, minEntropy: 3.5 },
  // Many other model providers issue "sk-" plus 32+ random characters.
  { name: 'sk- style API key', re: /(?<![A-Za-z0-9_-])sk-(?!ant-|proj-|svcacct-|admin-|None-)([A-Za-z0-9]{32,47}|[A-Za-z0-9]{49,128})(?![A-Za-z0-9_-])/g, needles: ['sk-'], risk: 80, minEntropy: 3.5 },
  { name: 'Twilio API key', re: /(?<![A-Za-z0-9_])SK([0-9a-f]{32})(?![A-Za-z0-9_])/g, needles: ['sk'], risk: 85, minEntropy: 3.2 },
  { name: 'SendGrid API key', re: /(?<![A-Za-z0-9_-])SG\.([A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g, needles: ['sg.'], risk: 90, minEntropy: 3.5 },
  { name: 'npm access token', re: /(?<![A-Za-z0-9_])npm_([A-Za-z0-9]{36})(?![A-Za-z0-9_])/g, needles: ['npm_'], risk: 88, minEntropy: 3.5 },
  { name: 'PyPI API token', re: /(?<![A-Za-z0-9_-])pypi-AgEIcHlwaS5vcmc([A-Za-z0-9_-]{50,300})(?![A-Za-z0-9_-])/g, needles: ['pypi-ageichlwas5vcmc'], risk: 88, minEntropy: 3.5 },
  { name: 'Hugging Face token', re: /(?<![A-Za-z0-9_])hf_([A-Za-z0-9]{34,40})(?![A-Za-z0-9_])/g, needles: ['hf_'], risk: 85, minEntropy: 3.5 },
  { name: 'Shopify access token', re: /(?<![A-Za-z0-9_])shp(?:at|ca|pa|ss)_([a-fA-F0-9]{32})(?![A-Za-z0-9_])/g, needles: ['shp'], risk: 88, minEntropy: 3.2 },
  { name: 'DigitalOcean token', re: /(?<![A-Za-z0-9_])do[opr]_v1_([a-f0-9]{64})(?![A-Za-z0-9_])/g, needles: ['_v1_'], risk: 88, minEntropy: 3.2 },
  { name: 'Databricks token', re: /(?<![A-Za-z0-9_])dapi([a-f0-9]{32})(?:-\d)?(?![A-Za-z0-9_])/g, needles: ['dapi'], risk: 85, minEntropy: 3.2 },
  { name: 'Square access token', re: /(?<![A-Za-z0-9_-])sq0(?:atp|csp)-([A-Za-z0-9_-]{22,43})(?![A-Za-z0-9_-])/g, needles: ['sq0'], risk: 85, minEntropy: 3.5 },
  { name: 'Telegram bot token', re: /(?<![A-Za-z0-9_:])\d{8,10}:(AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/g, needles: [':aa'], risk: 85, minEntropy: 3.5 },
  { name: 'Discord bot token', re: /(?<![A-Za-z0-9_.-])[MNO][A-Za-z0-9]{23,25}\.[A-Za-z0-9_-]{6}\.([A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])/g, needles: ['.'], risk: 85, minEntropy: 3.5 },
  { name: 'Google OAuth token', re: /(?<![A-Za-z0-9_-])ya29\.([A-Za-z0-9_-]{30,400})(?![A-Za-z0-9_-])/g, needles: ['ya29.'], risk: 85, minEntropy: 3.5 },
  { name: 'Mailgun API key', re: /(?<![A-Za-z0-9_-])key-([0-9a-f]{32})(?![A-Za-z0-9_-])/g, needles: ['key-'], risk: 75, minEntropy: 3.2 },
]

const Params = Type.Object({
  testKeyRisk: Type.Number({ default: 40, minimum: 0, maximum: 100, description: 'Risk of a test-mode key (e.g. Stripe sk_test_): it moves no money but still opens an account.' }),
}, { additionalProperties: false })

export default definePolicy({
  id: 'secrets.service-tokens',
  category: 'secrets',
  phase: 'content',
  priority: 70,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'API keys and tokens of SaaS vendors by their issued format (GitHub, GitLab, Slack, Stripe, OpenAI, Anthropic, Twilio, SendGrid, npm, …); placeholders and filler are ignored.',
  params: Params,
  evaluate ({ input, params }) {
    const found = scanRules(input.segments, RULES)
    return strongestSignal(found, f => f.rule.testMode === true ? params.testKeyRisk : f.rule.risk)
  },
})
