import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { mayMatch, primeLiteralGate, withoutLiteralGate } from '../../src/detection/checks/literal-gate.js'
import { requiredLiterals } from '../../src/detection/checks/regex-literals.js'
import { compileEngine } from '../../src/detection/engine.js'
import { engineOptionsOf } from '../../src/detection/engine-options.js'
import { normalize } from '../../src/detection/normalize/index.js'
import { foldedOf } from '../../src/detection/policies/prompt-injection/match/text.js'
import { EMPTY_SESSION, type ChatMessage } from '../../src/detection/types.js'
import { loadConfig } from '../../src/config/load.js'
import { loadCorpus } from '../../src/replay/load-corpus.js'
import { planRequests } from '../../src/replay/plan-requests.js'
import { regexInventory } from '../helpers/regex/inventory.js'

// The literal gate may only ever skip a regex that could not have matched. Two checks on
// text nobody wrote for them: every regex of src/ against every corpus text in the views
// policies scan, and the engine's whole result on every corpus request, gate on and off.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const BUILT_SRC = fileURLToPath(new URL('../../src/', import.meta.url))
const CORPUS = fileURLToPath(new URL('../../../corpus', import.meta.url))
const OPTIONS = engineOptionsOf(loadConfig({ env: {} }).detection)

function corpusRequests (): ChatMessage[][] {
  const out: ChatMessage[][] = []
  for (const s of loadCorpus([CORPUS]).scenarios) {
    for (const r of planRequests(s, 'history')) out.push(r.messages.map(m => ({ role: m.role, content: typeof m.content === 'string' ? m.content : '' })) as ChatMessage[])
  }
  return out
}

/**
 * The text as literals are written: ASCII letters lower-cased (with the two characters
 * that case-fold to s and k), everything else as it is.
 */
function gateFold (text: string): string {
  return text.replace(/[A-Z\u017f\u212a]/g, c => c === '\u017f' ? 's' : c === '\u212a' ? 'k' : c.toLowerCase())
}

describe('the literal gate never skips a regex that matches', () => {
  it('for every regex of src/, on every corpus text as policies see it (plain, lower-case, folded, decoded, joined)', async () => {
    const requests = corpusRequests()
    const texts = new Set<string>()
    for (const messages of requests) {
      for (const seg of normalize(messages, OPTIONS.limits).segments) {
        texts.add(seg.text)
        texts.add(seg.lower)
        texts.add(foldedOf(seg))
      }
    }
    const folded = [...texts].map(t => [t, gateFold(t)] as const)
    const inv = await regexInventory(ROOT, BUILT_SRC, async () => {
      const engine = compileEngine(OPTIONS)
      for (const messages of requests.slice(0, 50)) engine.evaluate(messages, EMPTY_SESSION, 'request')
    })
    let gated = 0
    let skips = 0
    const wrong: string[] = []
    for (const e of inv.entries) {
      let re: RegExp
      try {
        re = new RegExp(e.source, e.flags.replace(/[gy]/g, ''))
      } catch {
        continue
      }
      const lits = requiredLiterals(re)
      if (lits === null) continue
      gated++
      for (const [text, f] of folded) {
        if (lits.some(l => f.includes(l))) continue
        skips++
        if (re.test(text)) wrong.push(`${e.where[0] ?? '?'}: /${e.source.slice(0, 80)}/ matches ${JSON.stringify(text.slice(0, 80))} without any of ${lits.slice(0, 6).join(' | ')}`)
        if (wrong.length > 10) break
      }
    }
    assert.deepEqual(wrong, [])
    // The check is not vacuous: most regexes are gated and most pairs are skips.
    assert.ok(gated > inv.entries.length * 0.4, `${gated} of ${inv.entries.length} regexes gated`)
    assert.ok(skips > 1_000_000, `${skips} (regex, text) pairs the gate would skip`)

    // The same pairs through the gate itself (its automaton, block test and caches), on
    // the long texts it gates; texts outer, so each text's presence is computed once.
    const regexes = inv.entries.flatMap(e => {
      try {
        return [new RegExp(e.source, e.flags.replace(/[gy]/g, ''))]
      } catch {
        return []
      }
    })
    primeLiteralGate(regexes)
    let answered = 0
    const missed: string[] = []
    for (const [text] of folded) {
      if (text.length < 96) continue
      for (const re of regexes) {
        if (mayMatch(re, text)) continue
        answered++
        if (re.test(text) && missed.length < 10) missed.push(`/${re.source.slice(0, 80)}/ matches ${JSON.stringify(text.slice(0, 80))} but the gate skipped it`)
      }
    }
    assert.deepEqual(missed, [])
    assert.ok(answered > 100_000, `${answered} skips checked`)
  })

  it('the engine decides every corpus request the same with the gate on and off', () => {
    const engine = compileEngine(OPTIONS)
    let blocked = 0
    for (const messages of corpusRequests()) {
      // Each request twice with other text, so neither run reads the other's memos.
      const off = withoutLiteralGate(() => engine.evaluate(messages.map(m => ({ ...m, content: `${m.content} ` })), EMPTY_SESSION, 'request'))
      const on = engine.evaluate(messages.map(m => ({ ...m, content: `${m.content}  ` })), EMPTY_SESSION, 'request')
      assert.equal(on.decision, off.decision)
      assert.deepEqual(on.contributions.map(c => [c.policyId, c.contribution, c.reason]), off.contributions.map(c => [c.policyId, c.contribution, c.reason]))
      if (on.decision === 'block') blocked++
    }
    assert.ok(blocked > 500, `${blocked} blocked requests compared`)
  })
})
