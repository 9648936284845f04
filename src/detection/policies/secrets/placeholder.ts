import { charClassCount, longestRepeat, longestSequence, shannonEntropy } from '../../checks/entropy.js'

const LETTERS_ONLY = /^[a-z]+$/i

// Words that documentation, templates and tutorials put where a secret would go.
const PLACEHOLDER_WORDS = /example|sample|dummy|placeholder|redacted|changeme|change[_-]?me|replace|insert|your|xxxx|\*{3}|\.{3}|…|fake|foobar|lorem|todo|fixme|secret[_-]?here|key[_-]?here|token[_-]?here|not[_-]?a[_-]?real|mysecret|mypassword|notsecret/i
// Template and variable syntax: the value is a reference, not a secret.
// For long bodies (key material) only unmistakable filler counts: four-letter words occur
// by chance in a few thousand random base64 characters, and would hide real keys.
const LONG_FILLER = /EXAMPLE|xxxxx|\.{3}|…|<[a-z_ -]{2,30}>|\{\{|\$\{/i
const LONG_BODY = 100
const TEMPLATE = /^\$\{|^\{\{|^<[^>]{1,40}>$|^%\(?[A-Za-z_]|^\$[A-Za-z_]|^%[A-Za-z_]{1,40}%$|\$\{[^}]{1,40}\}|\{\{[^}]{1,40}\}\}|<[a-z_ -]{2,30}>/i
// Well-known sample credentials from cloud documentation.
const KNOWN_SAMPLES = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  // The Azure storage emulator's published account key.
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
])

/**
 * True for values that stand in for a secret rather than being one: documentation
 * samples, template references, filler characters, counting sequences.
 * `body` is the part after a fixed vendor prefix (e.g. after "ghp_"), where filler shows.
 */
export function isPlaceholderSecret (value: string, body: string = value): boolean {
  if (KNOWN_SAMPLES.has(value) || KNOWN_SAMPLES.has(body)) return true
  if (body.length > LONG_BODY) return LONG_FILLER.test(body) || longestRepeat(body) >= 16
  if (PLACEHOLDER_WORDS.test(body) || TEMPLATE.test(value)) return true
  if (body.length >= 6 && longestRepeat(body) >= Math.max(5, Math.floor(body.length / 3))) return true
  if (longestSequence(body) >= 6) return true
  return body.length >= 8 && charClassCount(body) === 1 && LETTERS_ONLY.test(body) && shannonEntropy(body) < 3.2
}

/**
 * A value that is random enough to be a machine-issued secret. Random base62 of 20+
 * characters sits far above 3.5 bits/char; identifiers and words sit below. The cost of
 * the threshold: a short (under ~12 characters) random secret cannot reach it and is
 * judged by the key it is assigned to instead.
 */
export function looksRandom (value: string, minEntropy: number): boolean {
  return shannonEntropy(value) >= minEntropy && charClassCount(value) >= 2
}
