import type { HttpRequest } from './uws.js'

/**
 * The request headers the gateway uses, copied out of uWS's HttpRequest synchronously:
 * the HttpRequest object is invalid after the handler returns or awaits.
 */
export interface RequestHeaders {
  readonly authorization: string
  readonly contentType: string
  readonly contentLength: string
  readonly transferEncoding: string
  readonly requestId: string
  readonly sessionId: string
  /** Headers that may be forwarded upstream (the pool applies its own allowlist). */
  readonly forwardable: Readonly<Record<string, string>>
}

const MOCK_PREFIX = 'x-mock-'

/** `mockHeaders`: collect `x-mock-*` too (only when the upstream is the built-in mock, so real traffic pays no header walk). */
export function copyHeaders (req: HttpRequest, mockHeaders = false): RequestHeaders {
  const forwardable: Record<string, string> = {
    accept: req.getHeader('accept'),
    'user-agent': req.getHeader('user-agent'),
    'openai-organization': req.getHeader('openai-organization'),
    'openai-project': req.getHeader('openai-project'),
    'openai-beta': req.getHeader('openai-beta'),
  }
  // Behaviour switches of the built-in mock provider; the pool passes them on only to it.
  if (mockHeaders) req.forEach((k, v) => { if (k.startsWith(MOCK_PREFIX)) forwardable[k] = v })
  return {
    authorization: req.getHeader('authorization'),
    contentType: req.getHeader('content-type'),
    contentLength: req.getHeader('content-length'),
    transferEncoding: req.getHeader('transfer-encoding'),
    requestId: req.getHeader('x-request-id'),
    sessionId: req.getHeader('x-session-id'),
    forwardable,
  }
}

const JSON_TYPE = /^application\/(?:[a-z0-9.+-]*\+)?json\s*(?:;|$)/i

export function isJsonContentType (v: string): boolean {
  return JSON_TYPE.test(v)
}

const SESSION_ID = /^[\x21-\x7e]{1,256}$/

export function isValidSessionId (v: string): boolean {
  return SESSION_ID.test(v)
}
