// Output scanning on the main thread: a whole answer (non-streamed) and the same answer
// streamed in 16-character deltas, clean and with leaks to redact. The streamed case is
// what the hold-back window costs: each held character is scanned more than once.
import Value from 'typebox/value'
import type * as CompletionMod from '../../src/output/completion-scan.js'
import type * as ResponseMod from '../../src/output/response-scan.js'
import type * as ScanningMod from '../../src/output/output-scanning.js'
import type * as SchemaMod from '../../src/config/schema.js'
import type { BenchCase } from '../lib/measure.js'
import type { ModuleRoot } from '../lib/module-root.js'

const PROSE = 'The quarterly review went well: revenue grew in every region, churn fell, and the support backlog is down to two days. '

function answer (chars: number, leaks: boolean): string {
  let text = ''
  while (text.length < chars) text += PROSE
  text = text.slice(0, chars)
  if (!leaks) return text
  const third = Math.floor(chars / 3)
  return `${text.slice(0, third)} write to marta.kowalski@northwind-traders.de ${text.slice(third, 2 * third)} token ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ12 ${text.slice(2 * third)}`
}

const PROMPT_LINE = 'You are the billing assistant of Northwind Traders and answer questions about invoices, refunds and payment plans only.'

function systemPrompt (chars: number): string {
  const lines: string[] = []
  for (let n = 0, len = 0; len < chars; n++) {
    const line = `${PROMPT_LINE} Rule ${n}: cite the invoice number ${1000 + n} when you refer to it.`
    lines.push(line)
    len += line.length + 1
  }
  return lines.join('\n')
}

export async function outputCases (root: ModuleRoot): Promise<BenchCase[]> {
  const schema = await root.load<typeof SchemaMod>('config/schema.js')
  const scanning = await root.load<typeof ScanningMod>('output/output-scanning.js')
  const { ResponseScan } = await root.load<typeof ResponseMod>('output/response-scan.js')
  const { scanCompletion } = await root.load<typeof CompletionMod>('output/completion-scan.js')
  const cfg = scanning.compileOutputScanning(Value.Default(schema.OutputSchema, {}) as never, Value.Default(schema.DetectionSchema, {}) as never)
  const secrets = { canary: null, prompt: null }
  const cases: BenchCase[] = []
  // Per request before the answer: the session's canary and the prompt's shingles. A
  // session's requests resend the same system prompt, which is what this case repeats.
  const leakCfg = scanning.compileOutputScanning(Value.Default(schema.OutputSchema, { canary: { mode: 'system-prompt', secret: 'bench-secret-bench-secret-bench-secret' } }) as never, Value.Default(schema.DetectionSchema, {}) as never)
  const prompt = systemPrompt(2048)
  cases.push({
    name: 'output/prepare 2KB prompt + canary',
    note: 'sessionCanary + scanSecretsOf, same session and prompt each time',
    sync: () => scanning.scanSecretsOf(leakCfg, scanning.sessionCanary(leakCfg, 'acme', 'session-1', 'request-1'), [prompt]),
  })
  const leakText = answer(4 * 1024, false)
  cases.push({
    name: 'output/stream 4KB canary + prompt',
    note: '16-char deltas, compared against a 2KB prompt and a canary',
    sync: () => {
      const scan = new ResponseScan(leakCfg, scanning.scanSecretsOf(leakCfg, scanning.sessionCanary(leakCfg, 'acme', 'session-1', 'request-1'), [prompt]))
      for (let i = 0; i < leakText.length; i += 16) scan.push('0', leakText.slice(i, i + 16), false)
      scan.end('0')
    },
  })
  for (const [kb, leaks] of [[1, false], [4, false], [4, true], [16, false]] as const) {
    const text = answer(kb * 1024, leaks)
    const label = `${kb}KB${leaks ? ' 2 leaks' : ''}`
    cases.push({
      name: `output/whole ${label}`,
      note: 'scanCompletion on one choice',
      sync: () => scanCompletion({ choices: [{ index: 0, message: { role: 'assistant', content: text } }] }, new ResponseScan(cfg, secrets)),
    })
    cases.push({
      name: `output/stream ${label}`,
      note: '16-char deltas through the hold-back scanner',
      sync: () => {
        const scan = new ResponseScan(cfg, secrets)
        for (let i = 0; i < text.length; i += 16) scan.push('0', text.slice(i, i + 16), false)
        scan.end('0')
      },
    })
  }
  return cases
}
