import { cleanText } from '../normalize/clean-text.js'
import { CATEGORIES, type Category, type Role, type Segment } from '../types.js'
import { compileLinear } from './linear-regex.js'
import type { AllowlistEntry, ScopeKind } from './types.js'

/** Matches of one entry in one text, as [start, end) pairs, in order. */
export type Ranges = readonly number[]

/** An allowlist entry, compiled once: what it matches and which findings it may drop. */
export interface AllowRule {
  readonly name: string
  readonly scope: ScopeKind
  readonly ignoreCase: boolean
  /** null: every policy / category / role. */
  readonly policies: ReadonlySet<string> | null
  readonly categories: ReadonlySet<Category> | null
  readonly roles: ReadonlySet<Role> | null
  /** Every match in `text` no longer than `maxChars`, capped at MAX_MATCHES. */
  find (text: string, maxChars: number): Ranges
}

// Bounds the work one entry can cause on one segment, whatever the text.
const MAX_MATCHES = 256

export interface CompileContext {
  readonly knownPolicies: ReadonlySet<string>
  readonly problems: string[]
}

/** Compiles the entries of one config section; problems are named by their path. */
export function compileAllowlist (entries: readonly AllowlistEntry[], path: string, scope: ScopeKind, ctx: CompileContext): AllowRule[] {
  const rules: AllowRule[] = []
  entries.forEach((e, i) => {
    const at = `${path}.allowlist.${i}`
    const before = ctx.problems.length
    if ((e.exact === undefined) === (e.pattern === undefined)) ctx.problems.push(`${at}: give exactly one of "exact" or "pattern"`)
    for (const id of e.policies ?? []) if (!ctx.knownPolicies.has(id)) ctx.problems.push(`${at}.policies: no such policy '${id}'`)
    for (const c of e.categories ?? []) if (!isCategory(c)) ctx.problems.push(`${at}.categories: no such category '${c}' (one of ${CATEGORIES.join(', ')})`)
    const ignoreCase = e.ignoreCase === true
    let find: AllowRule['find'] | null = null
    if (e.exact !== undefined) find = exactFinder(e.exact, ignoreCase, `${at}.exact`, ctx.problems)
    else if (e.pattern !== undefined) find = patternFinder(e.pattern, `${at}.pattern`, ctx.problems)
    if (find === null || ctx.problems.length > before) return
    rules.push(Object.freeze({
      name: e.name ?? `${path}#${i}`,
      scope,
      ignoreCase,
      policies: e.policies === undefined ? null : new Set(e.policies),
      categories: e.categories === undefined ? null : new Set(e.categories as Category[]),
      roles: e.roles === undefined ? null : new Set(e.roles),
      find,
    }))
  })
  return rules
}

/**
 * Policies see normalized text (invisibles removed, NFKC, look-alikes folded, whitespace
 * collapsed), and evidence offsets point into it, so an exact entry is normalized the same
 * way before it is searched for.
 */
function exactFinder (raw: string, ignoreCase: boolean, at: string, problems: string[]): AllowRule['find'] | null {
  const cleaned = cleanText(raw).text.trim()
  const needle = ignoreCase ? cleaned.toLowerCase() : cleaned
  if (needle.length < 3) {
    problems.push(`${at}: fewer than 3 characters after normalization`)
    return null
  }
  return (text, maxChars) => {
    if (needle.length > maxChars) return []
    const out: number[] = []
    for (let i = text.indexOf(needle); i >= 0 && out.length < 2 * MAX_MATCHES; i = text.indexOf(needle, i + 1)) out.push(i, i + needle.length)
    return out
  }
}

function patternFinder (pattern: string, at: string, problems: string[]): AllowRule['find'] | null {
  const compiled = compileLinear(pattern)
  if (!compiled.ok) {
    problems.push(`${at}: ${compiled.problem}`)
    return null
  }
  const re = compiled.re
  return (text, maxChars) => {
    const out: number[] = []
    re.lastIndex = 0
    for (let m = re.exec(text); m !== null && out.length < 2 * MAX_MATCHES; m = re.exec(text)) {
      const len = m[0].length
      if (len === 0) re.lastIndex++
      else if (len <= maxChars) out.push(m.index, m.index + len)
    }
    re.lastIndex = 0
    return out
  }
}

/** Whether a rule may drop findings of this policy in a message of this role. */
export function appliesTo (rule: AllowRule, policyId: string, category: Category, role: Role): boolean {
  return coversPolicy(rule, policyId, category) && (rule.roles === null || rule.roles.has(role))
}

/** Whether `rule` can drop findings of this policy in some message role. */
export function coversPolicy (rule: AllowRule, policyId: string, category: Category): boolean {
  return (rule.policies === null || rule.policies.has(policyId)) && (rule.categories === null || rule.categories.has(category))
}

/** The text an ignore-case rule matches against: lower case with offsets intact (characters whose lower case is longer stay as they are). */
export function lowerSameLength (seg: Segment): string {
  if (seg.lower.length === seg.text.length) return seg.lower
  let out = ''
  for (const ch of seg.text) {
    const l = ch.toLowerCase()
    out += l.length === ch.length ? l : ch
  }
  return out
}

function isCategory (c: string): c is Category {
  return (CATEGORIES as readonly string[]).includes(c)
}
