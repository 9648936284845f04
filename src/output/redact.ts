import { placeholderOf, type LocatedFinding } from './types.js'

const JSON_UNSAFE = /["\\]/

/**
 * Inside tool-call arguments (JSON text) a redaction must not swallow a quote or an
 * escape, or the arguments stop parsing: the span is trimmed to its longest run free of
 * them, which is where a value inside a JSON string sits.
 */
function jsonSafe (text: string, start: number, end: number): [number, number] {
  const slice = text.slice(start, end)
  if (!JSON_UNSAFE.test(slice)) return [start, end]
  let best: [number, number] = [start, start]
  let runStart = start
  for (let i = start; i <= end; i++) {
    if (i === end || JSON_UNSAFE.test(text[i] as string)) {
      if (i - runStart > best[1] - best[0]) best = [runStart, i]
      runStart = i + 1
    }
  }
  return best
}

/**
 * Replaces every span of a `redact` finding with its typed placeholder. Overlapping spans
 * merge (the earliest finding names the placeholder), so the output never keeps a piece
 * of a value that two policies matched differently.
 */
export function applyRedactions (text: string, findings: readonly LocatedFinding[], json: boolean): string {
  const spans: { start: number, end: number, kind: string }[] = []
  for (const f of findings) {
    if (f.action !== 'redact') continue
    const [start, end] = json ? jsonSafe(text, f.start, f.end) : [f.start, f.end]
    if (end > start) spans.push({ start, end, kind: f.kind })
  }
  if (spans.length === 0) return text
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  let out = ''
  let at = 0
  let open: { start: number, end: number, kind: string } | null = null
  for (const s of spans) {
    if (open !== null && s.start < open.end) {
      if (s.end > open.end) open.end = s.end
      continue
    }
    if (open !== null) {
      out += text.slice(at, open.start) + placeholderOf(open.kind)
      at = open.end
    }
    open = { ...s }
  }
  if (open !== null) out += text.slice(at, open.start) + placeholderOf(open.kind)
  return out + text.slice(open === null ? at : open.end)
}
