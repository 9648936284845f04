import { LruCache } from '../session/lru-cache.js'
import { canaryFor } from './canary.js'
import { promptShingles, type PromptShingles } from './prompt-leak.js'

// A session resends the same system prompt with every request and keeps the same canary,
// and most deployments share one prompt across all sessions. Rebuilding the shingles
// (NFKC, word split, thousands of joins) and the HMAC on every request was the larger
// part of preparing an answer's scan, so both are kept, bounded by count and bytes.

/** Sessions whose canary is kept; the HMAC is cheap to redo for the ones evicted. */
export const MAX_CANARIES = 4096
/** Distinct prompts whose shingles are kept, and their approximate total size. */
export const MAX_PROMPTS = 256
export const MAX_PROMPT_BYTES = 16 * 1024 * 1024
/** Longer prompts are shingled per request rather than held as a cache key. */
export const MAX_CACHED_PROMPT_CHARS = 256 * 1024

// Entries never expire: a canary is a pure function of the secret and the session, and
// shingles of the prompt text; only eviction bounds them.
const NEVER = Number.POSITIVE_INFINITY
const NOW = 0
// A shingle is five words and a Set slot; 96 bytes is a fair average for sizing.
const SHINGLE_BYTES = 96

export class LeakMaterial {
  readonly #secret: string
  readonly #minWords: number
  readonly #canaries = new LruCache<string>({ maxEntries: MAX_CANARIES, maxBytes: Number.POSITIVE_INFINITY, sizeOf: () => 0 })
  // The key (the prompt text) is counted too: it is the larger part for a prompt of short lines.
  readonly #prompts = new LruCache<{ readonly shingles: PromptShingles | null, readonly keyChars: number }>({ maxEntries: MAX_PROMPTS, maxBytes: MAX_PROMPT_BYTES, sizeOf: e => 2 * e.keyChars + (e.shingles === null ? 0 : e.shingles.shingles.size * SHINGLE_BYTES) })

  constructor (secret: string, minWords: number) {
    this.#secret = secret
    this.#minWords = minWords
  }

  /** The canary of a session, kept; a request without a session gets its own, not kept. */
  canary (tenant: string, sessionId: string | null, requestId: string): string {
    if (sessionId === null) return canaryFor(this.#secret, tenant, `request:${requestId}`)
    const key = `${tenant}\u0000${sessionId}`
    let token = this.#canaries.get(key, NOW)
    if (token === undefined) this.#canaries.set(key, token = canaryFor(this.#secret, tenant, sessionId), NEVER)
    return token
  }

  /** The shingles of a request's operator messages, shared by every request that sends the same ones. */
  shingles (promptTexts: readonly string[]): PromptShingles | null {
    const key = promptTexts.join('\u0000')
    if (key.length > MAX_CACHED_PROMPT_CHARS) return promptShingles(promptTexts, this.#minWords)
    const kept = this.#prompts.get(key, NOW)
    if (kept !== undefined) return kept.shingles
    const shingles = promptShingles(promptTexts, this.#minWords)
    this.#prompts.set(key, { shingles, keyChars: key.length }, NEVER)
    return shingles
  }
}
