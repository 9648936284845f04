import { GatewayError } from '../errors.js'
import type { Exchange } from './exchange.js'

/**
 * Reads the request body with a hard cap. A declared Content-Length over the cap is
 * refused before a byte is read; a body that grows past the cap (chunked, or lying about
 * its length) is refused as soon as it crosses it. Either way it is never buffered whole.
 * Must be called synchronously in the uWS handler: onData has to be registered before
 * the handler returns.
 */
export function readBody (ex: Exchange, contentLength: string, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = contentLength === '' ? -1 : Number(contentLength)
    if (contentLength !== '' && !(Number.isSafeInteger(declared) && declared >= 0)) {
      reject(new GatewayError('invalid_request', 'Content-Length is not a valid length', { contentLength }))
      return
    }
    if (declared > maxBytes) {
      reject(new GatewayError('payload_too_large', undefined, { declared, maxBytes }))
      return
    }
    const chunks: Buffer[] = []
    let total = 0
    let done = false
    ex.onAbort(() => {
      if (done) return
      done = true
      reject(new GatewayError('invalid_request', 'client aborted while sending the body', { aborted: true, received: total }))
    })
    ex.res.onData((chunk, isLast) => {
      if (done) return
      total += chunk.byteLength
      if (total > maxBytes) {
        done = true
        chunks.length = 0
        reject(new GatewayError('payload_too_large', undefined, { received: total, maxBytes }))
        return
      }
      // uWS reuses the ArrayBuffer after this callback returns: copy it.
      chunks.push(Buffer.from(chunk.slice(0)))
      if (isLast) {
        done = true
        resolve(chunks.length === 1 ? chunks[0] as Buffer : Buffer.concat(chunks, total))
      }
    })
  })
}
