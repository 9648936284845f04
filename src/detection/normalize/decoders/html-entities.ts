import { T_AMPERSAND } from '../traits.js'
import type { Decoder } from './types.js'

// HTML character references: the common named ones, &#NNN; and &#xHH;. A single "&amp;"
// is ordinary escaped HTML, so the text is decoded only when it holds two or more.
// The regex alternatives start with different characters and every repetition is
// bounded, so it runs in linear time.

const ENTITY = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,15}));?/g

const NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', ' '], ['tab', '\t'],
  ['newline', '\n'], ['colon', ':'], ['sol', '/'], ['bsol', '\\'], ['lpar', '('], ['rpar', ')'], ['comma', ','],
  ['period', '.'], ['excl', '!'], ['quest', '?'], ['num', '#'], ['dollar', '$'], ['percnt', '%'], ['ast', '*'],
  ['plus', '+'], ['equals', '='], ['lsqb', '['], ['rsqb', ']'], ['lcub', '{'], ['rcub', '}'], ['semi', ';'],
  ['commat', '@'], ['grave', '`'], ['hat', '^'], ['lowbar', '_'], ['verbar', '|'], ['vert', '|'], ['hyphen', '-'],
  ['copy', '©'], ['reg', '®'], ['hellip', '…'], ['mdash', '—'], ['ndash', '–'], ['lsquo', '‘'], ['rsquo', '’'],
  ['ldquo', '“'], ['rdquo', '”'], ['laquo', '«'], ['raquo', '»'], ['shy', '\u00ad'], ['zwj', '\u200d'],
  ['zwnj', '\u200c'], ['lrm', '\u200e'], ['rlm', '\u200f'], ['NewLine', '\n'], ['Tab', '\t'],
])

const MIN_ENTITIES = 2

function valueOf (dec: string | undefined, hex: string | undefined, name: string | undefined): string | null {
  if (name !== undefined) return NAMED.get(name) ?? NAMED.get(name.toLowerCase()) ?? null
  const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex as string, 16)
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null
  return String.fromCodePoint(cp)
}

export const htmlEntities: Decoder = {
  needs: T_AMPERSAND,
  find (text, _lower, _ctx, out) {
    let count = 0
    let first = -1
    let last = -1
    for (const m of text.matchAll(ENTITY)) {
      if (valueOf(m[1], m[2], m[3]) === null) continue
      count++
      if (first < 0) first = m.index
      last = m.index + m[0].length
    }
    if (count < MIN_ENTITIES) return
    // String.prototype.replace with a global regex starts at 0 and resets lastIndex itself.
    const decoded = text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => valueOf(dec, hex, name) ?? whole)
    out.push({ encoding: 'html', text: decoded, start: first, end: last })
  },
}
