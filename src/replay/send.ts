import { performance } from 'node:perf_hooks'
import { Pool } from 'undici'
import { planRequests } from './plan-requests.js'
import type { PlannedRequest, ReplayScenario, RequestOutcome, SendMode } from './types.js'
import { OUTPUT_POLICY_PREFIX } from '../session/state.js'

// Sends scenarios through POST /v1/chat/completions exactly as an application would:
// nothing else is called for an allowed request, so what is measured is the real path
// (auth, parsing, detection, session memory, forwarding) and its real latency.

// The mock provider takes at most 64 KiB of base64; a longer scripted answer is left to its default reply.
const MAX_SCRIPTED_REPLY = 40_000

export interface ClientOptions {
  /** Base URL of the gateway, e.g. http://127.0.0.1:8080 (a path prefix is kept). */
  readonly url: string
  readonly apiKey: string | null
  readonly model: string
  readonly connections: number
  readonly timeoutMs: number
}

export class ReplayClient {
  private readonly pool: Pool
  private readonly path: string
  private readonly baseHeaders: Record<string, string>
  private readonly model: string

  constructor (opts: ClientOptions) {
    const u = new URL(opts.url)
    this.pool = new Pool(u.origin, { connections: opts.connections, headersTimeout: opts.timeoutMs, bodyTimeout: opts.timeoutMs })
    // The lookbehind keeps the trim linear on a long run of slashes.
    this.path = `${u.pathname.replace(/(?<!\/)\/+$/, '')}/v1/chat/completions`
    this.baseHeaders = { 'content-type': 'application/json' }
    if (opts.apiKey !== null) this.baseHeaders.authorization = `Bearer ${opts.apiKey}`
    this.model = opts.model
  }

  /** One chat request. Never throws: a failure becomes an outcome with `error` set. */
  async send (req: PlannedRequest, sessionId: string, requestId: string): Promise<RequestOutcome> {
    const body = JSON.stringify(req.tools === undefined ? { model: this.model, messages: req.messages } : { model: this.model, messages: req.messages, tools: req.tools })
    const headers: Record<string, string> = { ...this.baseHeaders, 'x-session-id': sessionId, 'x-request-id': requestId }
    // Only the built-in mock provider reads it; a gateway in front of a real one drops it.
    if (req.reply !== undefined && req.reply.length <= MAX_SCRIPTED_REPLY) headers['x-mock-reply'] = Buffer.from(req.reply, 'utf8').toString('base64')
    const t0 = performance.now()
    try {
      const r = await this.pool.request({ path: this.path, method: 'POST', headers, body })
      const text = await r.body.text()
      return interpretAnswer(req.step, r.statusCode, r.headers, text, performance.now() - t0)
    } catch (err) {
      const e = err as { code?: string, message: string }
      return { step: req.step, status: 0, blocked: false, blockedBy: null, decision: null, riskScore: null, policies: [], latencyMs: performance.now() - t0, error: e.code ?? e.message }
    }
  }

  async close (): Promise<void> {
    await this.pool.close()
  }
}

type Headers = Record<string, string | string[] | undefined>

/**
 * Reads a gateway answer: 200 forwarded, 403 with error.code 'blocked' blocked, 403
 * 'response_blocked' blocked too (the answer was withheld: the output stage stopped what
 * the request led to, e.g. a beacon the scripted answer carries), anything else an error.
 */
export function interpretAnswer (step: number, status: number, headers: Headers, text: string, latencyMs: number): RequestOutcome {
  const base = { step, status, latencyMs }
  if (status === 200) {
    const risk = Number(header(headers, 'x-infershield-risk-score'))
    return { ...base, blocked: false, blockedBy: null, decision: header(headers, 'x-infershield-decision') ?? null, riskScore: Number.isFinite(risk) ? risk : null, policies: [], error: null }
  }
  const body = parseObject(text)
  const error = body?.error as { code?: unknown } | undefined
  const code = typeof error?.code === 'string' ? error.code : null
  if (status === 403 && code === 'response_blocked') {
    const view = body?.infershield as { findings?: unknown } | undefined
    const policies = Array.isArray(view?.findings)
      ? view.findings.map(f => (f as { policy?: unknown }).policy).filter((id): id is string => typeof id === 'string').map(id => `${OUTPUT_POLICY_PREFIX}${id}`)
      : []
    return { ...base, blocked: true, blockedBy: 'response', decision: 'block', riskScore: null, policies, error: null }
  }
  if (status === 403 && code === 'blocked') {
    const view = body?.infershield as { decision?: unknown, risk_score?: unknown, policies?: unknown } | undefined
    const policies = Array.isArray(view?.policies)
      ? view.policies.map(p => (p as { id?: unknown }).id).filter((id): id is string => typeof id === 'string')
      : []
    return {
      ...base,
      blocked: true,
      blockedBy: 'request',
      decision: typeof view?.decision === 'string' ? view.decision : 'block',
      riskScore: typeof view?.risk_score === 'number' ? view.risk_score : null,
      policies,
      error: null,
    }
  }
  return { ...base, blocked: false, blockedBy: null, decision: null, riskScore: null, policies: [], error: `http ${status}${code === null ? '' : ` ${code}`}` }
}

function header (headers: Headers, name: string): string | undefined {
  const v = headers[name]
  return Array.isArray(v) ? v[0] : v
}

function parseObject (text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text)
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v as Record<string, unknown> : null
  } catch {
    return null
  }
}

/**
 * Runs one scenario in its own session, steps strictly in order: a session's turns must
 * reach the gateway in sequence or session memory would see another conversation.
 * Every step is sent even after a block, so later steps' decisions are on record too.
 */
export async function runScenario (client: ReplayClient, s: ReplayScenario, mode: SendMode, sessionId: string): Promise<RequestOutcome[]> {
  return await runPlanned(client, planRequests(s, mode), sessionId)
}

export async function runPlanned (client: ReplayClient, planned: readonly PlannedRequest[], sessionId: string): Promise<RequestOutcome[]> {
  const out: RequestOutcome[] = []
  for (const req of planned) out.push(await client.send(req, sessionId, requestIdOf(sessionId, req.step)))
  return out
}

/**
 * Session ids must be printable ASCII and request ids [A-Za-z0-9._-]; ids from eval sets
 * may be neither. The index keeps two ids that sanitize alike in separate sessions; the
 * run tag keeps a rerun against a long-running gateway out of the last run's sessions.
 */
export function sessionIdOf (runTag: string, index: number, id: string): string {
  return `${runTag}-${index}-${id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80)}`
}

function requestIdOf (sessionId: string, step: number): string {
  return `${sessionId.slice(0, 110)}.${step}`
}
