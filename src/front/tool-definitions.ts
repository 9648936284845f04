// The text a model reads from a request's tool definitions. Providers render the whole
// definition into the model's context — name, description, and the parameter schema with
// its property names, descriptions, enum values, defaults and examples — so every string
// there is a place to hide instructions ("tool poisoning": a third-party tool whose
// description tells the model to read a key file into a parameter, or to change what
// another tool does). Detection reads them like any other untrusted text.

/** A tool definition from the request body, as text. */
export interface ToolDefinitionText {
  readonly field: 'tools' | 'functions'
  /** Position in that array. */
  readonly index: number
  readonly text: string
}

// Bounds on the walk: a definition is JSON the client chose, so its depth and size are
// the client's too. Past them the rest of a definition is not read (the body limit caps
// the total; the normalizer's caps then bound what is scanned).
const MAX_DEPTH = 32
const MAX_LINES = 4096

/** Keys whose string values are schema syntax, not text the model is meant to read as prose. */
const SYNTAX = new Set(['type', '$schema', '$ref', '$id', '$anchor', 'format', 'required', 'strict'])

/**
 * The text of each definition in `tools` (Chat Completions) and `functions` (the legacy
 * field), in request order; definitions with no text are left out. Each is one line per
 * string: a named object with a description as `name: description`, a property as
 * `property: description`, any other string (enum values, defaults, examples, titles) on
 * its own line.
 */
export function toolDefinitionTexts (body: Readonly<Record<string, unknown>>): ToolDefinitionText[] {
  const out: ToolDefinitionText[] = []
  for (const field of ['tools', 'functions'] as const) {
    const list = body[field]
    if (!Array.isArray(list)) continue
    list.forEach((tool: unknown, index) => {
      const lines: string[] = []
      walk(tool, lines, 0)
      if (lines.length > 0) out.push({ field, index, text: lines.join('\n') })
    })
  }
  return out
}

function walk (node: unknown, out: string[], depth: number): void {
  if (out.length >= MAX_LINES || depth > MAX_DEPTH) return
  if (typeof node === 'string') {
    push(out, node)
    return
  }
  if (Array.isArray(node)) {
    for (const v of node) walk(v, out, depth + 1)
    return
  }
  if (isRecord(node)) walkObject(node, out, depth, null)
}

/** `label` is the property name the object is the schema of; it heads the description's line. */
function walkObject (o: Readonly<Record<string, unknown>>, out: string[], depth: number, label: string | null): void {
  const name = typeof o.name === 'string' ? o.name : null
  const description = typeof o.description === 'string' ? o.description : null
  const head = label ?? name
  if (description !== null) push(out, head === null ? description : `${head}: ${description}`)
  else if (label !== null) push(out, label)
  for (const [key, value] of Object.entries(o)) {
    if (out.length >= MAX_LINES) return
    if (key === 'description' || (key === 'name' && label === null && description !== null) || SYNTAX.has(key)) continue
    if (key === 'properties' && isRecord(value)) {
      for (const [property, schema] of Object.entries(value)) {
        if (isRecord(schema) && depth + 1 <= MAX_DEPTH) walkObject(schema, out, depth + 1, property)
        else push(out, property)
      }
      continue
    }
    walk(value, out, depth + 1)
  }
}

function push (out: string[], s: string): void {
  if (out.length < MAX_LINES && s.trim() !== '') out.push(s)
}

function isRecord (v: unknown): v is Readonly<Record<string, unknown>> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}
