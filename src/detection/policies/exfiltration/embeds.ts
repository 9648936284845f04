import { matchesIn } from '../../checks/scan.js'
import type { Segment } from '../../types.js'

/** A URL the client would fetch or show as a link: markdown image/link, HTML tag attribute. */
export interface Embed {
  readonly kind: 'image' | 'link'
  readonly url: string
  /** Offsets of the whole construct in the segment text. */
  readonly start: number
  readonly end: number
}

// ![alt](url "title"), [text](url), [ref]: url, <img src=…>. The alt/text part is a
// bounded run without ']' or newline; the URL part a bounded run without whitespace.
const MD_IMAGE = /!\[[^\]\n]{0,300}\]\(\s{0,3}<?([^\s)>]{1,2048}(?:\)[^\s)>]{0,200})?)/g
const MD_LINK = /(?<!!)\[[^\]\n]{0,300}\]\(\s{0,3}<?([^\s)>]{1,2048})/g
const MD_REF = /^\s{0,3}\[[^\]\n]{1,100}\]:\s{1,3}<?(\S{1,2048})/gm
const HTML_SRC = /<(img|image|iframe|script|source|video|audio|embed|object|input|link|a|body|table|td)\b[^<>]{0,300}?\b(src|href|data|background|poster|srcset)\s{0,2}=\s{0,2}["']?([^\s"'>]{1,2048})/gi
const CSS_URL = /\burl\(\s{0,2}["']?(https?:\/\/[^\s"')]{1,2048})/gi

const IMAGE_TAGS = new Set(['img', 'image', 'iframe', 'script', 'source', 'video', 'audio', 'embed', 'object', 'input', 'body', 'table', 'td'])

/**
 * Every fetchable or clickable URL in a segment. Images (and other auto-loaded
 * resources) are fetched by the client without a click, which is what makes them
 * zero-interaction exfiltration channels; links need a click.
 */
export function embedsIn (seg: Segment): Embed[] {
  const out: Embed[] = []
  const t = seg.text
  if (t.includes('](')) {
    for (const m of matchesIn(MD_IMAGE, t)) out.push({ kind: 'image', url: m[1] ?? '', start: m.index, end: m.index + m[0].length })
    for (const m of matchesIn(MD_LINK, t)) out.push({ kind: 'link', url: m[1] ?? '', start: m.index, end: m.index + m[0].length })
  }
  if (t.includes(']:')) {
    for (const m of matchesIn(MD_REF, t)) out.push({ kind: 'link', url: m[1] ?? '', start: m.index, end: m.index + m[0].length })
  }
  if (t.includes('<')) {
    for (const m of matchesIn(HTML_SRC, t)) {
      const tag = (m[1] ?? '').toLowerCase()
      const attr = (m[2] ?? '').toLowerCase()
      const kind = IMAGE_TAGS.has(tag) || (tag === 'link' && attr === 'href') ? 'image' : 'link'
      out.push({ kind, url: m[3] ?? '', start: m.index, end: m.index + m[0].length })
    }
  }
  if (t.includes('url(')) {
    for (const m of matchesIn(CSS_URL, t)) out.push({ kind: 'image', url: m[1] ?? '', start: m.index, end: m.index + m[0].length })
  }
  return out
}
