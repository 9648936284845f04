import { request } from 'undici'

// One plainly benign request before any measurement. A policy that throws fails closed,
// so a gateway with a broken policy answers every request 403 in microseconds and would
// be measured as the fastest gateway ever; a run (or a baseline) must not start from that.

const BENIGN = JSON.stringify({ model: 'mock-model', messages: [{ role: 'user', content: 'Could you help me write a Python function that sorts a list of numbers?' }] })

export async function preflight (origin: string, path: string, name: string): Promise<void> {
  const r = await request(`${origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-session-id': 'perf-preflight' }, body: BENIGN, headersTimeout: 30_000, bodyTimeout: 30_000 })
  const text = await r.body.text()
  if (r.statusCode !== 200) {
    throw new Error(`${name}: a benign request was answered ${r.statusCode} before the run started, so nothing would be measured: ${text.slice(0, 400)}`)
  }
}
