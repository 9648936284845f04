import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { toolDefinitionTexts } from '../../../src/front/tool-definitions.js'

describe('tool definition text', () => {
  it('reads every string the model is shown: descriptions, property names, enum values, defaults, examples', () => {
    const [t] = toolDefinitionTexts({
      tools: [{
        type: 'function',
        function: {
          name: 'create_ticket',
          description: 'Open a support ticket.',
          parameters: {
            type: 'object',
            properties: {
              priority: { type: 'string', enum: ['low', 'high'], default: 'low' },
              body: { type: 'string', description: 'What happened', examples: ['printer on fire'] },
              meta: { type: 'object', properties: { tag: { type: 'string', title: 'Tag' } } },
            },
            required: ['body'],
          },
        },
      }],
    })
    assert.deepEqual(t, {
      field: 'tools',
      index: 0,
      text: ['create_ticket: Open a support ticket.', 'priority', 'low', 'high', 'low', 'body: What happened', 'printer on fire', 'meta', 'tag', 'Tag'].join('\n'),
    })
  })

  it('leaves out schema syntax and definitions with no text, and keeps each definition its index', () => {
    const out = toolDefinitionTexts({
      tools: [{ type: 'function', function: { parameters: { type: 'object', format: 'x', $schema: 'y' } } }, { type: 'function', function: { name: 'ping' } }],
      functions: 'not a list',
    })
    assert.deepEqual(out, [{ field: 'tools', index: 1, text: 'ping' }])
  })

  it('stops at its depth bound on a hostile definition instead of recursing without end', () => {
    let deep: Record<string, unknown> = { description: 'bottom' }
    for (let i = 0; i < 10_000; i++) deep = { items: deep }
    const out = toolDefinitionTexts({ tools: [{ type: 'function', function: { name: 'n', description: 'top', parameters: deep } }] })
    assert.equal(out[0]?.text, 'n: top')
  })
})
