/** A regular expression built at run time, with the source line that built it. */
export interface CapturedRegex {
  readonly file: string
  readonly line: number
  readonly source: string
  readonly flags: string
}

/**
 * Runs `load` with the global RegExp constructor replaced by a subclass that records
 * every instance built from a module under `srcDir`, with its construction site mapped
 * back to the TypeScript line through the emitted source maps. Literals never call the
 * constructor; they are found statically (sites.ts).
 */
export async function captureConstructed (srcDir: string, load: () => Promise<void>): Promise<CapturedRegex[]> {
  process.setSourceMapsEnabled(true)
  const Original = globalThis.RegExp
  const seen = new Map<string, CapturedRegex>()
  // Source-mapped frames name the .ts file by path; unmapped ones by file URL.
  const frame = new Original(`(?:file://)?(${escape(srcDir)}[^\\s):]+\\.ts):(\\d+):\\d+`)
  const record = (re: RegExp): RegExp => {
    for (const l of (new Error().stack ?? '').split('\n').slice(2)) {
      const m = frame.exec(l)
      if (m === null) continue
      const c = { file: m[1] ?? '', line: Number(m[2]), source: re.source, flags: re.flags }
      seen.set(`${c.file}:${c.line}:${c.flags}:${c.source}`, c)
      break
    }
    return re
  }
  // A proxy, not a subclass: libraries call RegExp() without `new`, and instances must
  // stay plain RegExps (species, instanceof) so nothing else behaves differently.
  const tracking = new Proxy(Original, {
    construct: (target, args: [string | RegExp, string?]) => record(Reflect.construct(target, args) as RegExp),
    apply: (target, _this, args: [string | RegExp, string?]) => record(Reflect.apply(target, undefined, args) as RegExp),
  })
  globalThis.RegExp = tracking
  try {
    await load()
  } finally {
    globalThis.RegExp = Original
  }
  return [...seen.values()]
}

function escape (s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
