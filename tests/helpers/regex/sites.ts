import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import ts from 'typescript'

/** One place in the sources where a regular expression is written or constructed. */
export type RegexSite =
  | { readonly kind: 'literal', readonly file: string, readonly line: number, readonly source: string, readonly flags: string }
  | { readonly kind: 'constructed', readonly file: string, readonly line: number, readonly text: string }

/** Every `.ts` file under `dir`, as paths relative to `root` with forward slashes. */
export function sourceFiles (root: string, dir: string): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.name.endsWith('.ts')) out.push(relative(root, p).split(sep).join('/'))
    }
  }
  walk(join(root, dir))
  return out.sort()
}

/**
 * Finds regular expressions with the TypeScript parser rather than a text search, so a
 * `/` in a comment, a string or a division is never mistaken for one: every regex
 * literal, and every `new RegExp(…)` / `RegExp(…)` call (whose pattern only exists at run
 * time and must be captured by executing the module).
 */
export function regexSites (root: string, files: readonly string[]): RegexSite[] {
  const out: RegexSite[] = []
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true)
    const lineOf = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf)
        const end = text.lastIndexOf('/')
        out.push({ kind: 'literal', file, line: lineOf(node), source: text.slice(1, end), flags: text.slice(end + 1) })
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        out.push({ kind: 'constructed', file, line: lineOf(node), text: node.getText(sf).slice(0, 120) })
      }
      ts.forEachChild(node, visit)
    }
    visit(sf)
  }
  return out
}
