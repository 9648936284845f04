import { describe } from 'node:test'
import policy from '../../../../../src/detection/policies/secrets/private-key.js'
import { runNegatives, runPositives, user } from '../pii/pii-cases.js'
import { fakeBase64, fakePem } from './fake-material.js'

const rsa = fakePem('RSA PRIVATE KEY', 20, 'rsa')
const openssh = fakePem('OPENSSH PRIVATE KEY', 6, 'ossh')
const rsaLine = rsa.split('\n')[3] ?? ''

describe('secrets.private-key flags private keys with material', () => {
  runPositives(policy, [
    { name: 'an RSA key block', messages: user(`here is the key:\n${rsa}`), min: 90, messageIndex: 0, role: 'user', secrets: [rsaLine, rsaLine.slice(0, 24)], actions: ['sensitive_read'] },
    { name: 'an OpenSSH key in a tool result', messages: [{ role: 'user', content: 'cat ~/.ssh/id_ed25519' }, { role: 'tool', content: openssh }], min: 90, messageIndex: 1, role: 'tool', secrets: [openssh.split('\n')[1] ?? ''], actions: ['sensitive_read'] },
    { name: 'a truncated key still leaks material', messages: user(`-----BEGIN PRIVATE KEY-----\n${fakeBase64(64, 'a')}\n${fakeBase64(64, 'b')}\n${fakeBase64(40, 'c')}`), min: 90, messageIndex: 0, role: 'user', secrets: [fakeBase64(64, 'a').slice(0, 20)], actions: ['sensitive_read'] },
    { name: 'an encrypted key scores lower', messages: user(fakePem('ENCRYPTED PRIVATE KEY', 10, 'enc')), min: 55, max: 75, messageIndex: 0, role: 'user', secrets: [], actions: ['sensitive_read'] },
    { name: 'armour lines in random letter case', messages: user(rsa.replace('-----BEGIN RSA PRIVATE KEY-----', '-----bEgIn RsA pRiVaTe KeY-----').replace('-----END RSA PRIVATE KEY-----', '-----eNd rSa PrIvAtE kEy-----')), min: 90, messageIndex: 0, role: 'user', secrets: [rsaLine.slice(0, 24)], actions: ['sensitive_read'] },
    { name: 'armour words joined by hyphens', messages: user(rsa.replaceAll('RSA PRIVATE KEY', 'RSA-PRIVATE-KEY')), min: 90, messageIndex: 0, role: 'user', secrets: [rsaLine.slice(0, 24)], actions: ['sensitive_read'] },
    { name: 'a key pasted as a markdown quote', messages: user(`see below\n${rsa.split('\n').map(l => `> ${l}`).join('\n')}`), min: 90, messageIndex: 0, role: 'user', secrets: [rsaLine.slice(0, 24)], actions: ['sensitive_read'] },
    { name: 'a key escaped inside JSON is found', messages: user(`{"private_key": "-----BEGIN PRIVATE KEY-----\\n${fakeBase64(64, 'j1')}\\n${fakeBase64(64, 'j2')}\\n-----END PRIVATE KEY-----\\n"}`), min: 90, messageIndex: 0, role: 'user', secrets: [fakeBase64(64, 'j1').slice(0, 20)], actions: ['sensitive_read'] },
  ])
})

describe('secrets.private-key ignores elided keys and public material', () => {
  runNegatives(policy, [
    { name: 'an elided key body is a placeholder', messages: user('-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n...\n-----END RSA PRIVATE KEY-----'), max: 0 },
    { name: 'a template key body is a placeholder', messages: user('-----BEGIN PRIVATE KEY-----\n<your private key here>\n-----END PRIVATE KEY-----'), max: 0 },
    { name: 'certificates and public keys are not secrets', messages: user(`${fakePem('CERTIFICATE', 10, 'cert')}\n${fakePem('PUBLIC KEY', 5, 'pub')}`), max: 0 },
    { name: 'an elided key in lower case is a placeholder too', messages: user('-----begin private key-----\nMIIEvQIBADANBg...\n-----end private key-----'), max: 0 },
    { name: 'naming the armour line in prose is not a key', messages: user('PEM files start with -----BEGIN PRIVATE KEY----- followed by base64.'), max: 0 },
  ])
})
