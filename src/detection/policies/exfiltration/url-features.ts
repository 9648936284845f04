import { shannonEntropy } from '../../checks/entropy.js'

const PLUS_G = /\+/g
const SPACE_G = / /g
const DOTTED_QUAD = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/
const INTEGER_HOST = /^(?:\d{8,10}|0x[0-9a-f]{8})$/i
const OAST_HOST = /^(?:[a-z0-9-]{1,63}\.){0,10}oast\.[a-z]{2,6}$/
// scheme://[userinfo@]host[:port]path[?query]: each part a bounded run of the characters that cannot end it.
const URL_PARTS = /^[a-z][a-z0-9+.-]{0,20}:\/\/(?:[^\/?#@\s]{0,128}@)?(\[[0-9a-f:.]{2,45}\]|[^\/?#:\s]{1,253})(?::\d{1,5})?([^?#]{0,2048})(?:\?([^#]{0,2048}))?/i
const TRAILING_DOT = /\.$/
const OPEN_QUERY_PARAM = /[?&][A-Za-z0-9_.-]{1,30}=$/
const OPEN_PATH_PARAM = /\/[A-Za-z0-9_.-]{1,30}=$/

/**
 * URLs in text. One negated class under one bounded quantifier: linear, and generous on
 * purpose (template characters such as {}, [] and <> stay inside, because they are the
 * tell of a beacon); `trimUrl` removes the punctuation that prose puts after a URL.
 */
export const URL_IN_TEXT = /\b(?:https?|ftp|wss?):\/\/[^\s"'`\\]{1,2048}/gi

// The lookbehind starts a match only at the beginning of a punctuation run; without it a
// long run not at the end is re-scanned from each of its characters (quadratic).
const TRAILING = /(?<![.,;:!?*_'"])[.,;:!?*_'"]+$/

/** Drops trailing prose punctuation and unbalanced closing brackets: "(see https://x.io/a)." → "https://x.io/a". */
export function trimUrl (raw: string): string {
  let url = raw.replace(TRAILING, '')
  for (let i = 0; i < 4; i++) {
    const last = url[url.length - 1]
    const pair = last === ')' ? '(' : last === ']' ? '[' : last === '>' ? '<' : last === '}' ? '{' : null
    if (pair === null) break
    if (count(url, pair) >= count(url, last ?? '')) break
    url = url.slice(0, -1).replace(TRAILING, '')
  }
  return url
}

function count (s: string, ch: string): number {
  let n = 0
  for (const c of s) if (c === ch) n++
  return n
}

// Services whose purpose is to receive and display arbitrary requests, tunnels to a
// laptop, and chat webhooks: the usual places stolen data is sent.
const CAPTURE_HOSTS: readonly string[] = [
  'webhook.site', 'requestbin.net', 'requestbin.com', 'requestcatcher.com', 'pipedream.net', 'pipedream.com',
  'hookbin.com', 'beeceptor.com', 'postb.in', 'ptsv2.com', 'ptsv3.com', 'mockbin.org', 'requestrepo.com', 'webhook.cool',
  'interact.sh', 'interactsh.com', 'oast.pro', 'oast.live', 'oast.site', 'oast.online', 'oast.fun', 'oast.me',
  'burpcollaborator.net', 'oastify.com', 'canarytokens.com', 'canarytokens.org', 'dnslog.cn', 'ceye.io', 'xss.ht', 'bxss.me',
  'ngrok.io', 'ngrok.app', 'ngrok-free.app', 'ngrok.dev', 'ngrok-free.dev', 'trycloudflare.com', 'loca.lt', 'localtunnel.me',
  'serveo.net', 'localhost.run', 'lhr.life', 'telebit.cloud', 'pagekite.me', 'bore.pub',
  'pastebin.com', 'paste.ee', 'hastebin.com', 'transfer.sh', 'file.io', '0x0.st', 'termbin.com',
]
// Path-scoped webhooks on general-purpose hosts.
const WEBHOOK_PATHS: readonly (readonly [string, string])[] = [
  ['discord.com', '/api/webhooks/'], ['discordapp.com', '/api/webhooks/'], ['hooks.slack.com', '/'],
  ['outlook.office.com', '/webhook'], ['webhook.office.com', '/'], ['api.telegram.org', '/bot'],
  ['hooks.zapier.com', '/'], ['maker.ifttt.com', '/trigger'], ['script.google.com', '/macros/'],
]

/** Template syntax where data is meant to be substituted: {data}, {{x}}, [DATA], $SECRET, ${x}, <data>, and their %-encoded forms. */
// An upper-case placeholder naming a secret as a parameter value (`?k=PASSPHRASE`, `&t=API_KEY`): a slot to be filled.
const SECRET_PLACEHOLDER = /[?&][\w.-]{1,24}=(?:[A-Z_]{0,12}_)?(?:PASS(?:WORD|PHRASE|WD|CODE)?|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|KEY|PIN|SSN|OTP|CREDENTIALS?|SESSION(?:_?ID)?|COOKIE)(?:_[A-Z_]{1,12})?(?=[&#]|$)/
// A `<name>` slot at the end of a URL arrives without its '>' (the embed patterns stop a URL there).
const TEMPLATE_SLOT = /\{\{?\s?[A-Za-z_][\w .-]{0,40}\}?\}|\[[A-Z][A-Z0-9_ ]{1,40}\]|\$\{?[A-Za-z_][A-Za-z0-9_]{1,40}\}?|<[A-Za-z_][\w -]{1,40}(?:>|$)|%7B%7B?[\w.%-]{1,40}%7D|%5B[A-Z0-9_]{2,40}%5D|%3C[\w-]{2,40}%3E|\bINSERT_[A-Z_]{2,48}\b/

// A query value that is a slot for the conversation itself (`?data={{conversation_history}}`,
// `&q=<chat transcript>`): the request sends what it names. Slots for credentials or ids are
// left to the other rules: API documentation writes `?appid={API key}` and `?email={email}`.
const CONVERSATION_SLOT = /^(?:\{\{?|\[|<|\$\{?|%7B(?:%7B)?|%5B|%3C)\s?[\w .%-]{0,24}?(?:conversation|chat[_ -]?(?:history|log|transcript)|history|transcript|system[_ -]?prompt|previous[_ -]?(?:messages|answers?|replies)|memory|context[_ -]?window|whole[_ -]?chat)s?\s?(?:\}\}?|\]|>|%7D|%5D|%3E|$)/i

export interface UrlInfo {
  readonly url: string
  readonly host: string
  /** Literal IP host (v4 dotted/decimal/hex, or v6) that is publicly routable. */
  readonly publicIp: boolean
  /** Name of the capture/tunnel/webhook service, or null. */
  readonly capture: string | null
  /** Contains a template slot where data would be substituted. */
  readonly templateSlot: boolean
  /** Longest query value or path segment that looks like encoded or free-text data, in characters (0 if none). */
  readonly encodedData: number
  /** Total characters of query values. */
  readonly queryData: number
  /** Ends with an empty parameter ("?q=", "&d="), ready for data to be appended. */
  readonly openParam: boolean
  /** A query value or path segment decodes (URL or base64) to credentials or personal fields. */
  readonly sensitiveData: boolean
}

function decode (s: string): string {
  try { return decodeURIComponent(s.replace(PLUS_G, ' ')) } catch { return s }
}

const BASE64ISH = /^[A-Za-z0-9+/_-]{16,}={0,2}$/
const HEXISH = /^(?:[0-9a-f]{2}){12,}$/i

const DASH_G = /-/g
const UNDERSCORE_G = /_/g
// Key=value pairs and addresses that only a harvested record holds: "db_pass=…", "ssn_last4=…".
const SENSITIVE_KV = /(?:pass(?:word|wd)?|pwd|secret|token|api_?key|ssn\w{0,6}|dob|birth\w{0,6}|session|cookie|card|cvv|iban|diag\w{0,8})\s?[=:]|[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}\.[a-z]{2,}/i

/** The value decoded as URL, then as base64 when it looks like it, and checked for harvested fields. */
export function carriesSensitive (value: string): boolean {
  const v = decode(value)
  if (v.length < 12) return false
  if (SENSITIVE_KV.test(v)) return true
  if (!BASE64ISH.test(v)) return false
  return SENSITIVE_KV.test(Buffer.from(v.replace(DASH_G, '+').replace(UNDERSCORE_G, '/'), 'base64').toString('latin1'))
}

/** A value that carries data: encoded (base64/hex, high entropy) or a run of prose. */
export function dataLength (value: string): number {
  const v = decode(value)
  if (v.length < 16) return 0
  if (HEXISH.test(v)) return v.length
  if (BASE64ISH.test(v) && shannonEntropy(v) >= 4) return v.length
  // Prose smuggled in a parameter: "my%20password%20is%20…".
  if (v.length >= 32 && (v.match(SPACE_G) ?? []).length >= 4) return v.length
  return 0
}

function ipv4Public (a: number, b: number): boolean {
  if (a === 10 || a === 127 || a === 0 || a >= 224) return false
  if (a === 169 && b === 254) return false
  if (a === 172 && b >= 16 && b <= 31) return false
  if (a === 192 && b === 168) return false
  return !(a === 100 && b >= 64 && b <= 127)
}

function publicIpOf (host: string): boolean {
  const dotted = DOTTED_QUAD.exec(host)
  if (dotted !== null) {
    const parts = dotted.slice(1).map(Number)
    if (parts.some(n => n > 255)) return false
    return ipv4Public(parts[0] ?? 0, parts[1] ?? 0)
  }
  // Decimal and hex integer hosts ("http://3232235777/") exist mainly to dodge filters.
  if (INTEGER_HOST.test(host)) {
    const n = Number(host)
    return Number.isFinite(n) && n <= 0xffffffff && ipv4Public(Math.floor(n / 16777216), Math.floor(n / 65536) % 256)
  }
  if (host.startsWith('[')) {
    const h = host.slice(1, -1).toLowerCase()
    return !(h === '::1' || h.startsWith('fc') || h.startsWith('fd') || h.startsWith('fe80') || h === '::')
  }
  return false
}

/**
 * The user's own machine or network: a loopback, private or link-local address, or a name
 * under a suffix that does not resolve publicly. Matched on the whole host, at its end:
 * `10.evil.com` and `x.internal.evil.com` are public names.
 */
export function isLocalHost (host: string): boolean {
  if (host === 'localhost' || LOCAL_SUFFIX.test(host)) return true
  if (DOTTED_QUAD.test(host) || INTEGER_HOST.test(host) || host.startsWith('[')) return !publicIpOf(host)
  return false
}

const LOCAL_SUFFIX = /\.(?:localhost|local|internal|lan|home\.arpa)$/

function captureOf (host: string, path: string): string | null {
  for (const h of CAPTURE_HOSTS) if (host === h || host.endsWith('.' + h)) return h
  for (const [h, p] of WEBHOOK_PATHS) if ((host === h || host.endsWith('.' + h)) && path.startsWith(p)) return h + p
  if (OAST_HOST.test(host)) return 'oast'
  return null
}

/** True when `host` equals an allowed host or is a subdomain of one. */
export function hostAllowed (host: string, allowed: readonly string[]): boolean {
  for (const a of allowed) {
    const h = a.toLowerCase()
    if (host === h || host.endsWith('.' + h)) return true
  }
  return false
}

/** Parses a URL found in text; null when it is not a usable absolute URL. */
export function urlInfo (raw: string): UrlInfo | null {
  const url = trimUrl(raw)
  const m = URL_PARTS.exec(url)
  if (m === null) return null
  const host = (m[1] ?? '').toLowerCase().replace(TRAILING_DOT, '')
  const path = m[2] ?? ''
  const query = m[3] ?? ''
  let encodedData = 0
  let queryData = 0
  let sensitiveData = false
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=')
    const value = eq === -1 ? pair : pair.slice(eq + 1)
    queryData += value.length
    const len = dataLength(value)
    encodedData = Math.max(encodedData, len)
    if (len > 0 && !sensitiveData) sensitiveData = carriesSensitive(value)
    if (!sensitiveData) sensitiveData = CONVERSATION_SLOT.test(value)
  }
  for (const seg of path.split('/')) {
    const len = dataLength(seg)
    encodedData = Math.max(encodedData, len)
    if (len > 0 && !sensitiveData) sensitiveData = carriesSensitive(seg)
  }
  return {
    url,
    host,
    publicIp: publicIpOf(host),
    capture: captureOf(host, path),
    templateSlot: TEMPLATE_SLOT.test(url) || SECRET_PLACEHOLDER.test(url),
    encodedData,
    queryData,
    openParam: OPEN_QUERY_PARAM.test(url) || OPEN_PATH_PARAM.test(url),
    sensitiveData,
  }
}
