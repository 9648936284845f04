import Value from 'typebox/value'
import type { Config } from '../../../src/config/config.js'
import type { RequestScope } from '../../../src/detection/overrides/types.js'
import { DetectionSchema, OutputSchema } from '../../../src/config/schema.js'
import { compileOutputScanning, type OutputScanning } from '../../../src/output/output-scanning.js'
import { ResponseScan } from '../../../src/output/response-scan.js'
import type { ScanSecrets } from '../../../src/output/text-scanner.js'

export const NO_SECRETS: ScanSecrets = Object.freeze({ canary: null, prompt: null })

/** Output scanning compiled from the schema defaults plus `output` overrides. */
export function scanning (output: Record<string, unknown> = {}, detection: Record<string, unknown> = {}): OutputScanning {
  const o = Value.Default(OutputSchema, structuredClone(output)) as Config['output']
  const d = Value.Default(DetectionSchema, structuredClone(detection)) as Config['detection']
  return compileOutputScanning(o, d)
}

export function responseScan (cfg: OutputScanning = scanning(), secrets: ScanSecrets = NO_SECRETS, scope?: RequestScope): ResponseScan {
  return new ResponseScan(cfg, secrets, scope)
}

/** Feeds `pieces` as one streamed text and returns what the client would receive. */
export function streamed (scan: ResponseScan, pieces: readonly string[], key = '0', json = false): { text: string, blocked: string | null } {
  let text = ''
  for (const p of pieces) {
    const step = scan.push(key, p, json)
    if (step.blocked !== null) return { text, blocked: step.blocked.policyId }
    text += step.text
  }
  const last = scan.end(key)
  if (last.blocked !== null) return { text, blocked: last.blocked.policyId }
  return { text: text + last.text, blocked: null }
}

// Realistic values that pass the policies' validation (Luhn, checksums, entropy) and are
// not documentation placeholders. All invented for these tests.
export const VALUES = {
  email: 'marta.kowalski@northwind-traders.de',
  card: '4539 1488 0343 6467',
  iban: 'DE39 3705 0299 1234 5678 90',
  beacon: '![s](https://img.collector-cdn.net/p.png?d=c2VjcmV0IHN0dWZmIGhlcmUgYW5kIG1vcmU=)',
  githubToken: 'ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ12',
  awsSecretLine: 'aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYZXQWERTYab',
} as const
