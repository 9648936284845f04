import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { CorpusError, loadCorpus } from '../../../src/replay/load-corpus.js'
import { corpusScenario } from './builders.js'

const root = mkdtempSync(join(tmpdir(), 'replay-load-'))
let n = 0
function dir (): string {
  const d = join(root, `case-${n++}`)
  mkdirSync(d, { recursive: true })
  return d
}
function write (d: string, name: string, value: unknown): string {
  const path = join(d, name)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2))
  return path
}
function problemsOf (inputs: string[]): readonly string[] {
  try {
    loadCorpus(inputs)
  } catch (err) {
    assert.ok(err instanceof CorpusError, `expected a CorpusError, got ${String(err)}`)
    return err.problems
  }
  assert.fail('expected the corpus to be rejected')
}

describe('loadCorpus', () => {
  after(() => rmSync(root, { recursive: true, force: true }))

  it('loads every .json file of a directory tree, sorted by id, and ignores other files', () => {
    const d = dir()
    write(d, 'attack/prompt-injection.json', [corpusScenario('pi-002'), corpusScenario('pi-001')])
    write(d, 'benign/software-development.json', [corpusScenario('sw-001')])
    write(d, 'README.md', '# not a corpus')
    write(d, '.hidden/x.json', 'not even JSON')
    const c = loadCorpus([d])
    assert.deepEqual(c.scenarios.map(s => s.id), ['pi-001', 'pi-002', 'sw-001'])
    assert.equal(c.files.length, 2)
    const pi = c.scenarios[0]
    assert.equal(pi?.family, 'prompt-injection')
    assert.equal(pi?.expectBlocked, true)
    assert.equal(pi?.body.kind, 'steps')
  })

  it('reports every schema problem with its file and scenario id, across files, in one pass', () => {
    const d = dir()
    const a = write(d, 'a.json', [
      corpusScenario('pi-001', { extra: 1 }),
      corpusScenario('pi-002', { sequence: [{ step: 1, role: 'robot', content: 'x', expectedDetection: true }] }),
      corpusScenario('sw-001', { category: 'cooking' }),
    ])
    const b = write(d, 'b.json', [{ label: 'attack' }])
    const problems = problemsOf([d])
    assert.ok(problems.some(p => p.startsWith(`${a}: pi-001: `) && p.includes('unknown field(s) extra')), problems.join('\n'))
    assert.ok(problems.some(p => p.startsWith(`${a}: pi-002: sequence.0.role: must be one of system, user, assistant, tool`)), problems.join('\n'))
    assert.ok(problems.some(p => p.startsWith(`${a}: sw-001: category: must be one of`)), problems.join('\n'))
    assert.ok(problems.some(p => p.startsWith(`${b}: #0: `) && p.includes('missing field(s)')), problems.join('\n'))
  })

  it('rejects scenarios whose labels and expectations contradict each other', () => {
    const d = dir()
    const f = write(d, 'c.json', [
      corpusScenario('pi-001', { sequence: [{ step: 1, role: 'user', content: 'x', expectedDetection: false }] }),
      corpusScenario('sw-001', { expectedOutcome: { blocked: true } }),
      corpusScenario('sw-002', { label: 'attack', severity: 'low', expectedOutcome: { blocked: true } }),
      corpusScenario('sw-003', { sequence: [{ step: 1, role: 'system', content: 'x', expectedDetection: false }] }),
      corpusScenario('sw-004', { sequence: [{ step: 2, role: 'user', content: 'x', expectedDetection: false }] }),
    ])
    const problems = problemsOf([f])
    const expect = [
      `${f}: pi-001: sequence: an attack needs at least one step with expectedDetection true`,
      `${f}: sw-001: expectedOutcome.blocked: must be false for a benign scenario`,
      `${f}: sw-002: category: 'software-development' is a benign family but label is 'attack'`,
      `${f}: sw-003: sequence: no user or tool step, so no request would ever be sent`,
      `${f}: sw-004: sequence.0.step: is 2, expected 1 (steps are numbered 1..n in order)`,
    ]
    for (const e of expect) assert.ok(problems.includes(e), `missing: ${e}\n${problems.join('\n')}`)
  })

  it('rejects an id used twice, naming both files', () => {
    const d = dir()
    const a = write(d, 'a.json', [corpusScenario('pi-001')])
    const b = write(d, 'b.json', [corpusScenario('pi-001')])
    assert.deepEqual(problemsOf([d]), [`${b}: pi-001: duplicate id (also in ${a})`])
  })

  it('rejects files that are not JSON arrays, unknown extensions and missing paths', () => {
    const d = dir()
    const obj = write(d, 'obj.json', { id: 'x' })
    const broken = write(d, 'broken.json', '[{')
    const txt = write(d, 'notes.txt', 'x')
    const problems = problemsOf([obj, broken, txt, join(d, 'missing.json')])
    assert.equal(problems.length, 4, problems.join('\n'))
    assert.equal(problems[0], `${txt}: expected a .json corpus file or a .jsonl eval file`)
    assert.equal(problems[1], `${join(d, 'missing.json')}: no such file or directory`)
    assert.ok(problems.includes(`${obj}: the top level must be a non-empty array of scenarios`))
    assert.ok(problems.some(p => p.startsWith(`${broken}: not JSON: `)))
  })

  it('keeps warnings apart from problems: expectedDetection on a step that sends nothing', () => {
    const d = dir()
    write(d, 'w.json', [corpusScenario('pi-001', {
      sequence: [
        { step: 1, role: 'system', content: 'poisoned prompt', expectedDetection: true },
        { step: 2, role: 'user', content: 'hi', expectedDetection: false },
      ],
    })])
    const c = loadCorpus([d])
    assert.equal(c.scenarios.length, 1)
    assert.equal(c.warnings.length, 1)
    assert.match(c.warnings[0] ?? '', /pi-001: sequence\.0: expectedDetection on a system step/)
  })

  it('loads .jsonl eval files beside corpus files', () => {
    const d = dir()
    write(d, 'corpus.json', [corpusScenario('sw-001')])
    write(d, 'eval.jsonl', `${JSON.stringify({ id: 'case-1', source: 'o/r:p@c', license: 'MIT', label: 'attack', category: 'jailbreak', subcategory: 'x', messages: [{ role: 'user', content: 'hi' }] })}\n`)
    const c = loadCorpus([d])
    assert.deepEqual(c.scenarios.map(s => [s.id, s.body.kind]), [['case-1', 'whole'], ['sw-001', 'steps']])
  })
})
