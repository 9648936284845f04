import Type from 'typebox'
import { Compile } from 'typebox/compile'
import { schemaProblems } from './schema-problems.js'
import type { ReplayScenario, WireMessage } from './types.js'

// The JSON Lines format of public evaluation sets: one case per line,
// {id, source, license, label, category, subcategory, messages}. A case is sent as one
// chat request holding all its messages, in a fresh session.

const EvalMessage = Type.Object({
  role: Type.Union(['system', 'developer', 'user', 'assistant', 'tool', 'function'].map(r => Type.Literal(r))),
  content: Type.Union([Type.String(), Type.Null(), Type.Array(Type.Unknown())]),
})

const EvalCase = Type.Object({
  id: Type.String({ minLength: 1 }),
  source: Type.Optional(Type.String()),
  license: Type.Optional(Type.String()),
  label: Type.Union([Type.Literal('attack'), Type.Literal('benign')]),
  category: Type.String({ minLength: 1 }),
  subcategory: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  messages: Type.Array(EvalMessage, { minItems: 1 }),
})

const check = Compile(EvalCase)

interface EvalCaseValue {
  id: string
  source?: string
  label: 'attack' | 'benign'
  category: string
  subcategory?: string | null
  messages: WireMessage[]
}

export interface ParsedLines {
  readonly scenarios: ReplayScenario[]
  readonly problems: string[]
}

/** Parses a whole .jsonl file; every bad line is reported with its line number, and parsing goes on. */
export function parseEvalLines (text: string, origin: string): ParsedLines {
  const scenarios: ReplayScenario[] = []
  const problems: string[] = []
  const lines = text.split('\n')
  lines.forEach((raw, i) => {
    const line = raw.trim()
    if (line === '') return
    const where = `${origin}:${i + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (err) {
      problems.push(`${where}: not JSON: ${(err as Error).message}`)
      return
    }
    if (!check.Check(value)) {
      const id = (value as { id?: unknown } | null)?.id
      const label = typeof id === 'string' && id !== '' ? `${where}: ${id}` : where
      for (const p of schemaProblems(check, value)) problems.push(`${label}: ${p}`)
      return
    }
    scenarios.push(evalCaseToScenario(value as EvalCaseValue, origin))
  })
  return { scenarios, problems }
}

/** The case's messages go out exactly as given, extra fields included. */
export function evalCaseToScenario (c: EvalCaseValue, origin: string): ReplayScenario {
  return {
    id: c.id,
    label: c.label,
    family: c.category,
    subcategory: typeof c.subcategory === 'string' && c.subcategory !== '' ? c.subcategory : null,
    severity: null,
    tags: c.source === undefined ? [] : [`source:${repositoryOf(c.source)}`],
    origin,
    expectBlocked: c.label === 'attack',
    body: { kind: 'whole', messages: c.messages },
  }
}

/** 'owner/repo:path@commit' → 'owner/repo', so figures can be grouped by source. */
function repositoryOf (source: string): string {
  const colon = source.indexOf(':')
  return colon === -1 ? source : source.slice(0, colon)
}
