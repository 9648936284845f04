import { describe } from 'node:test'
import policy from '../../../../../src/detection/policies/pii/email.js'
import { runNegatives, runPositives, user } from './pii-cases.js'

const dump = Array.from({ length: 24 }, (_, i) => `${i + 1},Customer ${i + 1},cust.${i + 1}.name@mailbox${i % 5}.net,Active`).join('\n')

describe('pii.email flags bulk addresses and data the model read', () => {
  runPositives(policy, [
    { name: 'a single address in a user message is low risk and raises no action', messages: user('My email is jane.roe@acme-corp.io, please reset my account'), min: 5, max: 15, messageIndex: 0, role: 'user', secrets: ['jane.roe@acme-corp.io'] },
    { name: 'an address in a tool result raises sensitive_read', messages: [{ role: 'user', content: 'who owns ticket 42?' }, { role: 'tool', content: '{"owner":"m.keller@northwind.de"}' }], min: 5, max: 15, messageIndex: 1, role: 'tool', secrets: ['m.keller@northwind.de'], actions: ['sensitive_read'] },
    { name: 'five distinct addresses count as bulk', messages: user('a1@x.org, b2@y.org, c3@z.org, d4@w.org, e5@v.org'), min: 70, max: 75, messageIndex: 0, role: 'user', secrets: ['a1@x.org', 'e5@v.org'], actions: ['sensitive_read'] },
    { name: 'a CSV dump of customers scores high', messages: user(`id,name,email,status\n${dump}`), min: 84, messageIndex: 0, role: 'user', secrets: ['cust.1.name@mailbox0.net'], actions: ['sensitive_read'] },
    { name: 'written-out addresses are recognised', messages: user('reach him at john.doe@protectai[DOT]com or bob [at] corp [dot] com'), min: 10, max: 25, messageIndex: 0, role: 'user', secrets: ['john.doe@protectai'] },
  ])
})

describe('pii.email ignores placeholders and non-addresses', () => {
  runNegatives(policy, [
    { name: 'documentation domains carry no risk', messages: user('Send it to alice@example.com or bob@test.example or ops@example.org'), max: 0 },
    { name: 'machine addresses and git remotes carry no risk', messages: user('git clone git@github.com:org/repo.git; reply to noreply@company.io'), max: 0 },
    { name: 'image density suffixes are not addresses', messages: user('use icon@2x.png and logo@3x.jpg'), max: 0 },
    { name: 'mentions and decorators are not addresses', messages: user('@here please review @Component and @types/node'), max: 0 },
    { name: 'duplicated addresses count once', messages: user('me@corp.io me@corp.io ME@corp.io me@corp.io me@corp.io'), max: 10 },
  ])
})
