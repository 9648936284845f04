import { T_JSON_KEY } from '../traits.js'
import type { Decoder } from './types.js'

// The prose values of a JSON object in the text, unescaped and one per line. A payload
// put in {"note": "…"} is still an instruction, but read in place it sits behind a task
// intro ("Handle this ticket:") and its line breaks are "\n" escapes, so the policies
// take it for pasted data. This view is a disguise, not a hidden encoding (see
// DISGUISES): it is scored as text, not as something concealed.
//
// One pass over the text: strings are read with their escapes, and a string counts as a
// value when it follows ":" or sits in an array and is not itself a key. Only values that
// read as prose (a space inside, MIN_VALUE characters or more) are kept: ids, enums and
// URLs are not instructions. Rows of a labelled data set ({"label": "injection", "text":
// …}) are examples someone is studying, not a task: an object with a label key gives no
// view, and is judged as written.

export const JSON_VALUES = 'json'

const MIN_VALUE = 16
const MAX_VALUES = 64
const LABEL_KEYS: ReadonlySet<string> = new Set(['label', 'labels', 'class', 'category', 'classification', 'verdict', 'expected', 'expected_label', 'is_attack', 'is_injection', 'malicious', 'annotation', 'gold', 'target_label'])

export const jsonValues: Decoder = {
  needs: T_JSON_KEY,
  find (text, _lower, _ctx, out) {
    const values: string[] = []
    let first = -1
    let last = -1
    // The last significant character before the current position, outside strings.
    let prev = 0
    for (let i = 0; i < text.length && values.length < MAX_VALUES; i++) {
      const c = text.charCodeAt(i)
      if (c !== 0x22) {
        if (c > 0x20) prev = c
        continue
      }
      const [value, close] = readString(text, i + 1)
      // A stray quote in prose: nothing on the rest of its line closes it.
      if (close < 0) { prev = 0x22; continue }
      let next = close + 1
      while (next < text.length && text.charCodeAt(next) <= 0x20) next++
      const isKey = text.charCodeAt(next) === 0x3a
      if (isKey && LABEL_KEYS.has(value.toLowerCase())) return
      if (!isKey && (prev === 0x3a || prev === 0x5b || prev === 0x2c) && value.length >= MIN_VALUE && value.includes(' ')) {
        values.push(value)
        if (first < 0) first = i
        last = close + 1
      }
      prev = 0x22
      i = close
    }
    if (values.length === 0) return
    out.push({ encoding: JSON_VALUES, text: values.join('\n'), start: first, end: last })
  },
}

const SIMPLE: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\n', b: '', f: '', '"': '"', '\\': '\\', '/': '/' }

/** The string starting at `from` (after its opening quote), unescaped, and the index of its closing quote (-1: unclosed or not on one line). */
function readString (text: string, from: number): [string, number] {
  let out = ''
  let copied = from
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) return [out + text.slice(copied, i), i]
    if (c === 0x0a) return ['', -1]
    if (c !== 0x5c) continue
    out += text.slice(copied, i)
    const e = text.charAt(i + 1)
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      out += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16))
      i += 5
    } else {
      out += SIMPLE[e] ?? e
      i += 1
    }
    copied = i + 1
  }
  return ['', -1]
}
