// Detection hot paths: the normalizer, every registered policy on its own, the whole
// engine at three input sizes, and risk scoring. Each case isolates one function; the
// inputs are built once, outside the timed loop.
import type * as EngineMod from '../../src/detection/engine.js'
import type * as NormalizeMod from '../../src/detection/normalize/index.js'
import type * as ScoringMod from '../../src/detection/scoring.js'
import type { SessionView } from '../../src/detection/types.js'
import type * as SchemaMod from '../../src/config/schema.js'
import type * as EngineOptionsMod from '../../src/detection/engine-options.js'
import Value from 'typebox/value'
import { conversation, encodedConversation, bytesOf, trafficRequests, type Msg } from '../lib/inputs.js'
import type { BenchCase } from '../lib/measure.js'
import type { ModuleRoot } from '../lib/module-root.js'

const kb = (m: readonly Msg[]): string => `${(bytesOf(m) / 1024).toFixed(1)} KB of text in ${m.length} messages`

/** A session view with 20 recorded turns, a few of them flagged: what a long session looks like. */
export function sessionView20 (): SessionView {
  const recent = Array.from({ length: 20 }, (_, i) => ({
    turn: i + 1,
    at: 1_700_000_000_000 + i * 1000,
    kinds: i % 7 === 3 ? ['sensitive_read' as const] : [],
    decision: i === 15 ? 'flag' as const : 'allow' as const,
    score: i === 15 ? 62 : 8,
    policies: i === 15 ? ['prompt-injection.instruction-override'] : [],
  }))
  return { totalActions: 20, recent, peakScore: 62 }
}

/** engineOptionsOf, from where the root's build keeps it (worker/evaluator.js before it moved to detection/). */
async function optionsModule (root: ModuleRoot): Promise<Pick<typeof EngineOptionsMod, 'engineOptionsOf'>> {
  try {
    return await root.load<typeof EngineOptionsMod>('detection/engine-options.js')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw err
    return await root.load<typeof EngineOptionsMod>('worker/evaluator.js')
  }
}

export async function engineOf (root: ModuleRoot): Promise<EngineMod.Engine> {
  const engine = await root.load<typeof EngineMod>('detection/engine.js')
  const evaluator = await optionsModule(root)
  const schema = await root.load<typeof SchemaMod>('config/schema.js')
  return engine.compileEngine(evaluator.engineOptionsOf(Value.Default(schema.DetectionSchema, {}) as never))
}

export async function normalizerCases (root: ModuleRoot): Promise<BenchCase[]> {
  const n = await root.load<typeof NormalizeMod>('detection/normalize/index.js')
  const inputs: [string, Msg[]][] = [['1k', conversation(1024)], ['8k', conversation(8192)], ['32k', conversation(32768)], ['8k-encoded', encodedConversation()]]
  return inputs.map(([label, msgs]) => ({ name: `normalize/${label}`, note: kb(msgs), sync: () => n.normalize(unseen(msgs), n.DEFAULT_LIMITS) }))
}

/**
 * Per-policy cost as the engine pays it. Policies share per-segment caches (word splits,
 * folded text, SQL views) that the first policy to ask fills, so timing a policy alone on
 * one input measures a warm cache after the first call. Instead each sample is one whole
 * engine.evaluate on the 8 KB mixed conversation (normalized afresh, caches cold, shared
 * as in production) and the engine's own per-policy timing is read from its result.
 * Includes the engine's two hrtime calls per policy (~0.1 µs).
 */
export interface PolicyTimer {
  readonly note: string
  /** One evaluate; returns ns per policy id. */
  run (): Map<string, number>
}

export async function policyTimer (root: ModuleRoot): Promise<PolicyTimer> {
  const engine = await engineOf(root)
  const msgs = conversation(8192, 3)
  const view = sessionView20()
  return {
    note: `in engine.evaluate on ${kb(msgs)}`,
    run () {
      const r = engine.evaluate(unseen(msgs), view, 'request')
      return new Map(r.timings.map(([id, ns]) => [id, ns]))
    },
  }
}

// Each op gets text the engine has not seen: it memoizes per message across requests
// (a resent history is scanned once), so repeating one input would time only cache hits.
// The tag leads the text: at the end it made every turn stop mid-sentence, and the
// normalizer then glued every pair of user turns into a joined window of its own (see
// normalize `endsSentence`), ~2.5 windows a request of the perf mix that its real
// traffic does not have.
let fresh = 0
function unseen (msgs: readonly Msg[]): Msg[] {
  return tagged(msgs, String(++fresh))
}

function tagged (msgs: readonly Msg[], tag: string): Msg[] {
  return msgs.map(m => ({ role: m.role, content: `[${tag}] ${m.content}` }))
}

export async function engineCases (root: ModuleRoot): Promise<BenchCase[]> {
  const engine = await engineOf(root)
  const empty: SessionView = { totalActions: 0, recent: [], peakScore: 0 }
  const inputs: [string, Msg[]][] = [['1k', conversation(1024)], ['8k', conversation(8192)], ['32k', conversation(32768)], ['8k-mixed-attacks', conversation(8192, 3)]]
  const cold = inputs.map(([label, msgs]): BenchCase => ({ name: `engine.evaluate/${label}`, note: `${kb(msgs)}, all new text`, sync: () => engine.evaluate(unseen(msgs), empty, 'request') }))
  // A chat client's next turn: the history was sent (and scanned) before, only the last
  // user message is new.
  const history = conversation(8192)
  const turn: BenchCase = {
    name: 'engine.evaluate/8k-next-turn',
    note: `${kb(history)}, only the last message new`,
    sync: () => engine.evaluate([...history.slice(0, -1), unseen(history.slice(-1))[0] as Msg], empty, 'request'),
  }
  // The mix a shard sees under `npm run perf`: the requests of the interleaved sessions in
  // order, one whole pass per sample, every pass tagging all text anew, so within a pass a
  // session's history is resent (and memoized) and across passes nothing is. A sample of a
  // few requests (as a calibrated sample was, ~30 ms) timed mostly the sessions' first
  // requests, whose whole text is new: 2–3× the mix's mean, with a wide spread.
  const traffic = trafficRequests()
  let pass = 0
  // Warm-up outside the timed loop: the first requests compile every lexicon and regex
  // (hundreds of milliseconds) and V8 tiers code up over the first few hundred requests.
  for (const m of traffic) engine.evaluate(tagged(m, 'warm-up'), empty, 'request')
  const mix: BenchCase = {
    name: 'engine.evaluate/perf-traffic',
    note: `${traffic.length} requests of the perf mix (80% benign, 1–8 KB, histories resent), in session order, a pass per sample`,
    selfTimed: true,
    batch: async () => {
      const tag = String(pass++)
      const t0 = process.hrtime.bigint()
      for (const m of traffic) engine.evaluate(tagged(m, tag), empty, 'request')
      return Number(process.hrtime.bigint() - t0) / traffic.length
    },
  }
  // The floor of a request: requests of the mix whose text has all been seen, as a client
  // resending a conversation sends its history. What it costs is per-request work no memo
  // saves: the session view, memo lookups, policies that weigh the request as a whole.
  // The other cases' new text pushes these out of the thread's memo of seen messages
  // between samples, so each sample first re-reads them, untimed: 100 requests from the
  // middle of the mix (long histories), whose text the memo holds at once.
  const seen = traffic.slice(200, 300).map(m => tagged(m, 'seen'))
  let next = 0
  const floor: BenchCase = {
    name: 'engine.evaluate/perf-traffic-seen',
    note: `${seen.length} requests of the perf mix, all text seen before`,
    batch: async n => {
      for (const m of seen) engine.evaluate(m, empty, 'request')
      const t0 = process.hrtime.bigint()
      for (let i = 0; i < n; i++) engine.evaluate(seen[next++ % seen.length] as Msg[], empty, 'request')
      return Number(process.hrtime.bigint() - t0)
    },
  }
  return [...cold, turn, mix, floor]
}

/**
 * The cost of scoped settings: an engine compiled with 200 tenants, each with route
 * overrides and allowlist entries that do not match, against the plain engine on the same
 * input with findings (so the allowlist check runs). The difference is the profile lookup
 * plus the allowlist check; nothing is compiled per request.
 */
export async function scopedEngineCases (root: ModuleRoot): Promise<BenchCase[]> {
  const engine = await root.load<typeof EngineMod>('detection/engine.js')
  const evaluator = await optionsModule(root)
  const schema = await root.load<typeof SchemaMod>('config/schema.js')
  const allowlist = [
    ...Array.from({ length: 5 }, (_, i) => ({ exact: `internal runbook phrase number ${i}` })),
    ...Array.from({ length: 5 }, (_, i) => ({ pattern: `ticket-${i}[0-9]{4} approved` })),
  ]
  const tenants = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`t${i}`, {
    categories: { pii: { weight: 0.8 } },
    allowlist,
    routes: { analyze: { blockThreshold: 85, policies: { 'jailbreak.persona': { weight: 0.5 } } }, chat_completions: { mode: 'monitor' } },
  }]))
  const options = evaluator.engineOptionsOf(Value.Default(schema.DetectionSchema, { tenants }) as never)
  let scoped: EngineMod.Engine
  try {
    scoped = engine.compileEngine(options)
  } catch {
    throw new Error('this tree has no scoped overrides')
  }
  const scope = { tenant: 't137', route: 'analyze' }
  const msgs = conversation(8192, 3)
  const empty: SessionView = { totalActions: 0, recent: [], peakScore: 0 }
  return [
    { name: 'engine.scoped/settings-lookup', note: '200 tenants × 2 routes', sync: () => scoped.settingsOf(scope) },
    { name: 'engine.scoped/evaluate-8k-mixed-attacks', note: `tenant profile with 10 allowlist entries, ${kb(msgs)}`, sync: () => scoped.evaluate(msgs, empty, 'request', scope) },
  ]
}

export async function scoringCases (root: ModuleRoot): Promise<BenchCase[]> {
  const scoring = await root.load<typeof ScoringMod>('detection/scoring.js')
  const engine = await engineOf(root)
  const view = sessionView20()
  const result = engine.evaluate(conversation(8192, 2), view, 'request')
  // The contributions of an 8 KB conversation with attacks in it: a realistic list to combine.
  const contributions = result.contributions
  const thresholds = { block: 80, flag: 50 }
  return [
    { name: 'scoring/combine', note: `${contributions.length} contributions`, sync: () => scoring.combine(contributions, { value: 1.2, reason: 'x' }, thresholds) },
    { name: 'scoring/session-multiplier', note: '20-turn session', sync: () => scoring.sessionMultiplierOf(view, 0.5, 10) },
  ]
}
