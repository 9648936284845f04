import { Compile } from 'typebox/compile'
import Value from 'typebox/value'
import { isGluedTurns, isKeptAcrossRequests } from './checks/segments.js'
import type { AnyPolicy, FailMode } from './define-policy.js'
import { JOINED, normalize, seamBoundaryOf, type NormalizeLimits } from './normalize/index.js'
import { filterAllowlisted } from './overrides/allowlist-filter.js'
import { maskAllowlisted } from './overrides/mask-input.js'
import { compileProfiles, type Profile } from './overrides/profiles.js'
import type { AllowlistHit, DetectionOverrides, EffectiveSettings, RequestScope } from './overrides/types.js'
import { fragmentsOf, withReassembly } from './reassembly.js'
import { POLICIES } from './registry.js'
import { reviewedRecordsOf, weighReviewedRecords, withoutReviewedRecords } from './reviewed-records.js'
import { clamp, combine, round2, sessionMultiplierOf, type ScoreExplanation, type Thresholds } from './scoring.js'
import { memoSlot } from './segment-memo.js'
import { currentTurnStart } from './turn-scope.js'
import { allSegmentsOf, type ActionKind, type ChatMessage, type Contribution, type Decision, type Evidence, type NormalizationFinding, type NormalizedInput, type Segment, type SessionView, type Signal, type Stage } from './types.js'

export interface PolicyOverride {
  readonly enabled?: boolean
  readonly weight?: number
  readonly params?: Readonly<Record<string, unknown>>
}

export interface EngineOptions {
  readonly thresholds: Thresholds
  readonly sessionBoost: { readonly max: number, readonly decayTurns: number }
  readonly limits: NormalizeLimits
  readonly policies: Readonly<Record<string, PolicyOverride>>
  /** Categories, allowlists, monitor mode, per-route and per-tenant layers. */
  readonly overrides?: DetectionOverrides
  /**
   * What findings in the request's tool definitions (ChatMessage.origin) may decide:
   * 'block' (as any finding; the default), or 'flag' (a block they alone reach becomes a
   * flag, see EngineResult.heldBack).
   */
  readonly toolDefinitions?: 'flag' | 'block'
}

export interface PolicyError {
  readonly policyId: string
  readonly failMode: FailMode
  readonly message: string
}

export interface EngineResult extends ScoreExplanation, EffectiveSettings {
  /** Every action raised by this turn, sorted, for the session record: findings carried in with recorded history (see carriedFrom) add none. */
  readonly actions: readonly ActionKind[]
  readonly findings: readonly NormalizationFinding[]
  /** Nanoseconds per policy id, in evaluation order. */
  readonly timings: readonly (readonly [string, number])[]
  readonly errors: readonly PolicyError[]
  /** Findings dropped by the allowlist: they add nothing to the score or the actions. */
  readonly allowlisted: readonly AllowlistHit[]
  /** Monitor mode turned a block into a flag: the score reached the block threshold. */
  readonly wouldBlock: boolean
  /**
   * The block was reached only with findings in the request's tool definitions, which
   * `toolDefinitions: 'flag'` lets flag but not block: the decision is 'flag', and so is
   * what the session records.
   */
  readonly heldBack: boolean
  /** Short scrubbed text of this turn for the session record (reassembly of split payloads); empty when the turn had PII or secret findings. */
  readonly fragments: readonly string[]
  /** This turn is a tool result: its fragments are tool output (see SessionAction.toolResult). */
  readonly toolTurn: boolean
  /** What the session records of this turn (see ownJudgement). */
  readonly own: OwnJudgement
}

/**
 * This turn's own judgement, for the session record: its fresh findings and session
 * chains, without the findings carried in with resent history (they were recorded with
 * the turn that sent them; recorded again, one flagged message would make every later
 * turn of a history client a flagged turn, raising the session multiplier and the
 * escalation count, where a latest-only client records it once). Before monitor mode:
 * the session remembers a would-be block as a block.
 */
export interface OwnJudgement {
  readonly decision: Decision
  readonly score: number
  /** Policies with a positive contribution. */
  readonly policies: readonly string[]
}

interface CompiledPolicy {
  readonly policy: AnyPolicy
  /** Position in the registry: the index of its weight in every profile. */
  readonly index: number
  readonly params: unknown
  /** Where a decomposed policy keeps its results in a segment's table (resultSlotOf); null when it does not decompose. */
  readonly memo: number | null
  /**
   * The kept result of a segment that gave no signal, for a policy with no context: one
   * object shared by every such segment, so the memo holds no object of its own for them
   * and reading it back touches memory that is already at hand.
   */
  readonly empty: SegmentResult
}

/**
 * A decomposed policy's signals for one plain segment, one per context it was evaluated
 * under (a list only once there are two), newest last. More than one: a message that sessions with different contexts all
 * send (a stock opener, a shared tool result, one user's text under two apps) kept only
 * the latest, and each request of the other context evaluated it again — on the perf mix
 * three policies re-evaluated 6–8 segments a request that way, a third of the cost of a
 * request whose text had all been seen.
 */
type SegmentResults = SegmentResult | SegmentResult[]

/** Contexts kept per segment and policy: a bound, so text sent under ever new contexts (a system prompt with a time stamp) cannot grow the memo. */
const MAX_CONTEXTS = 4

/** The signals of a segment that gave none: one shared list. */
const NO_SIGNALS: readonly Signal[] = Object.freeze([])

/** A decomposed policy's signals for one plain segment, under the params and contexts they were computed with. */
interface SegmentResult {
  readonly params: unknown
  /** The policy's `decomposes.requestContext` of the request that computed it (undefined: none). */
  readonly request: unknown
  /** Its `decomposes.context` of the segment there (undefined: none). */
  readonly context: unknown
  /** Where the segment stood when computed: a segment placed elsewhere shares this slot (segment-memo `placedAt`). */
  readonly messageIndex: number
  readonly signals: readonly Signal[]
}

/**
 * Every decomposed policy's results on a segment, in one table per segment indexed by
 * policy (resultSlotOf): a request reads each segment's table once for all policies
 * (segment-memo reads a property whose owner has many shapes, ~900 times a request when
 * each policy read its own).
 */
const RESULT_TABLE = memoSlot<(SegmentResults | undefined)[]>()

// One index per policy definition, shared by every engine of the thread: an engine
// compiled with other params (a reload, a test) computes its own results beside the
// others', because the stored params are compared by identity and each engine freezes its own.
const RESULT_SLOTS = new WeakMap<AnyPolicy, number>()
let resultSlots = 0

function resultSlotOf (policy: AnyPolicy): number {
  let slot = RESULT_SLOTS.get(policy)
  if (slot === undefined) {
    slot = resultSlots++
    RESULT_SLOTS.set(policy, slot)
  }
  return slot
}

export interface Engine {
  /** The policies of the global settings, in evaluation order. */
  readonly policies: readonly { readonly id: string, readonly weight: number, readonly phase: string }[]
  /** The effective settings of a request scope: a lookup, nothing is compiled per request. */
  settingsOf (scope?: RequestScope): EffectiveSettings
  evaluate (messages: readonly ChatMessage[], session: SessionView, stage: Stage, scope?: RequestScope): EngineResult
}

export class EngineConfigError extends Error {
  readonly problems: readonly string[]
  constructor (problems: readonly string[]) {
    super(`invalid detection config: ${problems.join('; ')}`)
    this.problems = problems
  }
}

const DEFAULT_MAX_MATCH = 512

/**
 * Compiles the policy list once (per worker, per reload): resolves overrides into one
 * profile per configured (tenant, route), checks and defaults every policy's params,
 * compiles allowlists, and freezes the order. The per-request path is a profile lookup
 * and a plain loop over a frozen array.
 */
export function compileEngine (options: EngineOptions, registry: readonly AnyPolicy[] = POLICIES): Engine {
  const problems: string[] = []
  const overrides = options.overrides ?? {}
  const table = compileProfiles({ thresholds: options.thresholds, policies: options.policies, overrides }, registry, problems)
  const compiled: CompiledPolicy[] = []
  registry.forEach((policy, index) => {
    // A policy disabled everywhere is not compiled; one enabled in any scope is.
    if (table.all.every(p => p.weights[index] === null)) return
    const o = options.policies[policy.id] ?? {}
    const params = Value.Default(policy.params, structuredClone(o.params ?? {}))
    const check = Compile(policy.params)
    for (const e of check.Errors(params)) problems.push(`detection.policies.${policy.id}.params${e.instancePath.replaceAll('/', '.')}: ${e.message}`)
    if (policy.decomposes !== undefined && policy.phase !== 'content') problems.push(`${policy.id}: only content policies can decompose over segments`)
    const frozen = Object.freeze(params)
    compiled.push(Object.freeze({
      policy,
      index,
      params: frozen,
      memo: policy.decomposes === undefined ? null : resultSlotOf(policy),
      empty: Object.freeze({ params: frozen, request: undefined, context: undefined, messageIndex: -1, signals: NO_SIGNALS }),
    }))
  })
  if (problems.length > 0) throw new EngineConfigError(problems)
  // The policies of each (stage, phase), selected once, so the per-request loop filters nothing.
  const byStage = (stage: Stage, phase: string): readonly CompiledPolicy[] => Object.freeze(compiled.filter(c => c.policy.phase === phase && c.policy.stages.includes(stage)))
  const lists: Readonly<Record<Stage, { readonly content: readonly CompiledPolicy[], readonly session: readonly CompiledPolicy[] }>> = {
    request: { content: byStage('request', 'content'), session: byStage('request', 'session') },
    response: { content: byStage('response', 'content'), session: byStage('response', 'session') },
  }
  const content = Object.freeze(compiled.filter(c => c.policy.phase === 'content'))
  const session = Object.freeze(compiled.filter(c => c.policy.phase === 'session'))
  const maxMatch = overrides.allowlistMaxMatchChars ?? DEFAULT_MAX_MATCH
  const g = table.global

  return Object.freeze({
    policies: Object.freeze([...content, ...session].flatMap(c => {
      const weight = g.weights[c.index]
      return weight === null || weight === undefined ? [] : [Object.freeze({ id: c.policy.id, weight, phase: c.policy.phase })]
    })),
    settingsOf: (scope?: RequestScope): EffectiveSettings => table.select(scope).settings,
    evaluate (messages: readonly ChatMessage[], view: SessionView, stage: Stage, scope?: RequestScope): EngineResult {
      const profile = table.select(scope)
      // Pieces of a payload split across turns are put back together before any policy runs.
      const input = withReassembly(normalize(messages, options.limits), view, options.limits)
      const actions = new Set<ActionKind>()
      const timings: (readonly [string, number])[] = []
      const errors: PolicyError[] = []
      const allowlisted: AllowlistHit[] = []
      // Allowlists apply to content findings only: a chain spans turns, and no span of
      // this request's text can explain it away.
      const run = (list: readonly CompiledPolicy[], allowlist: boolean, on: NormalizedInput = input, hits: AllowlistHit[] = allowlisted): Contribution[] => {
        const out: Contribution[] = []
        for (const c of list) {
          const weight = profile.weights[c.index]
          if (weight === null || weight === undefined) continue
          // performance.now: a double, where hrtime.bigint allocates two BigInts per policy.
          const t0 = performance.now()
          out.push(...(allowlist
            ? signalsOf(c, weight, on, view, actions, errors, profile, maxMatch, hits)
            : evaluateOne(c, weight, on, view, actions, errors)))
          timings.push([c.policy.id, Math.round((performance.now() - t0) * 1e6)])
        }
        return out
      }
      // Content policies first; their actions feed the session policies. A carried
      // finding's actions were recorded with the turn that sent it: counted again they
      // would make every resent read or claim a step of this turn's chain.
      const found = contentFindings(input, view, options.limits, lists[stage].content, run, timings)
      const carried = carriedFrom(found, input, view)
      const fresh = found.filter(c => !carried(c))
      // Nor does a tool definition act: it describes what a tool can do, and nothing was
      // read or sent. What a poisoned one asks for scores as a finding of its own.
      for (const c of fresh) if (!inToolDefinition(c, input)) for (const a of c.actions) actions.add(a)
      const chained = anchorToTurn(run(lists[stage].session, false), fresh)
      for (const c of chained) for (const a of c.actions) actions.add(a)

      const multiplier = sessionMultiplierOf(view, options.sessionBoost.max, options.sessionBoost.decayTurns)
      const explanation = combine([...found, ...chained], multiplier, profile.thresholds, carried)
      const judged = fresh.length === found.length ? explanation : combine([...fresh, ...chained], multiplier, profile.thresholds)
      const heldBack = options.toolDefinitions === 'flag' && explanation.decision === 'block' &&
        combine([...found.filter(c => !inToolDefinition(c, input)), ...chained], multiplier, profile.thresholds, carried).decision !== 'block'
      const own = heldBack && judged.decision === 'block' ? { ...judged, decision: 'flag' as const } : judged
      const wouldBlock = profile.mode === 'monitor' && explanation.decision === 'block'
      return {
        ...explanation,
        decision: wouldBlock || heldBack ? 'flag' : explanation.decision,
        ...profile.settings,
        actions: [...actions].sort(),
        findings: input.findings,
        timings,
        errors,
        allowlisted,
        wouldBlock,
        heldBack,
        fragments: found.some(c => c.contribution > 0 && (c.category === 'pii' || c.category === 'secrets')) ? [] : fragmentsOf(input),
        toolTurn: input.messages[input.messages.length - 1]?.role === 'tool',
        own: { decision: own.decision, score: own.score, policies: own.contributions.filter(c => c.contribution > 0).map(c => c.policyId) },
      }
    },
  })
}

/**
 * The content policies' findings. Attacks recorded in a listing the user asked to review
 * are evidence, not orders (reviewed-records.ts): when a request has such records, the
 * policies run once more with them blanked, and the two passes' findings are weighed
 * together. The second pass's time is added to the first's, one timing per policy.
 */
function contentFindings (input: NormalizedInput, view: SessionView, limits: NormalizeLimits, list: readonly CompiledPolicy[],
  run: (list: readonly CompiledPolicy[], allowlist: boolean, on?: NormalizedInput, hits?: AllowlistHit[]) => Contribution[], timings: (readonly [string, number])[]): Contribution[] {
  const start = timings.length
  const all = run(list, true)
  const reviewed = reviewedRecordsOf(input, view)
  if (reviewed === null) return all
  const n = timings.length - start
  const outside = run(list, true, withReassembly(normalize(withoutReviewedRecords(input, reviewed), limits), view, limits), [])
  for (let k = 0; k < n; k++) {
    const [id, ns] = timings[start + k]!
    timings[start + k] = [id, ns + timings[start + n + k]![1]]
  }
  timings.length = start + n
  return weighReviewedRecords(all, outside, input, reviewed)
}

function inToolDefinition (c: Contribution, input: NormalizedInput): boolean {
  return c.evidence !== null && input.messages[c.evidence.messageIndex]?.origin === 'tool-definition'
}

/**
 * One policy's contributions under a profile. Findings inside allowlisted text are dropped
 * and reported; if any were, the policy runs once more on the input with the allowlisted
 * text blanked, so that a finding it reported only at its strongest location (inside the
 * allowlisted text) does not hide a weaker one elsewhere in the same message.
 */
function signalsOf (c: CompiledPolicy, weight: number, input: NormalizedInput, view: SessionView, turnActions: ReadonlySet<ActionKind>, errors: PolicyError[], profile: Profile, maxMatch: number, allowlisted: AllowlistHit[]): Contribution[] {
  const first = evaluateOne(c, weight, input, view, turnActions, errors)
  const pass = filterAllowlisted(first, input.segments, profile.allowlist, maxMatch)
  if (pass.hits.length === 0) return first
  allowlisted.push(...pass.hits)
  // The second pass sees every finding outside allowlisted text, including the ones the
  // first pass kept, so its result replaces the first.
  const masked = maskAllowlisted(input, c.policy, profile.allowlist, maxMatch)
  return filterAllowlisted(evaluateOne(c, weight, masked, view, turnActions, errors), masked.segments, profile.allowlist, maxMatch).kept.slice()
}

function evaluateOne (c: CompiledPolicy, weight: number, input: NormalizedInput, view: SessionView, turnActions: ReadonlySet<ActionKind>, errors: PolicyError[]): Contribution[] {
  try {
    const signals = c.memo === null
      ? c.policy.evaluate({ input, session: view, params: c.params, turnActions })
      : decomposed(c, c.memo, input, view, turnActions)
    return signals.map(s => contributionOf(c, weight, s.risk, s.reason, s.evidence, s.actions ?? []))
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    errors.push({ policyId: c.policy.id, failMode: c.policy.failMode, message })
    // The exception text goes to the logs (via errors), never to the client, and the
    // failure is not scaled by the policy's weight: failing closed must block.
    return c.policy.failMode === 'closed' ? [failedClosed(c)] : []
  }
}

/**
 * A decomposed policy's signals: each plain segment and joined window evaluated on its
 * own, its result kept with the segment (both are reused across a session's requests,
 * see normalize/plain-memo.ts), then the decoded segments, which are new every request,
 * in one call; then the strongest `limit` (by each signal's rank, else its risk). A
 * stable sort keeps equal ones in segment order, so this is exactly what `evaluate`
 * returns for the whole input.
 */
function decomposed (c: CompiledPolicy, slot: number, input: NormalizedInput, view: SessionView, turnActions: ReadonlySet<ActionKind>): readonly Signal[] {
  const req = requestOf(input)
  const spec = c.policy.decomposes as NonNullable<AnyPolicy['decomposes']>
  const request = internedContext(spec.requestContext?.(input))
  const out: Signal[] = []
  let rest: Segment[] | null = null
  const segments = input.segments
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as Segment
    const table = req.tables[i]
    if (table === undefined) {
      (rest ??= []).push(seg)
      continue
    }
    const context = spec.context?.(input, seg)
    const kept = table[slot]
    const hit = kept === undefined ? undefined : resultUnder(kept, c.params, request, context)
    if (hit !== undefined) {
      const signals = hit.signals
      for (let k = 0; k < signals.length; k++) {
        const s = signals[k] as Signal
        out.push(hit.messageIndex === seg.messageIndex ? s : placedSignal(s, seg.messageIndex))
      }
      continue
    }
    const found = c.policy.evaluate({ input: req.single(seg), session: view, params: c.params, turnActions })
    // Most segments give no signal: one shared list (and, without contexts, one shared result).
    const signals = found.length === 0 ? NO_SIGNALS : Object.freeze(found)
    const result: SegmentResult = signals === NO_SIGNALS && request === undefined && context === undefined
      ? c.empty
      : { params: c.params, request, context, messageIndex: seg.messageIndex, signals }
    if (kept === undefined) table[slot] = result
    else if (!Array.isArray(kept)) table[slot] = [kept, result]
    else {
      if (kept.length >= MAX_CONTEXTS) kept.shift()
      kept.push(result)
    }
    for (const s of signals) out.push(s)
  }
  if (rest !== null) for (const s of c.policy.evaluate({ input: req.part(rest), session: view, params: c.params, turnActions })) out.push(s)
  const limit = spec.limit(c.params)
  return out.length <= 1 ? out : out.sort((a, b) => (b.rank ?? b.risk) - (a.rank ?? a.risk)).slice(0, limit)
}

// Request contexts that are long strings (the system prompt itself), by a token object:
// kept results are compared with the request's context segment by segment, and two equal
// strings that are not the same object compare character by character (the system
// prompt is joined anew every request). A token equals nothing but itself, so it cannot
// collide with a context a policy returns as a number. Bounded: past the bound the tokens
// start over, which only costs each kept result one evaluation more.
const CONTEXT_TOKENS = new Map<string, object>()
const MAX_CONTEXT_TOKENS = 4_096
const LONG_CONTEXT = 64

function internedContext (context: boolean | number | string | undefined): unknown {
  if (typeof context !== 'string' || context.length < LONG_CONTEXT) return context
  let token = CONTEXT_TOKENS.get(context)
  if (token === undefined) {
    if (CONTEXT_TOKENS.size >= MAX_CONTEXT_TOKENS) CONTEXT_TOKENS.clear()
    token = Object.freeze({})
    CONTEXT_TOKENS.set(context, token)
  }
  return token
}

function resultUnder (kept: SegmentResults, params: unknown, request: unknown, context: unknown): SegmentResult | undefined {
  if (!Array.isArray(kept)) return kept.params === params && kept.request === request && kept.context === context ? kept : undefined
  for (let i = kept.length - 1; i >= 0; i--) {
    const r = kept[i] as SegmentResult
    if (r.params === params && r.request === request && r.context === context) return r
  }
  return undefined
}

/** A kept signal of a segment that now stands at another message index (reasons do not name the index: the evidence does). */
function placedSignal (s: Signal, messageIndex: number): Signal {
  return s.evidence === null ? s : { ...s, evidence: { ...s.evidence, messageIndex } }
}

/** What every decomposed policy of one request shares: each segment's result table (undefined where results are not kept), and the partial inputs policies evaluate. */
interface DecomposedRequest {
  readonly input: NormalizedInput
  readonly tables: readonly ((SegmentResults | undefined)[] | undefined)[]
  part (segments: readonly Segment[]): NormalizedInput
  /** The one-segment input of `seg`, one per segment however many policies ask. */
  single (seg: Segment): NormalizedInput
}

// The request being evaluated (evaluation is synchronous, so the last input is the current one).
let current: DecomposedRequest | null = null

function requestOf (input: NormalizedInput): DecomposedRequest {
  if (current?.input === input) return current
  const all = allSegmentsOf(input)
  const part = (segments: readonly Segment[]): NormalizedInput => ({ messages: input.messages, segments, findings: input.findings, allSegments: all })
  const singles = new Map<Segment, NormalizedInput>()
  current = {
    input,
    tables: input.segments.map(seg => isKeptAcrossRequests(seg) ? RESULT_TABLE.get(seg) ?? RESULT_TABLE.set(seg, []) : undefined),
    part,
    single (seg) {
      let one = singles.get(seg)
      if (one === undefined) {
        one = part([seg])
        singles.set(seg, one)
      }
      return one
    },
  }
  return current
}

/**
 * A session finding scores a chain of turns, so its policy names no single location. It
 * is shown at the place where this turn took its part in the chain: the evidence of the
 * strongest content finding of the turn that raised an action.
 */
function anchorToTurn (chained: readonly Contribution[], found: readonly Contribution[]): Contribution[] {
  let anchor: Evidence | null = null
  let best = -1
  for (const f of found) {
    if (f.evidence !== null && f.actions.length > 0 && f.contribution > best) {
      anchor = f.evidence
      best = f.contribution
    }
  }
  return chained.map(c => c.evidence !== null || anchor === null || c.reason.startsWith(FAILED_CLOSED) ? c : { ...c, evidence: anchor })
}

/**
 * Which contributions were carried in with resent history: content findings whose
 * evidence lies in a message before this turn. Session chains are this turn's by
 * construction (anchorToTurn may lend them an older message's evidence, so they are
 * told apart by identity, not by evidence). Only history the session has judged counts
 * as carried: when the request holds more earlier turns than the session recorded (a
 * fabricated conversation, or one resumed after its session expired), those turns were
 * never scored, and everything in the request is judged as new.
 */
function carriedFrom (found: readonly Contribution[], input: NormalizedInput, view: SessionView): (c: Contribution) => boolean {
  const messages = input.messages
  const turnStart = currentTurnStart(messages)
  if (turnStart === 0) return () => false
  let earlierTurns = 0
  for (let i = 0; i < turnStart; i++) if (messages[i]?.role === 'assistant') earlierTurns++
  if (view.totalActions < earlierTurns) return () => false
  const carried = new Set(found.filter(c => c.evidence !== null && (c.evidence.messageIndex < turnStart || inEarlierTurns(c.evidence, input))))
  return c => carried.has(c)
}

/**
 * A finding of a joined window that ends before the window's turn boundary: it lies wholly
 * in earlier turns, so it was new, and judged, when those turns arrived (in their own
 * message or their own boundary's window). The window of a new boundary reaches back into
 * the turns before it and shows such a finding again; counted as new, one old junction of
 * two unrelated turns would add its actions and a flag to the turn after, and a long
 * honest session would escalate. A finding that crosses the boundary is new.
 */
function inEarlierTurns (ev: Evidence, input: NormalizedInput): boolean {
  if (ev.layer !== 'decoded' || ev.encodings.length !== 1 || ev.encodings[0] !== JOINED) return false
  const window = allSegmentsOf(input).find(s => isGluedTurns(s) && s.messageIndex === ev.messageIndex)
  const boundary = window === undefined ? undefined : seamBoundaryOf(window)
  return boundary !== undefined && ev.end <= boundary
}

function contributionOf (c: CompiledPolicy, weight: number, risk: number, reason: string, evidence: Contribution['evidence'], actions: readonly ActionKind[]): Contribution {
  const r = clamp(risk)
  return {
    policyId: c.policy.id,
    category: c.policy.category,
    risk: r,
    weight,
    contribution: round2(clamp(r * weight)),
    reason,
    evidence,
    actions,
  }
}

const FAILED_CLOSED = 'policy failed on this input and fails closed'

function failedClosed (c: CompiledPolicy): Contribution {
  return {
    policyId: c.policy.id,
    category: c.policy.category,
    risk: 100,
    weight: 1,
    contribution: 100,
    reason: `${FAILED_CLOSED} (details in the gateway log under this request id)`,
    evidence: null,
    actions: [],
  }
}
