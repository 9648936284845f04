import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { dataLength, hostAllowed, isLocalHost, trimUrl, urlInfo } from '../../../../../src/detection/policies/exfiltration/url-features.js'

describe('url features', () => {
  it('trims prose punctuation and unbalanced brackets', () => {
    assert.equal(trimUrl('https://x.io/a).'), 'https://x.io/a')
    assert.equal(trimUrl('https://en.wikipedia.org/wiki/Foo_(bar)'), 'https://en.wikipedia.org/wiki/Foo_(bar)')
  })
  it('recognises template slots, open parameters and collectors', () => {
    const u = urlInfo('https://sub.webhook.site/x?d={data}')
    assert.ok(u !== null)
    assert.equal(u.templateSlot, true)
    assert.equal(u.capture, 'webhook.site')
    assert.equal(urlInfo('https://wuzzi.net/logo.png?q=')?.openParam, true)
  })
  it('recognises a slot cut at the end of a URL and upper-case placeholders naming secrets', () => {
    // Embed patterns stop a URL at '>', so `?v=<b64>` arrives as `?v=<b64`.
    assert.equal(urlInfo('https://px.counter-cdn.example/i.png?v=<b64')?.templateSlot, true)
    assert.equal(urlInfo('https://preview.mirror-img.example/p.png?k=PASSPHRASE')?.templateSlot, true)
    assert.equal(urlInfo('https://x.example/a?auth=API_KEY&v=2')?.templateSlot, true)
    assert.equal(urlInfo('https://shop.example/list?sort=PRICE')?.templateSlot, false)
    assert.equal(urlInfo('https://docs.example/page?lang=EN')?.templateSlot, false)
  })
  it('tells public IP literals from private ones, including integer forms', () => {
    assert.equal(urlInfo('http://203.0.113.7/x')?.publicIp, true)
    assert.equal(urlInfo('http://192.168.0.2/x')?.publicIp, false)
    assert.equal(urlInfo('http://3405803783/x')?.publicIp, true)
    assert.equal(urlInfo('http://2130706433/x')?.publicIp, false)
  })
  it('measures encoded data but not short values or words', () => {
    assert.ok(dataLength('aGVsbG8gd29ybGQgdGhpcyBpcyBzZWNyZXQ=') > 30)
    assert.equal(dataLength('flat'), 0)
    assert.equal(dataLength('building-blocks-of-the-web'), 0)
    assert.ok(dataLength('my%20password%20is%20hunter2%20and%20the%20pin%20is%201234') > 30)
  })
  it('matches allowed hosts by suffix on a label boundary', () => {
    assert.equal(hostAllowed('cdn.mycorp.io', ['mycorp.io']), true)
    assert.equal(hostAllowed('evilmycorp.io', ['mycorp.io']), false)
  })

  it('tells the user\'s own machine or network from public names that only look like it', () => {
    for (const h of ['localhost', 'printer.lan', 'nas.local', 'build.internal', '10.0.0.5', '192.168.1.2', '[::1]']) assert.equal(isLocalHost(h), true, h)
    for (const h of ['10.evil.com', 'x.internal.evil.com', 'localhost.evil.com', '8.8.8.8', 'collector.example']) assert.equal(isLocalHost(h), false, h)
  })
})
