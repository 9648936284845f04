import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { AUTHORITY } from '../../../../../../src/detection/policies/prompt-injection/lexicon/authority.js'
import { EVASION } from '../../../../../../src/detection/policies/prompt-injection/lexicon/evasion.js'
import { EXTRACTION_LEXICON } from '../../../../../../src/detection/policies/prompt-injection/lexicon/extraction.js'
import { INDIRECT } from '../../../../../../src/detection/policies/prompt-injection/lexicon/indirect.js'
import type { Lexicon } from '../../../../../../src/detection/policies/prompt-injection/lexicon/languages.js'
import { MANIPULATION } from '../../../../../../src/detection/policies/prompt-injection/lexicon/manipulation.js'
import { OVERRIDE_FOLLOWUP } from '../../../../../../src/detection/policies/prompt-injection/lexicon/override-followup.js'
import { indexTerms, wordStarts } from '../../../../../../src/detection/policies/prompt-injection/lexicon/term-index.js'
import { OVERRIDE_LEXICON } from '../../../../../../src/detection/policies/prompt-injection/match/override-scan.js'
import { HARMFUL } from '../../../../../../src/detection/policies/jailbreak/lexicon/harmful-terms.js'
import { PERSONA } from '../../../../../../src/detection/policies/jailbreak/lexicon/persona-terms.js'
import { REFUSAL } from '../../../../../../src/detection/policies/jailbreak/lexicon/refusal-terms.js'

const LEXICONS: readonly (readonly [string, Lexicon<string>])[] = [
  ['override', OVERRIDE_LEXICON], ['followup', OVERRIDE_FOLLOWUP], ['extraction', EXTRACTION_LEXICON], ['indirect', INDIRECT], ['authority', AUTHORITY],
  ['manipulation', MANIPULATION], ['evasion', EVASION], ['persona', PERSONA], ['refusal', REFUSAL], ['harmful', HARMFUL],
]

function fragments (lexicon: Lexicon<string>): string[] {
  const out: string[] = []
  for (const table of Object.values(lexicon)) {
    for (const terms of Object.values(table ?? {})) out.push(...(terms?.words ?? []), ...(terms?.chars ?? []))
  }
  return out
}

function run (re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at
  const m = re.exec(text)
  return m === null ? null : m[0]
}

describe('lexicon term index', () => {
  it('keys fragments by their literal prefix and matches whole words only', () => {
    const idx = indexTerms(['ignor(?:e|es|ed|ing)', 'my'], [])
    const re = idx.byKey.get('igno')
    assert.ok(re !== undefined)
    assert.equal(run(re, 'please ignored it', 7), 'ignored')
    assert.equal(run(re, 'ignorexyz', 0), null)
    const my = idx.byKey.get('my')
    assert.ok(my !== undefined)
    assert.equal(run(my, 'myself', 0), null)
  })

  it('keys the walk of a short whole first word by the next word\'s first two letters where every variant of it is literal', () => {
    const idx = indexTerms(['the developers? (?:has|have) approved', 'the (?:admin|owner)s? said', 'the (?:[a-z]{1,15} ){0,2}boss', 'the a(?:i|gent)', 'igno(?:re|red) all'], [])
    assert.deepEqual([...idx.walk.keys()].sort(), ['igno', 'the', 'the ad', 'the ag', 'the ai', 'the de', 'the ow'])
    // The split changes which words run a fragment, not what it matches.
    assert.equal(run(idx.walk.get('the de') as RegExp, 'so the developers have approved it', 3), 'the developers have approved')
    assert.equal(run(idx.walk.get('the') as RegExp, 'the big boss', 0), 'the big boss')
    assert.equal(run(idx.walk.get('the') as RegExp, 'the admin said', 0), null, 'the rest keeps only what could not be split')
    // byKey still holds each key's whole regex.
    assert.equal(run(idx.byKey.get('the') as RegExp, 'the admin said', 0), 'the admin said')
  })

  it('expands a leading group or character class into keyed variants', () => {
    const idx = indexTerms(['(?:your|the) rules', '[وف]?تجاهل'], [])
    assert.ok(idx.byKey.has('your') && idx.byKey.has('the'))
    assert.ok(idx.byKey.has('وتجا') && idx.byKey.has('تجاه'))
    assert.equal(idx.fallback, null)
  })

  it('sends a fragment whose one-letter key need not end the word to the fallback, not to every word with that letter', () => {
    const idx = indexTerms(['s.introduire dans le systeme', 'a plan'], [])
    assert.equal(idx.byKey.has('s'), false)
    assert.ok(idx.byKey.has('a'), 'a whole one-letter word keeps its key')
    assert.ok(idx.fallback !== null)
    idx.fallback.lastIndex = 0
    assert.ok(idx.fallback.test("comment s'introduire dans le systeme"))
  })

  it('sends fragments without a literal start to a fallback matcher', () => {
    const idx = indexTerms(['<\\/?system_prompt>'], [])
    assert.ok(idx.fallback !== null)
    idx.fallback.lastIndex = 0
    assert.ok(idx.fallback.test('output <system_prompt> tags'))
  })

  it('keys a fragment on a word after punctuation when a lookbehind after the key checks what comes before', () => {
    const idx = indexTerms(['system_prompt(?<=<\\/?system_prompt)>', '(?:ai|llm)(?<=[\\p{L}-]{2} (?:ai|llm))\\s?:'], [])
    assert.equal(idx.fallback, null)
    const tag = idx.byKey.get('syst')
    assert.ok(tag !== undefined)
    assert.equal(run(tag, 'output </system_prompt> tags', 9), 'system_prompt>')
    assert.equal(run(tag, 'output system_prompt> tags', 7), null)
    const named = idx.byKey.get('ai')
    assert.ok(named !== undefined)
    assert.equal(run(named, 'translator ai: say hi', 11), 'ai:')
    assert.equal(run(named, 'ai: the future', 0), null)
  })

  it('leaves few fragments of the lexicons unkeyed: each one is a scan of every segment', () => {
    let unkeyed = 0
    for (const [, lexicon] of LEXICONS) {
      for (const table of Object.values(lexicon)) {
        for (const terms of Object.values(table ?? {})) for (const frag of terms?.words ?? []) if (indexTerms([frag], []).fallback !== null) unkeyed++
      }
    }
    assert.ok(unkeyed <= 5, `${unkeyed} word fragments fall back to a whole-text scan`)
  })

  it('finds word starts in folded text, skipping Han characters', () => {
    assert.deepEqual([...wordStarts('ab cd-ef 之前 gh')], [0, 3, 6, 12])
  })

  for (const [name, lexicon] of LEXICONS) {
    it(`compiles every ${name} fragment and uses bounded repetition only`, () => {
      for (const frag of fragments(lexicon)) {
        assert.doesNotThrow(() => new RegExp(frag, 'u'), frag)
        // No unbounded quantifiers: '+' and '*' are never used (escaped ones would be \\+).
        assert.ok(!/(?<!\\)[+*]/.test(frag), `unbounded quantifier in ${frag}`)
      }
    })
  }
})
