// Coverage floors, checked after `npm test` has run the suite under c8
// (tests/coverage/check.ts). The request path is held to more than the rest: a line no
// test reaches there is a line no one has seen work. Branch floors keep a margin below
// what is measured (2026-11-27: 86–96% per area), since a few branches (a socket that
// fills up, a timer that fires first) are reached or not by timing.

export interface FileCoverage {
  /** Repository-relative path of the TypeScript source, e.g. src/front/server.ts. */
  readonly path: string
  readonly lines: { readonly covered: number, readonly total: number }
  readonly branches: { readonly covered: number, readonly total: number }
}

export interface Floor {
  readonly area: string
  /** Path prefixes the floor sums over. */
  readonly prefixes: readonly string[]
  readonly lines: number
  readonly branches: number
}

/** Percent floors: every source file together, and the request path area by area. */
export const FLOORS: readonly Floor[] = [
  { area: 'all of src/', prefixes: ['src/'], lines: 95, branches: 88 },
  ...['src/front/', 'src/detection/', 'src/session/', 'src/output/', 'src/upstream/', 'src/router/', 'src/worker/'].map(p => ({ area: p, prefixes: [p], lines: 95, branches: 80 })),
]

export interface AreaResult {
  readonly floor: Floor
  readonly files: number
  readonly lines: number
  readonly branches: number
  readonly ok: boolean
}

const pct = (covered: number, total: number): number => total === 0 ? 100 : (100 * covered) / total

/**
 * Sums every file under each floor's prefixes. Files with no code (type-only modules,
 * whose compiled JavaScript is empty) are left out by the caller: c8 counts their
 * TypeScript lines as unreached though nothing there can run.
 */
export function checkFloors (files: readonly FileCoverage[], floors: readonly Floor[] = FLOORS): AreaResult[] {
  return floors.map(floor => {
    const mine = files.filter(f => floor.prefixes.some(p => f.path.startsWith(p)))
    const sum = (k: 'lines' | 'branches', part: 'covered' | 'total'): number => mine.reduce((a, f) => a + f[k][part], 0)
    const lines = pct(sum('lines', 'covered'), sum('lines', 'total'))
    const branches = pct(sum('branches', 'covered'), sum('branches', 'total'))
    return { floor, files: mine.length, lines, branches, ok: mine.length > 0 && lines >= floor.lines && branches >= floor.branches }
  })
}

/** True when compiled JavaScript holds no statement: only comments, `export {};` and the source-map line. */
export function hasNoCode (compiled: string): boolean {
  const stripped = compiled
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/^\s*export\s*\{\s*\};?\s*$/gm, '')
  return stripped.trim() === ''
}
