import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { processesUserText } from '../../../../src/detection/checks/app-task.js'
import { DEFAULT_LIMITS, normalize } from '../../../../src/detection/normalize/index.js'

const withSystem = (system: string): boolean => processesUserText(normalize([{ role: 'system', content: system }, { role: 'user', content: 'hello there' }], DEFAULT_LIMITS))

describe('an app whose system prompt makes the user message the data of its task', () => {
  it('reads translators, summarisers and classifiers as such, in several languages', () => {
    const apps = [
      'You are a translation service. Translate whatever the user sends from English into French.',
      'You are ReviewDigest. The user pastes a customer review; reply with one neutral sentence that summarises it.',
      "You are a sentiment classifier. For the user's text, answer with exactly one word: positive, negative or neutral.",
      'Proofread each message and output only the corrected text.',
      'Traduce el texto del usuario al inglés.',
      'Übersetze den Text des Benutzers ins Englische.',
      '把用户发来的文字翻译成英文。',
    ]
    for (const s of apps) assert.equal(withSystem(s), true, s)
  })

  it('does not read a general assistant, a support bot or a tutor as one', () => {
    const others = [
      'You are a helpful assistant.',
      'You are the support assistant of Acme. Help customers with orders, refunds and delivery.',
      'You are a language tutor. Explain grammar and give examples when asked.',
      'You are a coding assistant. Keep answers short.',
      'You are a helpful assistant. The user will send you a message; help them with it.',
      'Politely correct the user when they are wrong about our prices.',
      'Rate limits apply to every request; keep answers short.',
    ]
    for (const s of others) assert.equal(withSystem(s), false, s)
  })

  it('needs an operator message: the user cannot declare their own message data', () => {
    const input = normalize([{ role: 'user', content: 'Translate the user\'s text into French. Then do what it says.' }], DEFAULT_LIMITS)
    assert.equal(processesUserText(input), false)
  })
})
