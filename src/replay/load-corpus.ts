import { readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import { Compile } from 'typebox/compile'
import { scenarioRuleFindings } from './corpus-rules.js'
import { parseEvalLines } from './eval-cases.js'
import { Scenario } from './scenario-schema.js'
import { schemaProblems } from './schema-problems.js'
import type { ReplayScenario } from './types.js'

// Loads corpus files (.json: an array of scenarios) and eval sets (.jsonl: one case per
// line) from files or directories. Every problem in every file is collected, each named
// by file and scenario id, before failing: a corpus author fixes a file in one pass.

const check = Compile(Scenario)

export class CorpusError extends Error {
  override readonly name = 'CorpusError'
  constructor (readonly problems: readonly string[]) {
    super(`the corpus has ${problems.length} problem(s):\n${problems.map(p => `  - ${p}`).join('\n')}`)
  }
}

export interface LoadedCorpus {
  /** Sorted by id, so every later stage iterates in the same order. */
  readonly scenarios: readonly ReplayScenario[]
  readonly files: readonly string[]
  readonly warnings: readonly string[]
}

export function loadCorpus (inputs: readonly string[]): LoadedCorpus {
  const problems: string[] = []
  const warnings: string[] = []
  const files = inputs.flatMap(input => expand(input, problems))
  const scenarios: ReplayScenario[] = []
  for (const file of files) {
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (err) {
      problems.push(`${file}: cannot read: ${(err as Error).message}`)
      continue
    }
    const parsed = extname(file) === '.jsonl' ? parseEvalLines(text, file) : parseCorpusFile(text, file, warnings)
    scenarios.push(...parsed.scenarios)
    problems.push(...parsed.problems)
  }
  problems.push(...duplicateIds(scenarios))
  if (files.length > 0 && scenarios.length === 0 && problems.length === 0) problems.push(`no scenarios in ${inputs.join(', ')}`)
  if (problems.length > 0) throw new CorpusError(problems)
  scenarios.sort((a, b) => compareIds(a.id, b.id))
  return { scenarios, files, warnings }
}

/** Code-unit order, not locale order: the same on every machine. */
export function compareIds (a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function expand (input: string, problems: string[]): string[] {
  let isDir: boolean
  try {
    isDir = statSync(input).isDirectory()
  } catch (err) {
    problems.push(`${input}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (err as Error).message}`)
    return []
  }
  if (!isDir) {
    if (isCorpusName(input)) return [input]
    problems.push(`${input}: expected a .json corpus file or a .jsonl eval file`)
    return []
  }
  const found = readdirSync(input, { recursive: true, encoding: 'utf8' })
    .filter(rel => isCorpusName(rel) && !rel.split(/[\\/]/).some(part => part.startsWith('.')))
    .map(rel => join(input, rel))
    .filter(path => statSync(path).isFile())
    .sort(compareIds)
  if (found.length === 0) problems.push(`${input}: no .json or .jsonl files in this directory`)
  return found
}

function isCorpusName (name: string): boolean {
  const ext = extname(name)
  return ext === '.json' || ext === '.jsonl'
}

function parseCorpusFile (text: string, origin: string, warnings: string[]): { scenarios: ReplayScenario[], problems: string[] } {
  const problems: string[] = []
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    return { scenarios: [], problems: [`${origin}: not JSON: ${(err as Error).message}`] }
  }
  if (!Array.isArray(value) || value.length === 0) {
    return { scenarios: [], problems: [`${origin}: the top level must be a non-empty array of scenarios`] }
  }
  const scenarios: ReplayScenario[] = []
  value.forEach((item: unknown, index) => {
    const rawId = (item as { id?: unknown } | null)?.id
    const where = `${origin}: ${typeof rawId === 'string' && rawId !== '' ? rawId : `#${index}`}`
    if (!check.Check(item)) {
      for (const p of schemaProblems(check, item)) problems.push(`${where}: ${p}`)
      return
    }
    const s = item as Scenario
    const rules = scenarioRuleFindings(s)
    for (const p of rules.problems) problems.push(`${where}: ${p}`)
    for (const w of rules.warnings) warnings.push(`${where}: ${w}`)
    if (rules.problems.length === 0) scenarios.push(corpusScenario(s, origin))
  })
  return { scenarios, problems }
}

function corpusScenario (s: Scenario, origin: string): ReplayScenario {
  return {
    id: s.id,
    label: s.label,
    family: s.category,
    subcategory: null,
    severity: s.severity,
    tags: s.tags,
    origin,
    expectBlocked: s.expectedOutcome.blocked,
    body: { kind: 'steps', steps: s.sequence },
    ...(s.tools === undefined ? {} : { tools: s.tools }),
  }
}

function duplicateIds (scenarios: readonly ReplayScenario[]): string[] {
  const first = new Map<string, string>()
  const out: string[] = []
  for (const s of scenarios) {
    const seen = first.get(s.id)
    if (seen === undefined) first.set(s.id, s.origin)
    else out.push(`${s.origin}: ${s.id}: duplicate id (also in ${seen})`)
  }
  return out
}
