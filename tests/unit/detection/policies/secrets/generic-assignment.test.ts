import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import policy, { keyKind } from '../../../../../src/detection/policies/secrets/generic-assignment.js'
import { runNegatives, runPositives, user } from '../pii/pii-cases.js'
import { fakeChars } from './fake-material.js'

const apiKey = fakeChars(32, 'generic-api')
const bearer = fakeChars(40, 'bearer')
const basic = Buffer.from('deploy:Vq8#rT2!mLw9').toString('base64')

describe('secrets.generic-assignment flags literal secrets assigned to credential names', () => {
  runPositives(policy, [
    { name: 'a high-entropy api_key value', messages: user(`api_key: "${apiKey}"`), min: 85, messageIndex: 0, role: 'user', secrets: [apiKey, apiKey.slice(4, 20)], actions: ['sensitive_read'] },
    { name: 'a literal password in an env file', messages: user('DB_HOST=db.internal\nDB_PASSWORD=Summer2024!xq'), min: 65, max: 80, messageIndex: 0, role: 'user', secrets: ['Summer2024!xq'], actions: ['sensitive_read'] },
    { name: 'a client secret in JSON', messages: user(`{"clientSecret": "${apiKey}"}`), min: 85, messageIndex: 0, role: 'user', secrets: [apiKey.slice(4, 20)], actions: ['sensitive_read'] },
    { name: 'a password passed as a command-line flag', messages: user('mysql --password=Vq8rT2mLw9zK -h db'), min: 65, messageIndex: 0, role: 'user', secrets: ['Vq8rT2mLw9zK'], actions: ['sensitive_read'] },
    { name: 'a bearer token in an Authorization header', messages: user(`Authorization: Bearer ${bearer}`), min: 85, messageIndex: 0, role: 'user', secrets: [bearer.slice(4, 30)], actions: ['sensitive_read'] },
    { name: 'basic credentials in an Authorization header', messages: user(`authorization: Basic ${basic}`), min: 85, messageIndex: 0, role: 'user', secrets: [basic], actions: ['sensitive_read'] },
  ])
})

describe('secrets.generic-assignment ignores references, types and placeholders', () => {
  runNegatives(policy, [
    { name: 'environment and variable references are not secrets', messages: user('const apiKey = process.env.API_KEY\npassword = user_password\nTOKEN=${GITHUB_TOKEN}\nsecret: $DB_SECRET'), max: 0 },
    { name: 'type annotations are not secrets', messages: user('password: string; api_key: Optional[str] = None; token: SecretStr'), max: 0 },
    { name: 'placeholders are not secrets', messages: user('api_key: "<your-api-key>"\npassword: changeme\nsecret="xxxxxxxxxxxx"\nAPI_KEY=your_api_key_here'), max: 0 },
    { name: 'non-credential keys that contain a credential word are ignored', messages: user('max_tokens: 1024\ntokenizer: "bert-base-uncased"\ntoken_type: bearer\nsecret_file: /run/secrets/db_password'), max: 0 },
    { name: 'comparisons are not assignments', messages: user('if password == "hunter2xyz": deny()'), max: 0 },
    { name: 'weak default passwords in tutorials are not reported', messages: user('POSTGRES_PASSWORD=postgres\nadmin password: admin123'), max: 0 },
    { name: 'vendor-format tokens are left to their own policy', messages: user(`GITHUB_TOKEN=ghp_${fakeChars(36, 'x')}`), max: 0 },
  ])
  it('classifies key names by their head word', () => {
    assert.equal(keyKind('DB_PASSWORD'), 'password')
    assert.equal(keyKind('clientSecret'), 'token')
    assert.equal(keyKind('stripe_api_key_value'), 'token')
    assert.equal(keyKind('max_tokens'), null)
    assert.equal(keyKind('secret_file'), null)
    assert.equal(keyKind('primary_key'), null)
  })
})
