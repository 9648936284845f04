import { ENV_BINDINGS } from './env.js'
import { ConfigSchema } from './schema.js'

// Generates docs/configuration.md from the schema, so the reference cannot drift from the
// code: a test fails when the committed file differs from this output.

interface Node {
  type?: string
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
  if (n.type === 'array') return `${n.items === undefined ? 'unknown' : typeOf(n.items)}[]`
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
  for (const [section, node] of Object.entries(root.properties ?? {})) {
    lines.push(`## \`${section}\``, '', node.description ?? '', '', '| key | type | default | variable | description |', '|---|---|---|---|---|')
    for (const [key, field] of Object.entries(node.properties ?? {})) {
      const path = `${section}.${key}`
      lines.push(`| \`${path}\` | ${typeOf(field)} | \`${JSON.stringify(field.default)}\` | ${envOf(path)} | ${(field.description ?? '').replaceAll('|', '\\|')} |`)
    }
    lines.push('')
  }
  return lines.join('\n')
}
