import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Prng } from './prng.js'

// Realistic mixed traffic built from the corpus: sessions that walk a scenario turn by
// turn (each request carries the conversation so far, as chat clients do), behind benign
// history drawn once per session for a first body size drawn from [minBytes, maxBytes]. Built once before the
// run, so the load generator only picks precomputed buffers while it measures.

export interface TrafficOptions {
  readonly corpusDir: string
  readonly seed: number
  /** Share of requests that come from attack scenarios. */
  readonly attackShare: number
  /** Share of requests that ask for a streamed (SSE) answer. */
  readonly streamShare: number
  readonly minBytes: number
  readonly maxBytes: number
  /** Distinct scripts to precompute; sessions cycle through them. */
  readonly scripts: number
  readonly model: string
}

export const DEFAULT_TRAFFIC: Omit<TrafficOptions, 'corpusDir'> = {
  seed: 20240611,
  attackShare: 0.2,
  streamShare: 0.1,
  minBytes: 1024,
  maxBytes: 8192,
  scripts: 2000,
  model: 'mock-model',
}

export interface TrafficRequest {
  readonly body: Buffer
  readonly attack: boolean
  readonly stream: boolean
}

/** One session's requests, in order. */
export interface SessionScript {
  readonly attack: boolean
  readonly family: string
  readonly requests: readonly TrafficRequest[]
}

export interface TrafficSummary {
  readonly scripts: number
  readonly requests: number
  readonly attackShare: number
  readonly streamShare: number
  readonly bodyBytes: { readonly min: number, readonly mean: number, readonly max: number }
  readonly families: Readonly<Record<string, number>>
}

export interface Traffic {
  readonly scripts: readonly SessionScript[]
  readonly summary: TrafficSummary
}

interface Message { readonly role: string, readonly content: string }
interface CorpusScenario { readonly id: string, readonly category: string, readonly sequence: readonly Message[] }

/** Reads corpus/<label>/*.json; only the fields the traffic needs are checked. */
export function readScenarios (dir: string): CorpusScenario[] {
  const out: CorpusScenario[] = []
  for (const file of readdirSync(dir).filter(f => f.endsWith('.json')).sort()) {
    const parsed = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown
    if (!Array.isArray(parsed)) throw new Error(`${join(dir, file)}: expected an array of scenarios`)
    for (const s of parsed as CorpusScenario[]) {
      if (typeof s.id !== 'string' || !Array.isArray(s.sequence)) throw new Error(`${join(dir, file)}: scenario without id or sequence`)
      out.push(s)
    }
  }
  if (out.length === 0) throw new Error(`${dir}: no scenarios`)
  return out
}

/** Positions after which a client sends a request: each user or tool turn. */
function turnPoints (s: CorpusScenario): number[] {
  const points: number[] = []
  s.sequence.forEach((m, i) => { if (m.role === 'user' || m.role === 'tool') points.push(i) })
  return points.length > 0 ? points : [s.sequence.length - 1]
}

export function buildTraffic (opts: TrafficOptions): Traffic {
  const attacks = readScenarios(join(opts.corpusDir, 'attack'))
  const benign = readScenarios(join(opts.corpusDir, 'benign'))
  const rng = new Prng(opts.seed)
  // Filler history: benign exchanges (a user turn and the assistant turn that answered
  // it, roles kept as the corpus has them), the kind of text that makes up most of a long
  // conversation and that every policy must still scan.
  const filler: (readonly [Message, Message])[] = []
  for (const s of benign) {
    for (let i = 0; i + 1 < s.sequence.length; i++) {
      const u = s.sequence[i] as Message
      const a = s.sequence[i + 1] as Message
      if (u.role === 'user' && a.role === 'assistant') filler.push([{ role: 'user', content: u.content }, { role: 'assistant', content: a.content }])
    }
  }
  if (filler.length === 0) throw new Error('the benign corpus has no user/assistant exchange to pad conversations with')
  const scripts: SessionScript[] = []
  const families: Record<string, number> = {}
  let attackRequests = 0
  let total = 0
  let streams = 0
  let minB = Infinity
  let maxB = 0
  let sumB = 0
  for (let k = 0; k < opts.scripts; k++) {
    // Greedy choice keeps the attack share of requests (not of sessions) on target, even
    // though attack scenarios have more turns on average than benign ones.
    const attack = total === 0 ? false : attackRequests / total < opts.attackShare
    const scenario = rng.pick(attack ? attacks : benign)
    const requests: TrafficRequest[] = []
    // One conversation per session: its benign history is drawn once, for a size picked
    // once, and every later turn resends it with the new turns appended, as a chat client
    // does; only a body over maxBytes drops its oldest exchanges (a client trimming).
    const target = rng.int(opts.minBytes, opts.maxBytes)
    let history: Message[] | null = null
    for (const end of turnPoints(scenario)) {
      const stream = rng.next() < opts.streamShare
      const conversation = scenario.sequence.slice(0, end + 1)
      history ??= paddingFor(conversation, target, opts, filler, rng)
      const { body, kept } = padded(conversation, history, opts, stream)
      history = kept
      requests.push({ body, attack, stream })
      total++
      if (attack) attackRequests++
      if (stream) streams++
      minB = Math.min(minB, body.length)
      maxB = Math.max(maxB, body.length)
      sumB += body.length
    }
    families[scenario.category] = (families[scenario.category] ?? 0) + requests.length
    scripts.push({ attack, family: scenario.category, requests })
  }
  return {
    scripts,
    summary: {
      scripts: scripts.length,
      requests: total,
      attackShare: total === 0 ? 0 : attackRequests / total,
      streamShare: total === 0 ? 0 : streams / total,
      bodyBytes: { min: minB, mean: total === 0 ? 0 : sumB / total, max: maxB },
      families,
    },
  }
}

function encode (messages: readonly Message[], model: string, stream: boolean): Buffer {
  return Buffer.from(JSON.stringify({ model, messages, stream, max_tokens: 256 }))
}

/** Benign exchanges to put in front of a conversation so that its first body reaches `target` bytes. */
function paddingFor (conversation: readonly Message[], target: number, opts: TrafficOptions, filler: readonly (readonly [Message, Message])[], rng: Prng): Message[] {
  const { system, rest } = split(conversation)
  const history: Message[] = []
  while (encode([...system, ...history, ...rest], opts.model, false).length < target) history.push(...rng.pick(filler))
  return history
}

function split (conversation: readonly Message[]): { readonly system: readonly Message[], readonly rest: readonly Message[] } {
  const system = conversation[0]?.role === 'system' ? [conversation[0]] : []
  return { system, rest: conversation.slice(system.length) }
}

/**
 * The body of one turn: system prompt, the session's benign history, then the scenario so
 * far. While the body is over maxBytes the oldest history exchanges go (and stay gone
 * for the session's later turns: `kept`), then the oldest scenario messages (the
 * scenario's last message always stays: it is what the turn is about).
 */
function padded (conversation: readonly Message[], history: readonly Message[], opts: TrafficOptions, stream: boolean): { readonly body: Buffer, readonly kept: Message[] } {
  const { system, rest } = split(conversation)
  let kept = history.slice()
  let body = encode([...system, ...kept, ...rest], opts.model, stream)
  while (body.length > opts.maxBytes && kept.length > 0) {
    kept = kept.slice(2)
    body = encode([...system, ...kept, ...rest], opts.model, stream)
  }
  let tail = rest
  while (body.length > opts.maxBytes && tail.length > 1) {
    tail = tail.slice(1)
    body = encode([...system, ...kept, ...tail], opts.model, stream)
  }
  if (body.length > opts.maxBytes) {
    // A single message over the cap: cut its text (the cap is a property of the mix, not of the corpus).
    const last = tail[tail.length - 1] as Message
    const over = body.length - opts.maxBytes
    body = encode([{ role: last.role, content: last.content.slice(0, Math.max(1, last.content.length - over)) }], opts.model, stream)
  }
  return { body, kept }
}

/**
 * Hands out the next request of a session. Each slot is one concurrent session: it walks a
 * script turn by turn and then starts the next script under the next session id. Session
 * ids come from a bounded ring, so a long run reaches a steady state of `sessionPool`
 * sessions (each keeping its history window) instead of filling the cache for ever;
 * soak memory growth then measures leaks, not retention.
 */
export class SessionWalker {
  readonly #traffic: Traffic
  readonly #tag: string
  readonly #pool: number
  #nextScript = 0
  #nextSession = 0

  constructor (traffic: Traffic, tag: string, sessionPool: number) {
    if (traffic.scripts.length === 0) throw new RangeError('traffic has no scripts')
    this.#traffic = traffic
    this.#tag = tag
    this.#pool = Math.max(1, sessionPool)
  }

  slot (): SessionSlot {
    return new SessionSlot(this)
  }

  /** @internal */
  take (): { script: SessionScript, sessionId: string } {
    const script = this.#traffic.scripts[this.#nextScript] as SessionScript
    this.#nextScript = (this.#nextScript + 1) % this.#traffic.scripts.length
    const sessionId = `${this.#tag}-${this.#nextSession}`
    this.#nextSession = (this.#nextSession + 1) % this.#pool
    return { script, sessionId }
  }
}

export class SessionSlot {
  readonly #walker: SessionWalker
  #script: SessionScript | null = null
  #sessionId = ''
  #turn = 0

  constructor (walker: SessionWalker) {
    this.#walker = walker
  }

  next (): { readonly sessionId: string, readonly request: TrafficRequest } {
    if (this.#script === null || this.#turn >= this.#script.requests.length) {
      const t = this.#walker.take()
      this.#script = t.script
      this.#sessionId = t.sessionId
      this.#turn = 0
    }
    const request = this.#script.requests[this.#turn++] as TrafficRequest
    return { sessionId: this.#sessionId, request }
  }
}
