import { describe } from 'node:test'
import policy from '../../../../../src/detection/policies/secrets/cloud-credentials.js'
import { runNegatives, runPositives, user } from '../pii/pii-cases.js'
import { fakeBase64, fakeChars } from './fake-material.js'

const keyId = `AKIA${fakeChars(16, 'aws-id', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`
const secret = `${fakeBase64(38, 'aws-secret')}Q7`
const googleKey = `AIza${fakeChars(35, 'gcp', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}`
const azureKey = `${fakeBase64(86, 'azure')}==`

describe('secrets.cloud-credentials flags cloud keys', () => {
  runPositives(policy, [
    { name: 'an AWS key id with its secret is a complete credential', messages: user(`aws_access_key_id = ${keyId}\naws_secret_access_key = ${secret}`), min: 94, messageIndex: 0, role: 'user', secrets: [keyId, secret, secret.slice(10, 30)], actions: ['sensitive_read'] },
    { name: 'an AWS key id with an unlabelled secret nearby is a pair', messages: user(`Access key ID,Secret access key\n${keyId},${secret}`), min: 94, messageIndex: 0, role: 'user', secrets: [keyId, secret.slice(10, 30)], actions: ['sensitive_read'] },
    { name: 'an AWS key id alone is medium risk', messages: user(`the key ${keyId} was used from a new IP`), min: 55, max: 75, messageIndex: 0, role: 'user', secrets: [keyId], actions: ['sensitive_read'] },
    { name: 'a Google API key', messages: user(`maps key ${googleKey}`), min: 70, messageIndex: 0, role: 'user', secrets: [googleKey.slice(6, 30)], actions: ['sensitive_read'] },
    { name: 'an Azure storage connection string', messages: [{ role: 'user', content: 'what is in the config?' }, { role: 'tool', content: `DefaultEndpointsProtocol=https;AccountName=prodstore;AccountKey=${azureKey};EndpointSuffix=core.windows.net` }], min: 90, messageIndex: 1, role: 'tool', secrets: [azureKey.slice(10, 40)], actions: ['sensitive_read'] },
  ])
})

describe('secrets.cloud-credentials ignores documentation samples', () => {
  runNegatives(policy, [
    { name: 'the AWS documentation key pair is a sample', messages: user('aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'), max: 0 },
    { name: 'the Azure storage emulator key is public', messages: user('AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='), max: 0 },
    { name: 'AWS user and role ids unlock nothing', messages: user('principal AIDAJQABLZS4A3QDU576Q and role AROAJQABLZS4A3QDU576Q'), max: 0 },
    { name: 'placeholder key ids are ignored', messages: user('AKIAXXXXXXXXXXXXXXXX and AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'), max: 0 },
  ])
})
