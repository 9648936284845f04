/**
 * Derives hostile inputs for one regular expression from its own pattern: the characters
 * its classes and literals accept, the literal words it looks for, and the shapes that
 * make backtracking engines blow up (long runs of one accepted character, alternating
 * pairs, a literal word pumped many times, whitespace runs), each ending in a near miss
 * so no match ends the scan early.
 */

/** A repeatable unit: the input of size n is `prefix + unit…unit (cut to n) + suffix`. */
export interface Pump {
  readonly label: string
  readonly prefix: string
  readonly unit: string
  readonly suffix: string
}

export function pumpInput (p: Pump, size: number): string {
  const body = p.unit.repeat(Math.ceil(size / p.unit.length)).slice(0, size)
  return p.prefix + body + p.suffix
}

const MAX_CHARS = 14
const MAX_PIECES = 8
const MAX_PAIRS = 10

/** Characters tried against negated classes and as near misses. */
const PROBES = [' ', 'a', 'A', '0', '.', '-', '_', '\n', '\t', '/', '"', '\'', ')', '(', '<', '>', '@', ':', '=', ',', ';', '#', '*', 'é', 'ж', '\u3042', '!']

interface Parsed {
  /** Characters the pattern accepts somewhere, most specific first. */
  readonly chars: string[]
  /** Literal runs of two or more characters (words of alternations, keywords). */
  readonly pieces: string[]
}

/** Reads the pattern once: escapes, classes and literal runs. Not a full parser: it only needs samples. */
export function parsePattern (source: string, flags: string): Parsed {
  const chars = new Set<string>()
  const pieces = new Set<string>()
  let run = ''
  const endRun = (): void => { if (run.length >= 2) pieces.add(run); run = '' }
  const unicode = flags.includes('u') || flags.includes('v')
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i)
    if (c === '\\') {
      const { samples, literal, length } = escapeAt(source, i)
      i += length - 1
      for (const s of samples) chars.add(s)
      if (literal !== null) run += literal
      else endRun()
      continue
    }
    if (c === '[') {
      const close = classEnd(source, i)
      const body = source.slice(i + 1, close)
      for (const s of classSamples(body, unicode)) chars.add(s)
      i = close
      endRun()
      continue
    }
    if (c === '(') {
      endRun()
      // Skip the group's own syntax: (?: (?= (?! (?<= (?<! (?<name>
      if (source.charAt(i + 1) === '?') {
        const m = /^\(\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i))
        if (m !== null) i += m[0].length - 1
      }
      continue
    }
    if (c === '{') {
      const m = /^\{\d+(?:,\d*)?\}/.exec(source.slice(i))
      if (m !== null) { run = run.slice(0, -1); endRun(); i += m[0].length - 1; continue }
    }
    if ('?*+'.includes(c)) { run = run.slice(0, -1); endRun(); continue }
    if (')|^$'.includes(c)) { endRun(); continue }
    if (c === '.') { chars.add('a'); chars.add(' '); endRun(); continue }
    chars.add(c)
    run += c
  }
  endRun()
  return { chars: [...chars].slice(0, 64), pieces: [...pieces] }
}

function escapeAt (s: string, i: number): { samples: string[], literal: string | null, length: number } {
  const n = s.charAt(i + 1)
  switch (n) {
    case 'd': return { samples: ['0', '9'], literal: null, length: 2 }
    case 'w': return { samples: ['a', 'Z', '0', '_'], literal: null, length: 2 }
    case 's': return { samples: [' ', '\n', '\t'], literal: null, length: 2 }
    case 'D': case 'W': case 'S': return { samples: ['!', '-'], literal: null, length: 2 }
    case 'b': case 'B': return { samples: [], literal: null, length: 2 }
    case 'n': return { samples: ['\n'], literal: '\n', length: 2 }
    case 't': return { samples: ['\t'], literal: '\t', length: 2 }
    case 'r': return { samples: ['\r'], literal: '\r', length: 2 }
    case 'p': case 'P': {
      const close = s.indexOf('}', i)
      const name = s.slice(i + 3, close)
      const samples = n === 'P' ? ['!', ' '] : name.startsWith('L') ? ['a', 'é', 'ж'] : name.startsWith('N') ? ['1'] : name.startsWith('M') ? ['\u0301'] : ['a']
      return { samples, literal: null, length: close - i + 1 }
    }
    case 'u': {
      if (s.charAt(i + 2) === '{') {
        const close = s.indexOf('}', i)
        const ch = String.fromCodePoint(parseInt(s.slice(i + 3, close), 16))
        return { samples: [ch], literal: ch, length: close - i + 1 }
      }
      const ch = String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16))
      return { samples: [ch], literal: ch, length: 6 }
    }
    case 'x': {
      const ch = String.fromCharCode(parseInt(s.slice(i + 2, i + 4), 16))
      return { samples: [ch], literal: ch, length: 4 }
    }
    default:
      if (/[1-9]/.test(n)) return { samples: [], literal: null, length: 2 }
      if (n === 'k') return { samples: [], literal: null, length: s.indexOf('>', i) - i + 1 }
      return { samples: [n], literal: n, length: 2 }
  }
}

/** Index of the `]` closing the class opened at `open`. */
function classEnd (s: string, open: number): number {
  let i = open + 1
  if (s.charAt(i) === '^') i++
  if (s.charAt(i) === ']') i++
  for (; i < s.length; i++) {
    const c = s.charAt(i)
    if (c === '\\') i++
    else if (c === ']') return i
  }
  return s.length
}

/** A few characters the class accepts: the ends of each range, its literals, or for a negated class, probes it lets through. */
function classSamples (body: string, unicode: boolean): string[] {
  const re = new RegExp(`[${body}]`, unicode ? 'u' : '')
  if (body.startsWith('^')) return PROBES.filter(p => re.test(p)).slice(0, 4)
  const out: string[] = []
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i)
    if (c === '\\') {
      const e = escapeAt(body, i)
      out.push(...e.samples)
      i += e.length - 1
    } else {
      out.push(c)
    }
  }
  return out.filter(c => c !== '-' || re.test('-')).filter(c => re.test(c)).slice(0, 6)
}

/** The pumps for one pattern, most telling first, capped so one regex costs a bounded number of runs. */
export function pumpsFor (source: string, flags: string): Pump[] {
  const { chars, pieces } = parsePattern(source, flags)
  const alphabet = [...new Set([...chars, ' ', '\n', 'a', '0'])].slice(0, MAX_CHARS)
  const misses = PROBES.filter(p => !chars.includes(p))
  const miss = misses[misses.length - 1] ?? '!'
  const words = [...pieces].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, MAX_PIECES)
  const out: Pump[] = []
  const add = (label: string, prefix: string, unit: string, suffix = miss): void => {
    if (unit.length > 0) out.push({ label, prefix, unit, suffix })
  }
  for (const c of alphabet) add(`run of ${JSON.stringify(c)}`, '', c)
  let pairs = 0
  for (const a of alphabet) {
    for (const b of alphabet) {
      if (a >= b || pairs >= MAX_PAIRS) continue
      add(`alternating ${JSON.stringify(a + b)}`, '', a + b)
      pairs++
    }
  }
  for (const w of words) {
    add(`repeated ${JSON.stringify(w)}`, '', w)
    add(`repeated ${JSON.stringify(w + ' ')}`, '', w + ' ')
    add(`${JSON.stringify(w)} then run of ${JSON.stringify(alphabet[0])}`, w, alphabet[0] ?? 'a')
  }
  add('whitespace run', '', ' \t')
  add('newline run', '', '\n ')
  return out
}
