import { timingSafeEqual } from 'node:crypto'
import type { Config } from '../config/config.js'
import { hashKey } from '../config/load.js'
import { POLICIES } from '../detection/registry.js'
import { fromData, GatewayError } from '../errors.js'
import type { AuditTrail } from '../observability/audit.js'
import type { Telemetry } from '../observability/telemetry.js'
import type { ShardRouter } from '../router/shard-router.js'
import { Exchange } from '../front/exchange.js'
import { requestIdOf } from '../front/request-id.js'
import { uws, type HttpRequest, type HttpResponse, type TemplatedApp } from '../front/uws.js'
import { redactedConfig } from './redacted-config.js'
import { TenantPolicies } from './tenant-policies.js'

export interface AdminDeps {
  readonly config: Config
  readonly router: ShardRouter
  readonly telemetry: Telemetry
  readonly audit: AuditTrail
}

/** The admin port: Prometheus metrics, and /admin/* behind the admin token. */
export function createAdminApp (d: AdminDeps): TemplatedApp {
  const app = uws.App()
  const tokenHash = d.config.admin.token === '' ? null : hashKey(d.config.admin.token)
  const observer = { finished: () => undefined }

  const route = (name: string, needsToken: boolean, handler: (ex: Exchange, req: HttpRequest) => Promise<void> | void) =>
    (res: HttpResponse, req: HttpRequest): void => {
      const ex = new Exchange(res, requestIdOf(req.getHeader('x-request-id')), `admin_${name}`, observer)
      const fail = (err: unknown): void => {
        const g = d.telemetry.error(ex, err, `admin_${name}`)
        ex.error(g, { param: typeof g.details?.param === 'string' ? g.details.param : null })
      }
      if (needsToken && !tokenOk(tokenHash, req.getHeader('authorization'))) return fail(new GatewayError('unauthorized', 'Missing or invalid admin token (Authorization: Bearer <admin.token>).'))
      try {
        const p = handler(ex, req)
        if (p instanceof Promise) p.catch(fail)
      } catch (err) {
        fail(err)
      }
    }

  app.get('/metrics', route('metrics', false, async (ex) => {
    const text = await d.telemetry.metrics.registry.metrics()
    ex.send(200, d.telemetry.metrics.registry.contentType, text)
  }))
  const tenantPolicies = new TenantPolicies(d.config)
  app.get('/admin/policies', route('policies', true, (ex, req) => {
    const actor = actorOf(req.getHeader('authorization'))
    const tenant = req.getQuery('tenant')
    if (tenant !== undefined) {
      const routeId = req.getQuery('route') ?? null
      const view = tenantPolicies.view(tenant, routeId)
      d.audit.record(actor, 'policies.view', routeId === null ? tenant : `${tenant}:${routeId}`)
      ex.json(200, view)
      return
    }
    d.audit.record(actor, 'policies.view', '*')
    ex.json(200, {
      policies: POLICIES.map(p => {
        const o = d.config.detection.policies[p.id]
        return { id: p.id, category: p.category, phase: p.phase, priority: p.priority, enabled: o?.enabled !== false, weight: o?.weight ?? p.weight, default_weight: p.weight, stages: p.stages, fail_mode: p.failMode, description: p.description, params: o?.params ?? {}, params_schema: p.params }
      }),
    })
  }))
  app.get('/admin/config', route('config', true, (ex) => { ex.json(200, redactedConfig(d.config)) }))
  app.get('/admin/audit', route('audit', true, (ex) => { ex.json(200, { events: d.audit.recent() }) }))
  const session = (kind: 'inspect' | 'delete') => route(`session_${kind}`, true, async (ex, req) => {
    const id = decodeURIComponent(req.getParameter(0) ?? '')
    const tenant = req.getQuery('tenant') ?? 'default'
    const actor = actorOf(req.getHeader('authorization'))
    ex.onAbort(() => undefined)
    const { reply } = await d.router.run({ kind, tenant, sessionId: id })
    if (!reply.ok) throw fromData(reply.error)
    d.audit.record(actor, kind === 'inspect' ? 'session.inspect' : 'session.delete', `${tenant}:${id}`)
    if (reply.outcome.kind === 'inspect') {
      const s = reply.outcome.state
      if (s === null) throw new GatewayError('not_found', 'No such session (or it expired).')
      ex.json(200, { id: s.id, tenant: s.tenant, created_at: new Date(s.createdAt).toISOString(), updated_at: new Date(s.updatedAt).toISOString(), total_actions: s.totalActions, risk: s.recent.reduce((m, a) => Math.max(m, a.score), 0), actions: s.recent })
    } else if (reply.outcome.kind === 'delete') {
      ex.json(200, { deleted: reply.outcome.deleted })
    }
  })
  app.get('/admin/sessions/:id', session('inspect'))
  app.del('/admin/sessions/:id', session('delete'))
  app.any('/*', route('not_found', false, () => { throw new GatewayError('not_found') }))
  return app
}

function tokenOk (expected: Buffer | null, header: string): boolean {
  if (expected === null) return false
  const m = /^Bearer[ \t]+(\S{1,512})$/i.exec(header)
  if (m === null) return false
  return timingSafeEqual(expected, hashKey(m[1] as string))
}

/** The audit actor: a short hash of the admin credential, never the credential. */
function actorOf (header: string): string {
  return `admin-${hashKey(header).subarray(0, 4).toString('hex')}`
}
