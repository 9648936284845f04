import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

// Every metric name in one file. Labels are low-cardinality only: route, status code,
// decision, policy id, shard, error code — never tenant or session id.

export interface Metrics {
  readonly registry: Registry
  readonly requests: Counter<'route' | 'status'>
  readonly requestDuration: Histogram<'route'>
  readonly decisions: Counter<'decision'>
  readonly policyHits: Counter<'policy' | 'decision'>
  readonly allowlistHits: Counter<'policy' | 'scope'>
  readonly wouldBlock: Counter<'route'>
  readonly heldBack: Counter<'route'>
  readonly policyEvalSeconds: Histogram<'policy'>
  readonly detectionSeconds: Histogram<'mode'>
  readonly errors: Counter<'code' | 'where'>
  readonly policyErrors: Counter<'policy' | 'fail_mode'>
  readonly workerCrashes: Counter<'shard'>
  readonly upstreamSeconds: Histogram<'status'>
  readonly inflight: Gauge
  readonly ready: Gauge
  readonly shardQueue: Gauge
  readonly rateLimited: Counter<'by'>
  readonly rateLimitStoreUp: Gauge
  readonly rateLimitDegraded: Counter<'policy'>
  readonly outputFindings: Counter<'category' | 'policy' | 'action'>
  readonly outputResponses: Counter<'outcome' | 'stream'>
  readonly outputWouldBlock: Counter<'category'>
  readonly outputScanSeconds: Histogram<'stream'>
  readonly sessionStoreUp: Gauge
  readonly sessionStoreErrors: Counter<'op'>
  readonly sessionStoreReconciled: Counter
  readonly sessionCacheSessions: Gauge<'shard'>
  readonly sessionCacheBytes: Gauge<'shard'>
  readonly shardHeapUsedBytes: Gauge<'shard'>
  readonly shardHeapTotalBytes: Gauge<'shard'>
}

const FAST_BUCKETS = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1]
const HTTP_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60]

export function createMetrics (): Metrics {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'infershield_process_' })
  const r = { registers: [registry] }
  return {
    registry,
    requests: new Counter({ ...r, name: 'infershield_http_requests_total', help: 'HTTP requests by route and status code.', labelNames: ['route', 'status'] }),
    requestDuration: new Histogram({ ...r, name: 'infershield_http_request_duration_seconds', help: 'Time from request start to the last byte of the response, by route.', labelNames: ['route'], buckets: HTTP_BUCKETS }),
    decisions: new Counter({ ...r, name: 'infershield_decisions_total', help: 'Detection decisions by outcome.', labelNames: ['decision'] }),
    policyHits: new Counter({ ...r, name: 'infershield_policy_hits_total', help: 'Requests in which a policy contributed risk, by policy and the request\'s decision.', labelNames: ['policy', 'decision'] }),
    allowlistHits: new Counter({ ...r, name: 'infershield_allowlist_hits_total', help: 'Findings dropped because their evidence lay in allowlisted text, by policy and the kind of config section of the entry (global, route, tenant, tenant_route).', labelNames: ['policy', 'scope'] }),
    wouldBlock: new Counter({ ...r, name: 'infershield_would_block_total', help: 'Requests that reached the block threshold in monitor mode and were forwarded, flagged, instead.', labelNames: ['route'] }),
    heldBack: new Counter({ ...r, name: 'infershield_held_back_total', help: 'Requests that reached the block threshold only through findings in their tool definitions and were forwarded, flagged, instead (detection.toolDefinitions: flag).', labelNames: ['route'] }),
    policyEvalSeconds: new Histogram({ ...r, name: 'infershield_policy_evaluation_seconds', help: 'Time one policy took on one request.', labelNames: ['policy'], buckets: FAST_BUCKETS }),
    detectionSeconds: new Histogram({ ...r, name: 'infershield_detection_duration_seconds', help: 'Time from handing a request to its shard to having the decision (includes the worker hop).', labelNames: ['mode'], buckets: FAST_BUCKETS }),
    errors: new Counter({ ...r, name: 'infershield_errors_total', help: 'Errors by stable code and where they were caught.', labelNames: ['code', 'where'] }),
    policyErrors: new Counter({ ...r, name: 'infershield_policy_errors_total', help: 'Policies that threw, by policy and fail mode.', labelNames: ['policy', 'fail_mode'] }),
    workerCrashes: new Counter({ ...r, name: 'infershield_worker_crashes_total', help: 'Shard worker threads that died and were replaced.', labelNames: ['shard'] }),
    upstreamSeconds: new Histogram({ ...r, name: 'infershield_upstream_duration_seconds', help: 'Time to the upstream provider\'s response headers, by status class.', labelNames: ['status'], buckets: HTTP_BUCKETS }),
    inflight: new Gauge({ ...r, name: 'infershield_inflight_requests', help: 'Requests being handled now.' }),
    ready: new Gauge({ ...r, name: 'infershield_ready', help: '1 when the gateway accepts traffic, 0 while starting or draining.' }),
    shardQueue: new Gauge({ ...r, name: 'infershield_shard_queue_depth', help: 'Detection tasks waiting for a shard, over all shards.' }),
    rateLimited: new Counter({ ...r, name: 'infershield_rate_limited_total', help: 'Requests answered 429 rate_limited, by the bucket that decided (memory, redis, or local while Redis is down).', labelNames: ['by'] }),
    rateLimitStoreUp: new Gauge({ ...r, name: 'infershield_rate_limit_store_up', help: '1 while the shared rate-limit store (Redis) answers, 0 while requests are decided by rateLimit.onStoreUnavailable.' }),
    rateLimitDegraded: new Counter({ ...r, name: 'infershield_rate_limit_degraded_total', help: 'Requests decided by rateLimit.onStoreUnavailable because Redis could not answer, by policy.', labelNames: ['policy'] }),
    outputFindings: new Counter({ ...r, name: 'infershield_output_findings_total', help: 'Leaks found in provider answers, by category, policy and the action taken.', labelNames: ['category', 'policy', 'action'] }),
    outputResponses: new Counter({ ...r, name: 'infershield_output_responses_total', help: 'Provider answers scanned, by outcome (clean, flagged, redacted, blocked) and whether streamed.', labelNames: ['outcome', 'stream'] }),
    outputWouldBlock: new Counter({ ...r, name: 'infershield_output_would_block_total', help: 'Provider answers that monitor mode relayed where enforcement would have withheld them, by the category that would have blocked.', labelNames: ['category'] }),
    outputScanSeconds: new Histogram({ ...r, name: 'infershield_output_scan_duration_seconds', help: 'Main-thread time spent scanning one provider answer (all its chunks).', labelNames: ['stream'], buckets: FAST_BUCKETS }),
    sessionStoreUp: new Gauge({ ...r, name: 'infershield_session_store_up', help: '1 when every shard reaches the session store (always 1 for the memory store), 0 while degraded.' }),
    sessionStoreErrors: new Counter({ ...r, name: 'infershield_session_store_errors_total', help: 'Failed session store operations (Redis errors, timeouts, failed health probes), by operation.', labelNames: ['op'] }),
    sessionCacheSessions: new Gauge({ ...r, name: 'infershield_session_cache_sessions', help: 'Sessions held in a shard\'s hot cache (bounded by session.cacheMaxSessions), as of its last evaluation.', labelNames: ['shard'] }),
    sessionCacheBytes: new Gauge({ ...r, name: 'infershield_session_cache_bytes', help: 'Estimated bytes of session state in a shard\'s hot cache (bounded by session.cacheMaxBytes), as of its last evaluation.', labelNames: ['shard'] }),
    shardHeapUsedBytes: new Gauge({ ...r, name: 'infershield_shard_heap_used_bytes', help: 'V8 heap in use by a shard\'s thread (its own isolate; process RSS covers every thread at once), sampled once a second by a timer, busy or idle, so an idle shard\'s figure stays current.', labelNames: ['shard'] }),
    shardHeapTotalBytes: new Gauge({ ...r, name: 'infershield_shard_heap_total_bytes', help: 'V8 heap reserved by a shard\'s thread, sampled like infershield_shard_heap_used_bytes.', labelNames: ['shard'] }),
    sessionStoreReconciled: new Counter({ ...r, name: 'infershield_session_store_reconciled_actions_total', help: 'Actions recorded while the store was unavailable and written to it after it came back.' }),
  }
}
