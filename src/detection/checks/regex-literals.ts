import { isCjk } from '../normalize/cjk.js'

/**
 * The literals a regular expression cannot match without: a set of strings such that
 * every match contains at least one of them, ASCII letters lower-cased. Used to skip
 * running a regex over a text that holds none of them (checks/literal-gate.ts).
 *
 * Conservative by construction: anything this parser does not understand (a flag, a
 * group syntax, a class wider than a few characters, a non-ASCII letter whose case the
 * i flag would fold) counts as "could be anything", which only ever removes literals from
 * the answer, and a set that would be useless (no set, or one with an ASCII literal
 * shorter than MIN_LITERAL) is null. Non-ASCII characters are kept as they are (under
 * the i flag only caseless scripts: CJK, kana, Hangul).
 *
 * The method is the one trigram indexes use for regex search: for each part of the
 * pattern, the exact set of strings it matches when small, and otherwise a set one of
 * which every match contains; concatenation multiplies exact sets until they grow too
 * big, alternation unions, an optional part contributes nothing.
 */

/** Literals shorter than this are in nearly every text: a gate on them costs more than it saves. */
const MIN_LITERAL = 3
/** Kept literals are cut to their first characters: any part of a required string is required. */
const MAX_LITERAL = 10
/** Largest exact set carried through a concatenation or an alternation. */
const MAX_EXACT = 64
/** Largest required set returned. */
const MAX_REQUIRED = 160
/** Widest character class treated as a set of single characters. */
const MAX_CLASS = 4

type Strings = ReadonlySet<string>

interface Info {
  /** Every string the part can match, when that set is small and known; else null. */
  readonly exact: Strings | null
  /** One of these is inside every match of the part; null when unknown. */
  readonly req: Strings | null
}

const ANY: Info = { exact: null, req: null }
const EMPTY: Info = { exact: new Set(['']), req: null }

class Unsupported extends Error {}

export function requiredLiterals (re: RegExp): readonly string[] | null {
  // The v flag has its own class syntax (nested classes, set operations).
  if (re.flags.includes('v')) return null
  let info: Info
  try {
    const p = new Parser(re.source, re.flags.includes('u'), re.flags.includes('i'))
    info = p.disjunction()
    if (!p.done()) return null
  } catch (err) {
    if (err instanceof Unsupported) return null
    throw err
  }
  const set = requirementOf(info)
  if (set === null || set.size > MAX_REQUIRED) return null
  for (const s of set) if (weight(s) < MIN_LITERAL) return null
  return minimal(minimal(set).map(s => s.slice(0, MAX_LITERAL)))
}

/** A literal that contains another is present only where that one is: it adds nothing. */
function minimal (set: Iterable<string>): string[] {
  const kept: string[] = []
  for (const s of [...new Set(set)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    if (!kept.some(k => s.includes(k))) kept.push(s)
  }
  return kept.sort()
}

/** The exact set when it cannot be empty, else the required set. */
function requirementOf (info: Info): Strings | null {
  if (info.exact !== null && !info.exact.has('')) return info.exact
  return info.req
}

/** Longer literals are rarer, and fewer are cheaper to check; too short is worthless. */
function quality (set: Strings): number {
  let min = Infinity
  for (const s of set) min = Math.min(min, weight(s))
  return min < MIN_LITERAL ? -Infinity : min * 2 - Math.log2(set.size)
}

/** Length, counting a literal with a non-ASCII character as long: most texts have none. */
function weight (s: string): number {
  return hasNonAscii(s) ? s.length + MIN_LITERAL : s.length
}

export function hasNonAscii (s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return true
  return false
}

function better (a: Strings | null, b: Strings | null): Strings | null {
  if (a === null || a.has('')) return b === null || b.has('') ? null : b
  if (b === null || b.has('')) return a
  return quality(b) > quality(a) ? b : a
}

function cross (a: Strings, b: Strings): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null
  const out = new Set<string>()
  for (const x of a) for (const y of b) out.add(x + y)
  return out
}

function concat (parts: readonly Info[]): Info {
  let run: Strings = EMPTY.exact as Strings
  let exact = true
  let best: Strings | null = null
  for (const p of parts) {
    if (p.exact !== null) {
      const joined = cross(run, p.exact)
      if (joined !== null) {
        run = joined
        continue
      }
      // Too many combinations: what the run holds so far is required on its own.
      best = better(best, run)
      run = p.exact
      exact = false
      continue
    }
    best = better(better(best, run), p.req)
    run = EMPTY.exact as Strings
    exact = false
  }
  best = better(best, run)
  return { exact: exact ? run : null, req: best }
}

function alternation (branches: readonly Info[]): Info {
  if (branches.length === 1) return branches[0] as Info
  let exact: Set<string> | null = new Set()
  let req: Set<string> | null = new Set()
  for (const b of branches) {
    if (exact !== null && b.exact !== null && exact.size + b.exact.size <= MAX_EXACT) for (const s of b.exact) exact.add(s)
    else exact = null
    const r = requirementOf(b)
    if (req !== null && r !== null && req.size + r.size <= MAX_REQUIRED) for (const s of r) req.add(s)
    else req = null
  }
  return { exact, req }
}

function repeat (atom: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return atom
  if (min === 0) {
    if (max === 1 && atom.exact !== null) return { exact: new Set([...atom.exact, '']), req: null }
    return ANY
  }
  return { exact: null, req: requirementOf(atom) }
}

function charInfo (code: number, ignoreCase: boolean): Info {
  if (code < 0x80) return { exact: new Set([String.fromCharCode(code).toLowerCase()]), req: null }
  // Astral characters and lone surrogates: not tracked. Under the i flag a cased letter
  // also matches its other cases (and, with u, characters that fold to it).
  if (code > 0xffff || (code >= 0xd800 && code <= 0xdfff) || (ignoreCase && !isCaseless(code))) return ANY
  return { exact: new Set([String.fromCharCode(code)]), req: null }
}

/** CJK (with its radicals, symbols and bopomofo), kana and Hangul: no case, so nothing else folds to them. */
function isCaseless (code: number): boolean {
  return isCjk(code) || (code >= 0x2e80 && code <= 0x9fff)
}

class Parser {
  private i = 0
  constructor (private readonly src: string, private readonly unicode: boolean, private readonly ignoreCase: boolean) {}

  private char (code: number): Info {
    return charInfo(code, this.ignoreCase)
  }

  done (): boolean { return this.i >= this.src.length }

  private peek (k = 0): string { return this.src[this.i + k] ?? '' }

  disjunction (): Info {
    const branches = [this.alternative()]
    while (this.peek() === '|') {
      this.i++
      branches.push(this.alternative())
    }
    return alternation(branches)
  }

  private alternative (): Info {
    const parts: Info[] = []
    while (!this.done() && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.term()
      parts.push(this.quantified(atom))
    }
    return concat(parts)
  }

  private quantified (atom: Info): Info {
    const c = this.peek()
    let min: number
    let max: number
    if (c === '*') { min = 0; max = Infinity; this.i++ } else if (c === '+') { min = 1; max = Infinity; this.i++ } else if (c === '?') { min = 0; max = 1; this.i++ } else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i))
      if (m === null) {
        if (this.unicode) throw new Unsupported('brace')
        return atom
      }
      min = Number(m[1])
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])
      this.i += m[0].length
    } else return atom
    if (this.peek() === '?') this.i++
    return repeat(atom, min, max)
  }

  private term (): Info {
    const c = this.peek()
    if (c === '^' || c === '$') { this.i++; return EMPTY }
    if (c === '.') { this.i++; return ANY }
    if (c === '(') return this.group()
    if (c === '[') return this.charClass()
    if (c === '\\') return this.escape()
    if (c === '*' || c === '+' || c === '?' || c === ')' || (c === '{' && this.unicode)) throw new Unsupported(`unexpected ${c}`)
    const code = this.src.codePointAt(this.i) as number
    this.i += code > 0xffff ? 2 : 1
    return this.char(code)
  }

  private group (): Info {
    this.i++
    let zeroWidth = false
    if (this.peek() === '?') {
      const rest = this.src.slice(this.i, this.i + 3)
      if (rest.startsWith('?:')) this.i += 2
      else if (rest.startsWith('?=') || rest.startsWith('?!')) { this.i += 2; zeroWidth = true } else if (rest === '?<=' || rest === '?<!') { this.i += 3; zeroWidth = true } else if (rest.startsWith('?<')) {
        const end = this.src.indexOf('>', this.i)
        if (end < 0) throw new Unsupported('group name')
        this.i = end + 1
      } else throw new Unsupported(`group ${rest}`)
    }
    const inner = this.disjunction()
    if (this.peek() !== ')') throw new Unsupported('unclosed group')
    this.i++
    // A lookaround constrains the text around the match, not the match itself.
    return zeroWidth ? EMPTY : inner
  }

  private escape (): Info {
    this.i++
    const c = this.peek()
    this.i++
    switch (c) {
      case 'b': case 'B': return EMPTY
      case 'd': case 'D': case 'w': case 'W': case 's': case 'S': return ANY
      case 'p': case 'P':
        if (this.unicode) this.skipBraces()
        return this.unicode ? ANY : this.char(c.charCodeAt(0))
      case 'n': return this.char(0x0a)
      case 'r': return this.char(0x0d)
      case 't': return this.char(0x09)
      case 'v': return this.char(0x0b)
      case 'f': return this.char(0x0c)
      case 'x': return this.char(this.hex(2))
      case 'u': return this.char(this.unicodeEscape())
      case 'k': case 'c': throw new Unsupported(`\\${c}`)
      case '0': return this.char(0)
      default:
        // Back-references match what a group matched: anything, possibly nothing.
        if (c >= '1' && c <= '9') {
          while (/[0-9]/.test(this.peek())) this.i++
          return ANY
        }
        if (c === '') throw new Unsupported('trailing backslash')
        return this.char(c.charCodeAt(0))
    }
  }

  private skipBraces (): void {
    if (this.peek() !== '{') throw new Unsupported('\\p without braces')
    const end = this.src.indexOf('}', this.i)
    if (end < 0) throw new Unsupported('unclosed \\p')
    this.i = end + 1
  }

  private hex (n: number): number {
    const h = this.src.slice(this.i, this.i + n)
    const v = h.length === n ? Number.parseInt(h, 16) : NaN
    if (Number.isNaN(v) || v.toString(16).padStart(n, '0') !== h.toLowerCase()) throw new Unsupported('hex escape')
    this.i += n
    return v
  }

  private unicodeEscape (): number {
    if (this.peek() === '{') {
      const end = this.src.indexOf('}', this.i)
      if (end < 0 || !this.unicode) throw new Unsupported('\\u{')
      const v = parseInt(this.src.slice(this.i + 1, end), 16)
      this.i = end + 1
      return v
    }
    return this.hex(4)
  }

  /** A class of a few ASCII characters is a set of one-character strings; anything wider is ANY. */
  private charClass (): Info {
    this.i++
    let negated = false
    if (this.peek() === '^') { negated = true; this.i++ }
    const members = new Set<string>()
    let wide = false
    // In JS `[]` is an empty class: a leading `]` closes it.
    while (this.peek() !== ']') {
      if (this.done()) throw new Unsupported('unclosed class')
      const lo = this.classAtom()
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.i++
        const hi = this.classAtom()
        if (lo === null || hi === null || hi - lo >= MAX_CLASS) wide = true
        else for (let k = lo; k <= hi; k++) addMember(members, k)
        continue
      }
      if (lo === null) wide = true
      else addMember(members, lo)
    }
    this.i++
    if (negated || wide || members.has('\u0080') || members.size > MAX_CLASS || members.size === 0) return ANY
    return { exact: members, req: null }
  }

  /** One class member's code, or null for a class escape (\d, \w, \p{…}). */
  private classAtom (): number | null {
    const c = this.peek()
    if (c !== '\\') {
      const code = this.src.codePointAt(this.i) as number
      this.i += code > 0xffff ? 2 : 1
      return code
    }
    this.i++
    const e = this.peek()
    this.i++
    switch (e) {
      case 'd': case 'D': case 'w': case 'W': case 's': case 'S': return null
      case 'p': case 'P':
        if (!this.unicode) return e.charCodeAt(0)
        this.skipBraces()
        return null
      case 'n': return 0x0a
      case 'r': return 0x0d
      case 't': return 0x09
      case 'v': return 0x0b
      case 'f': return 0x0c
      case 'b': return 0x08
      case '0': return 0
      case 'x': return this.hex(2)
      case 'u': return this.unicodeEscape()
      case 'c': throw new Unsupported('\\c in class')
      default: return e.charCodeAt(0)
    }
  }
}

/** Non-ASCII members make the class unusable: they are marked with \u0080. */
function addMember (members: Set<string>, code: number): void {
  members.add(code >= 0x80 ? '\u0080' : String.fromCharCode(code).toLowerCase())
}
