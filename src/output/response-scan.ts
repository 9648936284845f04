import type { AnswerFact } from '../detection/types.js'
import type { EffectiveSettings, RequestScope, ScopeKind } from '../detection/overrides/types.js'
import { AnswerSketch } from './answer-sketch.js'
import type { OutputProfile } from './output-profiles.js'
import type { OutputScanning } from './output-scanning.js'
import { LocateBudget, TextScanner, type FindingSink, type ScanSecrets, type Step } from './text-scanner.js'
import type { LocatedAllow, OutputAction, OutputCategory, OutputFinding } from './types.js'

/** Findings of one answer, grouped: what is logged, counted, recorded and shown. */
export interface FindingGroup {
  readonly category: OutputCategory
  readonly kind: string
  readonly policyId: string
  readonly action: Exclude<OutputAction, 'off'>
  readonly count: number
  readonly risk: number
  /** The reason of the first finding of the group; never contains the leaked text. */
  readonly reason: string
  /** Monitor mode: the group was flagged where enforcement would have withheld the answer. */
  readonly wouldBlock: boolean
}

/** Findings of one policy an allowlist entry dropped. */
export interface AllowedGroup {
  readonly entry: string
  readonly scope: ScopeKind
  readonly policyId: string
  readonly count: number
}

export interface OutputSummary {
  readonly groups: readonly FindingGroup[]
  readonly blocked: OutputFinding | null
  /** Highest (weighted) risk among the findings, 0 when none. */
  readonly risk: number
  /** Monitor mode let through an answer enforcement would have withheld. */
  readonly wouldBlock: boolean
  readonly allowlisted: readonly AllowedGroup[]
  /** The override layers, thresholds and mode the answer was scanned under. */
  readonly settings: EffectiveSettings
  /** What the answer showed, for the session (refused, primed, sent…); a beacon found here is `sent`. */
  readonly facts: readonly AnswerFact[]
}

/** Texts of one answer scanned at most: choices × (content + tool calls) in a pathological answer. */
export const MAX_TEXTS = 256
/** Findings located one by one per answer (see LocateBudget). */
export const MAX_LOCATED = 1024

/**
 * The scan of one provider answer: one TextScanner per text (each choice's content and
 * each tool call's arguments), findings grouped by policy as their text is released.
 */
export class ResponseScan {
  readonly #cfg: OutputScanning
  readonly #profile: OutputProfile
  readonly #secrets: ScanSecrets
  readonly #texts = new Map<string, TextScanner>()
  readonly #budget = new LocateBudget(MAX_LOCATED)
  readonly #groups = new Map<string, { -readonly [K in keyof FindingGroup]: FindingGroup[K] }>()
  readonly #allowed = new Map<string, { -readonly [K in keyof AllowedGroup]: AllowedGroup[K] }>()
  readonly #sink: FindingSink = { finding: f => this.#record(f), allowed: a => this.#recordAllowed(a) }
  #blocked: OutputFinding | null = null
  // The first choice's text as the provider sent it; only the facts read from it outlive the answer.
  readonly #sketch = new AnswerSketch()

  /** `scope`: the request's tenant and route, which select the override profile (global without). */
  constructor (cfg: OutputScanning, secrets: ScanSecrets, scope?: RequestScope) {
    this.#cfg = cfg
    this.#profile = cfg.profiles.select(scope)
    this.#secrets = secrets
  }

  get blocked (): OutputFinding | null { return this.#blocked }

  /** Feeds a piece of the text `key` (e.g. '0' for choice 0's content, '0:1' for its tool call 1). */
  push (key: string, delta: string, json: boolean): Step {
    if (key === '0' && !json) this.#sketch.add(delta)
    return this.#note(this.#scanner(key, json).push(delta))
  }

  /** Ends the text `key`, releasing what it held. */
  end (key: string): Step {
    const s = this.#texts.get(key)
    return s === undefined ? { text: '', blocked: this.#blocked } : this.#note(s.end())
  }

  /** Keys of texts that still hold something, in first-seen order. */
  keys (): string[] {
    return [...this.#texts.keys()]
  }

  summary (): OutputSummary {
    const groups = [...this.#groups.values()].map(g => Object.freeze({ ...g }))
    return {
      groups,
      blocked: this.#blocked,
      risk: groups.reduce((m, g) => Math.max(m, g.risk), 0),
      wouldBlock: groups.some(g => g.wouldBlock),
      allowlisted: [...this.#allowed.values()].map(a => Object.freeze({ ...a })),
      settings: this.#profile.settings,
      facts: this.#factsWith(groups),
    }
  }

  #factsWith (groups: readonly FindingGroup[]): AnswerFact[] {
    const facts = this.#sketch.facts()
    if (!facts.includes('sent') && groups.some(g => g.category === 'exfiltration')) facts.push('sent')
    return facts
  }

  #scanner (key: string, json: boolean): TextScanner {
    let s = this.#texts.get(key)
    if (s === undefined) {
      if (this.#texts.size >= MAX_TEXTS) throw new RangeError(`answer has more than ${MAX_TEXTS} texts to scan`)
      s = new TextScanner(this.#cfg, this.#profile, this.#secrets, this.#sink, json, this.#budget)
      this.#texts.set(key, s)
    }
    return s
  }

  #note (step: Step): Step {
    if (step.blocked !== null && this.#blocked === null) this.#blocked = step.blocked
    return this.#blocked === null ? step : { text: '', blocked: this.#blocked }
  }

  #record (f: OutputFinding): void {
    const g = this.#groups.get(f.policyId)
    if (g === undefined) {
      const wouldBlock = f.action === 'flag' && this.#profile.configured[f.category] === 'block'
      this.#groups.set(f.policyId, { category: f.category, kind: f.kind, policyId: f.policyId, action: f.action, count: 1, risk: f.risk, reason: f.reason, wouldBlock })
    } else {
      g.count++
      if (f.risk > g.risk) g.risk = f.risk
    }
  }

  #recordAllowed (a: LocatedAllow): void {
    const key = `${a.entry}\u0000${a.policyId}`
    const g = this.#allowed.get(key)
    if (g === undefined) this.#allowed.set(key, { entry: a.entry, scope: a.scope, policyId: a.policyId, count: 1 })
    else g.count++
  }
}
