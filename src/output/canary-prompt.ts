// Plants the canary line in the messages forwarded to the provider. The client's own
// request object is not modified: the gateway evaluated what the client sent, and the
// decision log describes that, not the planted line.

type Message = Record<string, unknown> & { role: string, content?: unknown }

const OPERATOR_ROLES = new Set(['system', 'developer'])

function withLine (content: unknown, line: string): unknown {
  if (typeof content === 'string') return content === '' ? line : `${content}\n\n${line}`
  if (Array.isArray(content)) return [...content, { type: 'text', text: line }]
  return line
}

/**
 * Appends the canary line to the first system or developer message; with `always`, a
 * request without one gets a system message of its own at the front. Returns null when
 * nothing was planted (mode 'system-prompt' and no operator message).
 */
export function plantCanary (messages: readonly Message[], line: string, mode: 'system-prompt' | 'always'): Message[] | null {
  const at = messages.findIndex(m => OPERATOR_ROLES.has(m.role))
  if (at < 0) return mode === 'always' ? [{ role: 'system', content: line }, ...messages] : null
  const out = messages.slice()
  const m = messages[at] as Message
  out[at] = { ...m, content: withLine(m.content, line) }
  return out
}

/** The text of the operator messages: what a verbatim leak would copy. */
export function promptTexts (messages: readonly Message[]): string[] {
  const out: string[] = []
  for (const m of messages) {
    if (!OPERATOR_ROLES.has(m.role)) continue
    if (typeof m.content === 'string') out.push(m.content)
    else if (Array.isArray(m.content)) {
      for (const p of m.content) {
        const text = (p as { text?: unknown }).text
        if (typeof text === 'string') out.push(text)
      }
    }
  }
  return out
}
