import { performance } from 'node:perf_hooks'
import { median } from '../lib/latency.js'
import { Prng } from '../lib/prng.js'

// The gate's yardstick for latency: how long this machine, right now, takes for a fixed
// piece of single-threaded work of the kind detection does (Unicode normalisation,
// case-insensitive regex scans, word counting, JSON). The gateway's overhead is almost
// all such work, so overhead ÷ yardstick stays put when the machine runs faster or slower,
// while the direct path's p95 (a 2–4 ms loopback round trip whose tail is scheduling
// jitter) moved 1.9× between quiet runs and made a ratio over it fail on noise.
// None of the project's code runs here, so no change to the gateway can move the yardstick.

const WORDS = 6_000
const PASSES = 6

const PATTERNS: readonly RegExp[] = [
  /\b(?:ignore|disregard|forget)\b[^.]{0,40}\b(?:rules?|instructions?)\b/giu,
  /\b[a-z]{3,8}(?:ing|tion|ment)\b/giu,
  /(?<=\s)[a-zà-ÿ]{4}\s+[a-zà-ÿ]{4}(?=[\s.,])/giu,
  /\b(?:the|a|an)\s+(?:\w+\s+){0,3}?(?:key|word|code)\b/giu,
  /[\p{L}][\p{Mn}]+/gu,
  /\b\w+@\w+\.\w{2,}\b|\b\d{3}-\d{2}-\d{4}\b/gu,
]

/** A deterministic text of ~40 KB: the same words on every machine and run. */
function buildText (): string {
  const rng = new Prng(0x1f5e11d)
  const letters = 'abcdefghijklmnopqrstuvwxyzéüöñç'
  const words: string[] = []
  for (let i = 0; i < WORDS; i++) {
    const n = rng.int(1, 9)
    let w = ''
    for (let j = 0; j < n; j++) w += letters[rng.int(0, letters.length - 1)]
    if (rng.next() < 0.04) w += 'ing'
    if (rng.next() < 0.02) w = rng.pick(['ignore', 'rules', 'the', 'key', 'ﬁle', 'e\u0301t\u0301e', 'a@b.io'])
    words.push(rng.next() < 0.08 ? `${w}.` : w)
  }
  return words.join(' ')
}

const TEXT = buildText()

/** One pass of the fixed work; the checksum keeps the work from being optimised away and is the same on every run. */
export function calibrationWork (): number {
  let sum = 0
  for (let pass = 0; pass < PASSES; pass++) {
    const text = pass % 2 === 0 ? TEXT.normalize('NFKC') : TEXT.normalize('NFD')
    for (const re of PATTERNS) {
      re.lastIndex = 0
      for (let m = re.exec(text); m !== null; m = re.exec(text)) sum += m[0].length
    }
    const counts = new Map<string, number>()
    for (const w of text.toLowerCase().split(/\s+/u)) counts.set(w, (counts.get(w) ?? 0) + 1)
    sum += counts.size
    const body = JSON.stringify({ messages: text.split('. ').map((content, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', content })) })
    sum += (JSON.parse(body) as { messages: unknown[] }).messages.length
  }
  return sum
}

/**
 * The yardstick in ms: the median of `times` timed passes after an untimed one (the first
 * call in a process also compiles). Read between load phases, never during one, so the
 * load generator's own work does not slow it.
 */
export function calibrate (times = 5): number {
  calibrationWork()
  const ms: number[] = []
  for (let i = 0; i < times; i++) {
    const t0 = performance.now()
    calibrationWork()
    ms.push(performance.now() - t0)
  }
  return median(ms)
}
