import { normalize } from '../detection/normalize/index.js'
import { mayHide } from './may-hide.js'
import { canaryAt, canaryFolded, type CanaryMatcher } from './canary.js'
import { MAX_RUN, safeCut } from './hold-back.js'
import { blankAllowlisted } from './allowlist-blank.js'
import type { OutputProfile } from './output-profiles.js'
import type { OutputScanning } from './output-scanning.js'
import { LeakTracker, SHINGLE_WORDS, type PromptShingles } from './prompt-leak.js'
import { applyRedactions } from './redact.js'
import { findSpans, MAX_SPANS_PER_POLICY } from './span-finder.js'
import type { LocatedAllow, LocatedFinding, OutputFinding } from './types.js'

/** New characters to collect before a held window is scanned again. */
export const SCAN_STEP = 128

/** What the answer is compared against: both optional, both per request. */
export interface ScanSecrets {
  readonly canary: CanaryMatcher | null
  readonly prompt: PromptShingles | null
}

/**
 * Locating is linear in the window per finding, so an answer made of thousands of values
 * (a dumped table) would cost findings × window. Past the answer's budget, a window with
 * any hit is handled whole (redacted or blocked as one), which keeps scanning linear.
 */
export class LocateBudget {
  #left: number
  constructor (findings: number) { this.#left = findings }
  exhausted (): boolean { return this.#left <= 0 }
  spend (n: number): void { this.#left -= n }
}

/** Where findings, and findings an allowlist dropped, go as their text is released (each once). */
export interface FindingSink {
  finding (f: OutputFinding): void
  allowed (a: LocatedAllow): void
}

export interface Step {
  /** Text safe to send now (redactions applied); may be empty. */
  readonly text: string
  /** Set when a `block` finding stopped this text: nothing more may be sent. */
  readonly blocked: OutputFinding | null
}

const NOTHING: Step = Object.freeze({ text: '', blocked: null })

/**
 * Scans one text of an answer (a choice's content, or one tool call's arguments) as it
 * arrives in pieces. It holds back the trailing `holdBackChars` (more when the tail is an
 * unbroken run or an open embed), so a value split across pieces is whole when scanned,
 * releases the rest redacted, and never holds more than a bounded window.
 */
export class TextScanner {
  readonly #cfg: OutputScanning
  readonly #profile: OutputProfile
  readonly #secrets: ScanSecrets
  readonly #sink: FindingSink
  readonly #json: boolean
  readonly #leak: LeakTracker | null
  readonly #maxWindow: number
  readonly #budget: LocateBudget
  #pending = ''
  #scannedAt = 0
  #stopped = false

  constructor (cfg: OutputScanning, profile: OutputProfile, secrets: ScanSecrets, sink: FindingSink, json: boolean, budget: LocateBudget) {
    this.#cfg = cfg
    this.#profile = profile
    this.#budget = budget
    this.#secrets = secrets
    this.#sink = sink
    this.#json = json
    this.#leak = secrets.prompt !== null && profile.actions.systemPromptLeak !== 'off' ? new LeakTracker(secrets.prompt) : null
    this.#maxWindow = cfg.holdBackChars + MAX_RUN + SCAN_STEP
  }

  get stopped (): boolean { return this.#stopped }

  push (delta: string): Step {
    if (this.#stopped || delta === '') return NOTHING
    this.#pending += delta
    const size = this.#pending.length
    if (size < this.#cfg.holdBackChars + SCAN_STEP || size - this.#scannedAt < SCAN_STEP) return NOTHING
    return this.#release(false, size > this.#maxWindow)
  }

  /** The text is complete: scans and releases what was held. */
  end (): Step {
    if (this.#stopped || this.#pending === '') return NOTHING
    return this.#release(true, false)
  }

  #release (final: boolean, force: boolean): Step {
    const text = this.#pending
    const allowed: LocatedAllow[] = []
    const located = this.#locate(text, allowed)
    const block = located.find(f => f.action === 'block')
    if (block !== undefined) return this.#stop(block, located)
    const cut = final ? text.length : safeCut(text, this.#cfg.holdBackChars, allowed.length === 0 ? located : [...located, ...allowed], force)
    this.#scannedAt = text.length
    if (cut === 0) return NOTHING
    const prefix = text.slice(0, cut)
    // Normally no finding crosses the cut (safeCut moved it), so the window's findings
    // before it are exactly the prefix's, found with more context. A forced cut can cross
    // one (a whole-window finding, or a value in an over-long run): its part in the
    // prefix is handled now, the rest with the text that follows.
    const inPrefix = final ? located : located.filter(f => f.start < cut).map(f => f.end <= cut ? f : { ...f, end: cut })
    if (this.#leak !== null && this.#leak.feed(blankAllowlisted(prefix, this.#profile.overlapAllowlist, this.#profile.allowlistMaxChars), final)) {
      const action = this.#profile.actions.systemPromptLeak
      const leak: LocatedFinding = { category: 'systemPromptLeak', kind: 'system-prompt', policyId: 'output.prompt-overlap', risk: 90, action: action === 'off' ? 'flag' : action, reason: `answer repeats ${this.#leak.longestRun + SHINGLE_WORDS - 1} consecutive words of the system prompt`, start: 0, end: prefix.length }
      if (leak.action === 'block') return this.#stop(leak, inPrefix)
      inPrefix.push(leak)
      this.#leak.reset()
    }
    for (const f of inPrefix) this.#sink.finding(strip(f))
    for (const a of allowed) if (final || a.start < cut) this.#sink.allowed(a)
    this.#pending = text.slice(cut)
    this.#scannedAt = this.#pending.length
    return { text: applyRedactions(prefix, inPrefix, this.#json), blocked: null }
  }

  #stop (block: OutputFinding, located: readonly LocatedFinding[]): Step {
    this.#stopped = true
    this.#pending = ''
    for (const f of located) if (f.action === 'block') this.#sink.finding(strip(f))
    if (!located.includes(block as LocatedFinding)) this.#sink.finding(strip(block))
    return { text: '', blocked: strip(block) }
  }

  #locate (text: string, allowed: LocatedAllow[]): LocatedFinding[] {
    const out = findSpans(text, this.#profile, this.#cfg.limits, this.#budget.exhausted() ? 0 : MAX_SPANS_PER_POLICY, allowed)
    this.#budget.spend(out.length)
    // The canary is never allowlisted: it is random, so no harmless text contains it.
    const canary = this.#secrets.canary
    const action = this.#profile.actions.systemPromptLeak
    if (canary !== null && action !== 'off') canaryFindings(text, canary, action, this.#cfg.limits, out)
    return out
  }
}

function strip (f: OutputFinding): OutputFinding {
  return { category: f.category, kind: f.kind, policyId: f.policyId, risk: f.risk, action: f.action, reason: f.reason }
}

const CANARY_REASON = 'answer contains the canary planted in the system prompt: the model is reciting its instructions'

/** The canary verbatim (located), or obfuscated / encoded (located at the whole text). */
function canaryFindings (text: string, m: CanaryMatcher, action: 'redact' | 'block' | 'flag', limits: OutputScanning['limits'], out: LocatedFinding[]): void {
  const base = { category: 'systemPromptLeak', kind: 'canary', policyId: 'output.canary', risk: 100, action } as const
  const lower = text.toLowerCase()
  let found = false
  for (let at = canaryAt(m, lower); at >= 0; at = lower.indexOf(m.token, at + m.token.length)) {
    out.push({ ...base, reason: CANARY_REASON, start: at, end: at + m.token.length })
    found = true
  }
  if (found) return
  if (canaryFolded(m, text)) {
    out.push({ ...base, reason: `${CANARY_REASON} (obfuscated)`, start: 0, end: text.length })
    return
  }
  if (!mayHide(text, limits.minEncodedLength)) return
  for (const seg of normalize([{ role: 'assistant', content: text }], limits).segments) {
    if (canaryFolded(m, seg.text)) {
      const encoded = seg.layer === 'decoded'
      const [start, end] = encoded && seg.sourceEnd > seg.sourceStart && seg.sourceEnd <= text.length ? [seg.sourceStart, seg.sourceEnd] : [0, text.length]
      out.push({ ...base, reason: `${CANARY_REASON} (${encoded ? seg.encodings.join('>') : 'obfuscated characters'})`, start, end })
      return
    }
  }
}
