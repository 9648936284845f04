import { randomBytes } from 'node:crypto'

const WELL_FORMED = /^[A-Za-z0-9._-]{1,128}$/
// A random per-process prefix and a counter: unique across instances, and far cheaper
// per request than a UUID.
const PREFIX = randomBytes(6).toString('base64url')
let counter = 0

/** Keeps a well-formed incoming id (so a caller can correlate), otherwise makes one. */
export function requestIdOf (incoming: string): string {
  if (incoming !== '' && WELL_FORMED.test(incoming)) return incoming
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER
  return `${PREFIX}-${counter.toString(36)}`
}
