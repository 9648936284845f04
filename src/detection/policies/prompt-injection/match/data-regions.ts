import { memoSlot } from '../../../segment-memo.js'
import type { Segment } from '../../../types.js'
import { foldedOf, firstMatch } from './text.js'

/**
 * Where embedded data starts in a segment: the part the model is meant to read, not
 * obey. Tool results and retrieved documents are data throughout. In a user turn, data
 * starts at the first of: markup (HTML tables, comments, tags), a long quoted passage,
 * a separator line, a code fence, or the line after a task intro ending in a colon
 * ("Summarize this article:", "given this table:").
 *
 * The cost of a loose boundary is small: in-data scoring only raises signals that are
 * already unusual (text addressing the model, planted facts); ordinary prose after a
 * colon contains none of them.
 */
export interface DataRegion {
  /** Offset in the segment where data starts; the region runs to the end. */
  readonly start: number
  readonly kind: 'tool' | 'system' | 'retrieved' | 'markup' | 'quoted' | 'separator' | 'fence' | 'intro' | 'app'
}

const RETRIEVED_G = /<retrieved|<documents?>|<context>|<search_results|retrieved (?:knowledge|documents?|articles?|policy|context|excerpts?|faq|entries)|(?:knowledge base|kb) articles?|(?:search|web) results?\s{0,2}:|\[kb-\d|(?:faq|policy|document) (?:entries|excerpts)\s{0,2}:|use these (?:retrieved|documents|excerpts|faq)|(?:^|\n)[ \t]{0,3}\[(?:passage|document|doc|source|context|snippet|chunk|excerpt|retrieved)(?:[ #_-]?\d{1,3})?\]/g
// An operator's prompt that declares what follows to be a document from elsewhere ("Here is
// the content of the email:", "Below is the text of the article:") pastes third-party data,
// as a retrieval marker does.
const DECLARED_G = new RegExp(String.raw`(?:(?:here (?:is|are)|below (?:is|are)|following (?:is|are)|this is) the (?:(?:full|complete|raw|original|entire) )?(?:(?:content|contents|text|body|context) of (?:the|this|a|an) )?|(?:in|from|on|of|using|based on) the (?:following|below|attached) )(?:[\p{L}-]{2,20} ){0,3}?(?:e-?mails?|mail|news|articles?|web ?pages?|website|documents?|papers?|abstract|form|table|files?|messages?|posts?|reviews?|transcripts?|reports?|letters?|tickets?|threads?|search results|answers?|comments?|snippets?|excerpts?|passages?)[ \t]{0,3}[:：][ \t]{0,3}\n?`, 'gu')
const MARKUP_G = /<(?:html|head|body|table|tr|td|th|div|p|span|img|caption|section|article|iframe|meta|a|ul|li|h[1-6])\b[^<>\n]{0,200}>|<!--/g
const SEPARATOR_G = /\n[ \t]{0,4}(?:[-=_*#~]{3,80}|(?:-{3,40}[ \t]*\|[ \t]*){1,4}-{3,40})[ \t]{0,4}(?=\n|$)/g
const FENCE_G = /```|"""|'''/g
const INTRO_G = /[:：][ \t]{0,3}(?:\n|["'「<])/g
// A task intro ending in a colon on the same line: "Summarize this article: …".
const INTRO_TASK = /(?:summari[sz]e|translate|analy[sz]e|review|assess|evaluate|classify|extract|proofread|rewrite|paraphrase|check|answer|highlights?|points|based on|given|from|following|below|attached|email|article|document|page|text|resume|cv|report|message|reviews?|comments?|transcript|content|data|table|snippet|passage|paper|post|tickets?|notes?|sentences?|paragraphs?|tweets?)[^:：\n]{0,60}[:：][ \t]{0,3}(?=\S)/g
const QUOTE_OPEN = /(?:^|[\s:：(])["'「“]/g
const MIN_QUOTED = 40
const INTRO_LIMIT = 600

// Several scans of one policy ask for the same segment's region: found once, kept with it.
const REGION = memoSlot<DataRegion | null>()

// A substring of every RETRIEVED_G match, checked first: the regex is a scan of the
// whole segment, which ordinary user turns should not pay for.
const RETRIEVED_KEYS = ['retriev', '<document', '<context', '<search', 'knowledge base', 'kb article', '[kb-', 'result', 'entries', 'excerpts', 'use these', '[passage', '[doc', '[source', '[context', '[snippet', '[chunk', '[excerpt']

export function dataRegionOf (seg: Segment): DataRegion | null {
  const kept = REGION.get(seg)
  return kept !== undefined ? kept : REGION.set(seg, regionOf(seg))
}

function regionOf (seg: Segment): DataRegion | null {
  if (seg.role === 'tool') return { start: 0, kind: 'tool' }
  if (seg.role === 'system' || seg.role === 'developer') {
    // RAG pipelines paste retrieved documents into the system prompt: from the marker on
    // it is third-party data, before it the operator's own instructions. Other data an
    // application pastes there (the current note, an email) starts where it would in a
    // user turn; the operator's own rules before it are not data.
    const retrieved = firstMatch(RETRIEVED_G, foldedOf(seg))
    if (retrieved !== null) return { start: retrieved.index, kind: 'retrieved' }
    const declared = firstMatch(DECLARED_G, foldedOf(seg))
    if (declared !== null) return { start: declared.index + declared[0].length, kind: 'retrieved' }
    const pasted = embeddedRegion(foldedOf(seg))
    return pasted === null ? null : { start: pasted.start, kind: 'system' }
  }
  if (seg.role === 'assistant') return null
  // The joined segment glues several user turns together: no single task intro applies.
  if (seg.encodings.includes('joined')) return null
  // Applications paste what retrieval found into the user turn as well ("[Passage] …"):
  // from the marker on it is third-party data, like a tool result.
  const f = foldedOf(seg)
  const retrieved = RETRIEVED_KEYS.some(k => f.includes(k)) ? firstMatch(RETRIEVED_G, f) : null
  const pasted = embeddedRegion(f)
  return retrieved !== null && (pasted === null || retrieved.index <= pasted.start) ? { start: retrieved.index, kind: 'retrieved' } : pasted
}

// Where pasted data starts in text someone wrote around it: markup, a separator, a code
// fence, a task intro ending in a colon, or a long quotation.
function embeddedRegion (f: string): DataRegion | null {
  let best: DataRegion | null = null
  const consider = (start: number, kind: DataRegion['kind']): void => {
    if (start >= 0 && start < f.length && (best === null || start < best.start)) best = { start, kind }
  }
  const markup = firstMatch(MARKUP_G, f)
  if (markup !== null) consider(markup.index, 'markup')
  const sep = firstMatch(SEPARATOR_G, f)
  if (sep !== null && sep.index > 8) consider(sep.index + sep[0].length, 'separator')
  const fence = firstMatch(FENCE_G, f)
  if (fence !== null) consider(fence.index + fence[0].length, 'fence')
  const intro = firstMatch(INTRO_G, f)
  if (intro !== null && intro.index < INTRO_LIMIT && f.length - intro.index > 20) consider(intro.index + 1, 'intro')
  const task = firstMatch(INTRO_TASK, f)
  if (task !== null && task.index < INTRO_LIMIT && f.length - task.index - task[0].length > 60) consider(task.index + task[0].length, 'intro')
  const quoted = firstLongQuote(f)
  if (quoted >= 0) consider(quoted, 'quoted')
  return best
}

// The first opening quote whose matching close is at least MIN_QUOTED characters later.
// Only the first few candidates are tried, so the scan stays linear.
function firstLongQuote (f: string): number {
  QUOTE_OPEN.lastIndex = 0
  let tries = 0
  let m: RegExpExecArray | null
  while (tries < 4 && (m = QUOTE_OPEN.exec(f)) !== null) {
    tries++
    const q = m[0].slice(-1)
    const close = q === '「' ? '」' : q === '“' ? '”' : q
    const open = m.index + m[0].length
    const end = f.lastIndexOf(close)
    if (end - open >= MIN_QUOTED) { QUOTE_OPEN.lastIndex = 0; return open }
  }
  QUOTE_OPEN.lastIndex = 0
  return -1
}

const MAX_COMMENTS = 8
const MAX_COMMENT_CHARS = 4000

/**
 * HTML comments in the folded text, as spans of their bodies. Each "-->" is searched
 * once from the current position and the scan stops at the first unclosed comment, so
 * hostile input with many "<!--" and no closer costs one pass.
 */
export function htmlComments (f: string): { start: number, end: number }[] {
  const out: { start: number, end: number }[] = []
  let from = 0
  while (out.length < MAX_COMMENTS) {
    const open = f.indexOf('<!--', from)
    if (open < 0) break
    const close = f.indexOf('-->', open + 4)
    if (close < 0) break
    if (close - open <= MAX_COMMENT_CHARS) out.push({ start: open + 4, end: close })
    from = close + 3
  }
  return out
}
