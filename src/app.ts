import { createAdminApp } from './admin/admin-server.js'
import type { Config } from './config/config.js'
import { isLoopback } from './config/checks.js'
import { compileEngine } from './detection/engine.js'
import type { GatewayContext, Phase } from './front/context.js'
import { createPublicApp, listen, type Listening } from './front/server.js'
import { closeApp, isNativeUws, uwsLoadMessages } from './front/uws.js'
import { AuditTrail } from './observability/audit.js'
import type { Logger } from './observability/logger.js'
import { createMetrics } from './observability/metrics.js'
import { rateLimitTelemetry } from './observability/rate-limit-telemetry.js'
import { StoreHealth } from './observability/store-health.js'
import { Telemetry } from './observability/telemetry.js'
import { createRateLimiter } from './rate-limit/create.js'
import { compileOutputScanning } from './output/output-scanning.js'
import { createShardRouter } from './router/shard-router.js'
import { startMockProvider, type MockProvider } from './upstream/mock-provider.js'
import { UpstreamPool } from './upstream/pool.js'
import { engineOptionsOf } from './detection/engine-options.js'

export interface Gateway {
  readonly port: number
  readonly adminPort: number
  readonly upstreamUrl: string
  phase (): Phase
  /** Stops accepting, lets in-flight work finish within the grace period, releases everything. */
  shutdown (reason: string): Promise<{ readonly cut: number }>
}

export class StartupError extends Error {
  override readonly name = 'StartupError'
}

/** The composition root: builds every module from the config and wires them. No logic of its own. */
export async function startGateway (config: Config, logger: Logger): Promise<Gateway> {
  if (!isNativeUws()) {
    const why = uwsLoadMessages().join(' ').slice(0, 500)
    if (!config.server.allowJsFallback) {
      throw new StartupError(`uWebSockets.js native binary did not load and the package fell back to its slow pure-JS server (${why || 'no reason given'}); refusing to start. Set server.allowJsFallback (INFERSHIELD_ALLOW_JS_FALLBACK=true) to run anyway.`)
    }
    logger.warn({ event: 'uws_fallback', reason: why }, 'running on the pure-JS uWebSockets.js fallback: expect a fraction of native throughput')
  }
  if (config.auth.mode === 'open') {
    logger.warn({ event: 'auth_open', host: config.server.host, loopback: isLoopback(config.server.host) }, 'no API keys configured: the gateway accepts unauthenticated requests (allowed on loopback only)')
  }
  // Compile once here so a bad policy override fails the start, not every worker.
  const engine = compileEngine(engineOptionsOf(config.detection))
  const output = compileOutputScanning(config.output, config.detection)

  const metrics = createMetrics()
  const telemetry = new Telemetry(logger, metrics, config.log.includeContent)
  const audit = new AuditTrail(logger)
  const storeHealth = new StoreHealth(logger, metrics)
  audit.record('system', 'config.load', 'gateway', { policies: engine.policies.length, workers: config.workers.count, store: config.session.store, upstream: config.upstream.kind, rate_limit: config.rateLimit.enabled ? config.rateLimit.backend.kind : 'off' })

  let mock: MockProvider | null = null
  if (config.upstream.kind === 'mock') {
    mock = await startMockProvider({ host: '127.0.0.1', port: 0, latencyMs: config.upstream.latencyMs, echo: config.upstream.echo })
    logger.info({ event: 'mock_upstream', url: mock.url }, 'no upstream.url configured: using the built-in mock provider')
  }
  const upstreamUrl = config.upstream.kind === 'mock' ? (mock as MockProvider).url : config.upstream.url
  const upstream = new UpstreamPool({ baseUrl: upstreamUrl, apiKey: config.upstream.apiKey, timeoutMs: config.upstream.timeoutMs, connections: config.upstream.connections, forwardMockHeaders: config.upstream.kind === 'mock' })
  const router = createShardRouter({
    shards: config.workers.count,
    maxQueue: config.workers.maxQueue,
    init: { detection: config.detection, session: config.session, maxQueueWaitMs: config.workers.maxQueueWaitMs },
    onWorkerCrash: (shard, err) => telemetry.workerCrash(shard, err),
    onStoreEvent: (e) => { storeHealth.onEvent(e) },
    onHeap: (r) => { telemetry.shardHeap(r) },
  })
  // Warm every shard (thread start, module load, engine compile) before taking traffic.
  await Promise.all(Array.from({ length: Math.max(1, config.workers.count) }, () =>
    router.run({ kind: 'evaluate', requestId: 'warm-up', tenant: 'warm-up', route: 'warm-up', sessionId: null, messages: [{ role: 'user', content: 'warm up' }], stage: 'request', record: false })))

  const rateLimiter = await createRateLimiter(config.rateLimit, rateLimitTelemetry(logger, metrics))

  let phase: Phase = 'starting'
  const ctx: GatewayContext = { config, router, upstream, telemetry, rateLimiter, output, phase: () => phase, storeHealth: () => storeHealth.view() }
  const publicApp = createPublicApp(ctx)
  const adminApp = createAdminApp({ config, router, telemetry, audit })
  let pub: Listening
  let adm: Listening
  try {
    pub = await listen(publicApp, config.server.host, config.server.port)
    adm = await listen(adminApp, config.server.adminHost, config.server.adminPort)
  } catch (err) {
    await rateLimiter?.close()
    await router.close()
    await upstream.close()
    await mock?.close()
    throw new StartupError((err as Error).message)
  }
  phase = 'serving'
  metrics.ready.set(1)
  logger.info({ event: 'listening', host: config.server.host, port: pub.port, admin_port: adm.port, workers: router.shards, mode: router.mode, upstream: config.upstream.kind === 'mock' ? 'mock' : upstreamUrl }, 'InferShield gateway listening')

  let stopping: Promise<{ cut: number }> | null = null
  return {
    port: pub.port,
    adminPort: adm.port,
    upstreamUrl,
    phase: () => phase,
    shutdown (reason) {
      stopping ??= (async () => {
        phase = 'draining'
        metrics.ready.set(0)
        pub.close()
        logger.info({ event: 'shutdown_started', reason, inflight: telemetry.inflight, grace_ms: config.server.shutdownGraceMs }, 'draining: no new connections; waiting for in-flight requests')
        const deadline = Date.now() + config.server.shutdownGraceMs
        while (telemetry.inflight > 0 && Date.now() < deadline) await sleep(20)
        const cut = telemetry.inflight
        if (cut > 0) logger.warn({ event: 'shutdown_deadline', cut }, 'grace period over: cutting requests still in flight')
        closeApp(publicApp)
        adm.close()
        closeApp(adminApp)
        await rateLimiter?.close()
        await router.close()
        await upstream.close()
        await mock?.close()
        phase = 'stopped'
        logger.info({ event: 'shutdown_complete', cut }, 'gateway stopped')
        return { cut }
      })()
      return stopping
    },
  }
}

function sleep (ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}
