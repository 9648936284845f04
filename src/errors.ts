// The error code table: the one place that maps a stable code to its HTTP status, OpenAI
// error type and client-facing message. Clients and tests rely on the code, never the
// message. docs/errors.md is checked against this table by a test.

export const ERRORS = Object.freeze({
  invalid_json: { status: 400, type: 'invalid_request_error', message: 'The request body is not valid JSON.' },
  invalid_request: { status: 400, type: 'invalid_request_error', message: 'The request does not match the expected schema.' },
  unauthorized: { status: 401, type: 'authentication_error', message: 'Missing or invalid API key (Authorization: Bearer <key>).' },
  not_found: { status: 404, type: 'invalid_request_error', message: 'No such route.' },
  unknown_tenant: { status: 404, type: 'invalid_request_error', message: 'No API key authenticates as this tenant.' },
  method_not_allowed: { status: 405, type: 'invalid_request_error', message: 'Method not allowed on this route.' },
  payload_too_large: { status: 413, type: 'invalid_request_error', message: 'The request body is larger than server.maxBodyBytes.' },
  unsupported_media_type: { status: 415, type: 'invalid_request_error', message: 'Content-Type must be application/json.' },
  rate_limited: { status: 429, type: 'rate_limit_error', message: 'Too many requests for this API key.' },
  blocked: { status: 403, type: 'infershield_policy_violation', message: 'The request was blocked by InferShield security policy.' },
  response_blocked: { status: 403, type: 'infershield_policy_violation', message: 'The provider\'s answer was withheld by InferShield output policy.' },
  internal_error: { status: 500, type: 'server_error', message: 'Internal error; the request id identifies it in the gateway logs.' },
  upstream_error: { status: 502, type: 'upstream_error', message: 'The upstream provider failed or returned an invalid response.' },
  not_ready: { status: 503, type: 'server_error', message: 'The gateway is not ready to serve (starting, shutting down, or a required dependency is down).' },
  overloaded: { status: 503, type: 'server_error', message: 'Detection is overloaded: the shard queue is full (workers.maxQueue) or the request waited longer than workers.maxQueueWaitMs; retry later.' },
  cancelled: { status: 499, type: 'server_error', message: 'The client closed the connection before detection started; the request was dropped unevaluated and not forwarded.' },
  upstream_timeout: { status: 504, type: 'upstream_error', message: 'The upstream provider did not answer within upstream.timeoutMs.' },
} as const)

export type ErrorCode = keyof typeof ERRORS

export const STATUS_TEXT: Readonly<Record<number, string>> = Object.freeze({
  200: '200 OK', 400: '400 Bad Request', 401: '401 Unauthorized', 403: '403 Forbidden', 404: '404 Not Found',
  405: '405 Method Not Allowed', 413: '413 Payload Too Large', 415: '415 Unsupported Media Type',
  429: '429 Too Many Requests', 500: '500 Internal Server Error', 502: '502 Bad Gateway',
  503: '503 Service Unavailable', 504: '504 Gateway Timeout',
})

/** An error with a stable code, safe to cross postMessage as plain data (see toData). */
export class GatewayError extends Error {
  readonly code: ErrorCode
  readonly details: Readonly<Record<string, unknown>> | undefined
  constructor (code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? ERRORS[code].message)
    this.name = 'GatewayError'
    this.code = code
    this.details = details
  }

  get status (): number { return ERRORS[this.code].status }
}

export interface ErrorData {
  readonly code: ErrorCode
  readonly message: string
  readonly details?: Readonly<Record<string, unknown>>
}

// Errors lose their class across postMessage, so workers send this shape and the main
// thread rebuilds a GatewayError from it.
export function toData (err: GatewayError): ErrorData {
  return err.details === undefined ? { code: err.code, message: err.message } : { code: err.code, message: err.message, details: err.details }
}

export function fromData (d: ErrorData): GatewayError {
  return new GatewayError(d.code, d.message, d.details === undefined ? undefined : { ...d.details })
}

export function isErrorCode (s: string): s is ErrorCode {
  return Object.hasOwn(ERRORS, s)
}
