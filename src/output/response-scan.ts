import type { OutputScanning } from './output-scanning.js'
import { LocateBudget, TextScanner, type ScanSecrets, type Step } from './text-scanner.js'
import type { OutputAction, OutputCategory, OutputFinding } from './types.js'

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
}

export interface OutputSummary {
  readonly groups: readonly FindingGroup[]
  readonly blocked: OutputFinding | null
  /** Highest risk among the findings, 0 when none. */
  readonly risk: number
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
  readonly #secrets: ScanSecrets
  readonly #texts = new Map<string, TextScanner>()
  readonly #budget = new LocateBudget(MAX_LOCATED)
  readonly #groups = new Map<string, { -readonly [K in keyof FindingGroup]: FindingGroup[K] }>()
  #blocked: OutputFinding | null = null

  constructor (cfg: OutputScanning, secrets: ScanSecrets) {
    this.#cfg = cfg
    this.#secrets = secrets
  }

  get blocked (): OutputFinding | null { return this.#blocked }

  /** Feeds a piece of the text `key` (e.g. '0' for choice 0's content, '0:1' for its tool call 1). */
  push (key: string, delta: string, json: boolean): Step {
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
    return { groups, blocked: this.#blocked, risk: groups.reduce((m, g) => Math.max(m, g.risk), 0) }
  }

  #scanner (key: string, json: boolean): TextScanner {
    let s = this.#texts.get(key)
    if (s === undefined) {
      if (this.#texts.size >= MAX_TEXTS) throw new RangeError(`answer has more than ${MAX_TEXTS} texts to scan`)
      s = new TextScanner(this.#cfg, this.#secrets, f => this.#record(f), json, this.#budget)
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
    if (g === undefined) this.#groups.set(f.policyId, { category: f.category, kind: f.kind, policyId: f.policyId, action: f.action, count: 1, risk: f.risk, reason: f.reason })
    else {
      g.count++
      if (f.risk > g.risk) g.risk = f.risk
    }
  }
}
