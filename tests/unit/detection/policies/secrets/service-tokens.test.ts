import { describe } from 'node:test'
import policy from '../../../../../src/detection/policies/secrets/service-tokens.js'
import { runNegatives, runPositives, user } from '../pii/pii-cases.js'
import { fakeChars, fakeHex } from './fake-material.js'

const gh = `ghp_${fakeChars(36, 'gh')}`
const ghPat = `github_pat_11A${fakeChars(19, 'pat1')}_${fakeChars(59, 'pat2')}`
const gl = `glpat-${fakeChars(20, 'gl')}`
const slack = `xoxb-2837461928-2837461928374-${fakeChars(24, 'slack')}`
const stripe = `sk_live_51${fakeChars(40, 'stripe')}`
const stripeTest = `sk_test_${fakeChars(24, 'stripe-test')}`
const openai = `sk-proj-${fakeChars(64, 'oai')}`
const anthropic = `sk-ant-api03-${fakeChars(93, 'ant')}AA`
const twilio = `SK${fakeHex(32, 'twilio')}`
const sendgrid = `SG.${fakeChars(22, 'sg1')}.${fakeChars(43, 'sg2')}`
const npm = `npm_${fakeChars(36, 'npm')}`
const ser = (s: string): string => s.slice(8, 24)

describe('secrets.service-tokens flags vendor-issued tokens', () => {
  runPositives(policy, [
    { name: 'a GitHub personal access token', messages: user(`My github token is: ${gh}`), min: 88, messageIndex: 0, role: 'user', secrets: [gh, ser(gh)], actions: ['sensitive_read'] },
    { name: 'a GitHub fine-grained token', messages: user(`GITHUB_TOKEN=${ghPat}`), min: 88, messageIndex: 0, role: 'user', secrets: [ser(ghPat)], actions: ['sensitive_read'] },
    { name: 'a GitLab token', messages: user(`token ${gl}`), min: 88, messageIndex: 0, role: 'user', secrets: [gl.slice(6, 20)], actions: ['sensitive_read'] },
    { name: 'a Slack bot token', messages: user(`slack: ${slack}`), min: 85, messageIndex: 0, role: 'user', secrets: [slack.slice(-20)], actions: ['sensitive_read'] },
    { name: 'a Stripe live key', messages: user(`stripe.api_key = "${stripe}"`), min: 90, messageIndex: 0, role: 'user', secrets: [ser(stripe)], actions: ['sensitive_read'] },
    { name: 'a Stripe test key is reported at lower risk', messages: user(`use ${stripeTest}`), min: 30, max: 50, messageIndex: 0, role: 'user', secrets: [ser(stripeTest)], actions: ['sensitive_read'] },
    { name: 'an OpenAI project key', messages: user(`OPENAI_API_KEY=${openai}`), min: 88, messageIndex: 0, role: 'user', secrets: [ser(openai)], actions: ['sensitive_read'] },
    { name: 'an Anthropic key', messages: user(`key: ${anthropic}`), min: 90, messageIndex: 0, role: 'user', secrets: [ser(anthropic)], actions: ['sensitive_read'] },
    { name: 'a Twilio API key', messages: user(`twilio ${twilio}`), min: 80, messageIndex: 0, role: 'user', secrets: [ser(twilio)], actions: ['sensitive_read'] },
    { name: 'a SendGrid key', messages: user(`SENDGRID=${sendgrid}`), min: 88, messageIndex: 0, role: 'user', secrets: [ser(sendgrid)], actions: ['sensitive_read'] },
    { name: 'an npm token in a tool result', messages: [{ role: 'user', content: 'cat ~/.npmrc' }, { role: 'tool', content: `//registry.npmjs.org/:_authToken=${npm}` }], min: 85, messageIndex: 1, role: 'tool', secrets: [ser(npm)], actions: ['sensitive_read'] },
  ])
})

describe('secrets.service-tokens ignores placeholders and look-alikes', () => {
  runNegatives(policy, [
    { name: 'filler tokens are placeholders', messages: user('ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx and sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'), max: 0 },
    { name: 'template references are placeholders', messages: user('Authorization: token ${GITHUB_TOKEN} and OPENAI_API_KEY=sk-<your-key-here>'), max: 0 },
    { name: 'example-marked keys are placeholders', messages: user('sk_live_EXAMPLEKEY1234567890abcdefgh and npm_EXAMPLE0000000000000000000000000000'), max: 0 },
    { name: 'counting sequences are placeholders', messages: user('ghp_1234567890abcdefghijklmnopqrstuvwxyz'), max: 0 },
    { name: 'prose about token formats names no token', messages: user('GitHub tokens start with ghp_ and Slack bot tokens with xoxb-; Stripe uses sk_live_.'), max: 0 },
    { name: 'identifiers that merely start like a prefix are not tokens', messages: user('function task-runner() {} and the sk-learn package, plus SKU SK1234'), max: 0 },
  ])
})
