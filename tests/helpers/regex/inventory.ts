import { readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { captureConstructed } from './capture.js'
import { regexSites, sourceFiles, type RegexSite } from './sites.js'

/** A distinct regex (source + flags) with every source line that writes or builds it. */
export interface InventoryEntry {
  readonly source: string
  readonly flags: string
  readonly where: readonly string[]
}

export interface Inventory {
  readonly entries: readonly InventoryEntry[]
  readonly literalSites: number
  readonly constructedSites: readonly RegexSite[]
  /** Constructed sites that produced no regex while the modules were loaded and the engine ran. */
  readonly unreached: readonly RegexSite[]
}

/**
 * Every regular expression of `src/`: literals straight from the parse tree, and the
 * ones built at run time captured by importing the detection modules (plus any other
 * module that builds one) and running the engine over a few requests.
 *
 * `root` is the repository; `builtSrc` the folder the compiled `src/` lives in.
 */
export async function regexInventory (root: string, builtSrc: string, exercise: () => Promise<void>): Promise<Inventory> {
  const sites = regexSites(root, sourceFiles(root, 'src'))
  const constructedSites = sites.filter(s => s.kind === 'constructed')
  const modules = new Set(builtModules(join(builtSrc, 'detection')))
  for (const s of constructedSites) modules.add(join(builtSrc, s.file.replace(/^src\//, '').replace(/\.ts$/, '.js')))
  const captured = await captureConstructed(join(root, 'src'), async () => {
    for (const m of [...modules].sort()) await import(pathToFileURL(m).href)
    await exercise()
  })

  const byKey = new Map<string, { source: string, flags: string, where: Set<string> }>()
  const add = (source: string, flags: string, where: string): void => {
    const key = `${flags}/${source}`
    const e = byKey.get(key) ?? { source, flags, where: new Set<string>() }
    e.where.add(where)
    byKey.set(key, e)
  }
  for (const s of sites) if (s.kind === 'literal') add(s.source, s.flags, `${s.file}:${s.line}`)
  const reached = new Set<string>()
  for (const c of captured) {
    const file = relative(root, c.file).split(sep).join('/')
    reached.add(`${file}:${c.line}`)
    add(c.source, c.flags, `${file}:${c.line}`)
  }
  return {
    entries: [...byKey.values()].map(e => ({ source: e.source, flags: e.flags, where: [...e.where].sort() })),
    literalSites: sites.length - constructedSites.length,
    constructedSites,
    unreached: constructedSites.filter(s => !reached.has(`${s.file}:${s.line}`)),
  }
}

function builtModules (dir: string): string[] {
  const out: string[] = []
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...builtModules(p))
    else if (e.name.endsWith('.js')) out.push(p)
  }
  return out
}
