/** The content an SDK would assemble from an SSE body, the error event if one ended it, and whether [DONE] came. */
export function readSse (raw: string): { content: string, error: { code?: string } | null, done: boolean } {
  let content = ''
  let error = null
  let done = false
  for (const block of raw.split('\n\n')) {
    if (!block.startsWith('data: ')) continue
    const data = block.slice(6)
    if (data === '[DONE]') { done = true; continue }
    const e = JSON.parse(data) as { error?: { code?: string }, choices?: { delta?: { content?: string } }[] }
    if (e.error !== undefined) error = e.error
    content += e.choices?.[0]?.delta?.content ?? ''
  }
  return { content, error, done }
}
