import { ENV_BINDINGS } from './env.js'
import { ConfigSchema } from './schema.js'

// Generates docs/configuration.md from the schema, so the reference cannot drift from the
// code: a test fails when the committed file differs from this output.

interface Node {
  type?: string
  patternProperties?: Record<string, Node>
  description?: string
  default?: unknown
  properties?: Record<string, Node>
  anyOf?: Node[]
  const?: unknown
  minimum?: number
  maximum?: number
  items?: Node
}

function typeOf (n: Node): string {
  if (n.anyOf !== undefined) return n.anyOf.map(typeOf).join(' \\| ')
  if (n.const !== undefined) return JSON.stringify(n.const)
  if (n.type === 'array') return n.items?.anyOf !== undefined ? `(${typeOf(n.items)})[]` : `${n.items === undefined ? 'unknown' : typeOf(n.items)}[]`
  let t = n.type ?? 'object'
  if (n.minimum !== undefined || n.maximum !== undefined) t += ` (${n.minimum ?? ''}..${n.maximum ?? ''})`
  return t
}

function envOf (path: string): string {
  const names = Object.entries(ENV_BINDINGS).filter(([, b]) => b.path.join('.') === path).map(([n]) => `\`${n}\``)
  return names.length === 0 ? '' : names.join(', ')
}

export function configReference (): string {
  const lines: string[] = [
    '<!-- Generated from src/config/schema.ts by `npm run docs:config`. Do not edit by hand. -->',
    '# Configuration reference',
    '',
    'Configuration comes from a YAML or JSON file named by `INFERSHIELD_CONFIG`, overridden by',
    '`INFERSHIELD_*` variables, then defaults. Unknown keys and unknown `INFERSHIELD_*` variables',
    'are errors. At start every problem is reported with its path and the process exits non-zero;',
    '`infershield check-config FILE` runs the same checks on a file.',
    '',
  ]
  const root = ConfigSchema as unknown as Node
  const printed = new Map<string, string>()
  for (const [section, node] of Object.entries(root.properties ?? {})) {
    lines.push(`## \`${section}\``, '', node.description ?? '', '', '| key | type | default | variable | description |', '|---|---|---|---|---|')
    for (const [key, field] of Object.entries(node.properties ?? {})) {
      const path = `${section}.${key}`
      lines.push(`| \`${path}\` | ${typeOf(field)} | \`${JSON.stringify(field.default)}\` | ${envOf(path)} | ${(field.description ?? '').replaceAll('|', '\\|')} |`)
    }
    lines.push('')
    for (const [key, field] of Object.entries(node.properties ?? {})) nestedTables(`${section}.${key}`, key, field, lines, printed)
  }
  return lines.join('\n')
}

// What a name in a record stands for, in the headings of nested tables.
const PLACEHOLDERS: Readonly<Record<string, string>> = { policies: '<policy-id>', categories: '<category>', tenants: '<tenant>' }

/**
 * Objects inside records and lists (overrides, allowlist entries, labelled keys) get their
 * own table. A shape already shown is not repeated: a nested object names the table that
 * has its fields, and the records and lists inside a repeated shape are left out.
 */
function nestedTables (path: string, key: string, field: Node, lines: string[], printed: Map<string, string>): void {
  const inner: [string, Node][] = []
  if (field.patternProperties !== undefined) for (const n of Object.values(field.patternProperties)) inner.push([`${path}.${PLACEHOLDERS[key] ?? '<name>'}`, n])
  if (field.type === 'array' && field.items !== undefined) for (const n of field.items.anyOf ?? [field.items]) inner.push([`${path}[]`, n])
  if (field.properties !== undefined) inner.push([path, field])
  for (const [p, n] of inner) {
    if (n.properties === undefined) continue
    const shape = JSON.stringify(n.properties)
    const seen = printed.get(shape)
    if (seen !== undefined) {
      if (p === path && field.properties !== undefined) lines.push(`### \`${p}\``, '', `Same fields as \`${seen}\`.`, '')
      continue
    }
    printed.set(shape, p)
    lines.push(`### \`${p}\``, '', '| key | type | description |', '|---|---|---|')
    for (const [k, f] of Object.entries(n.properties)) lines.push(`| \`${k}\` | ${typeOf(f)} | ${(f.description ?? '').replaceAll('|', '\\|')} |`)
    lines.push('')
    for (const [k, f] of Object.entries(n.properties)) nestedTables(`${p}.${k}`, k, f, lines, printed)
  }
}
