// `infershield replay`: sends a corpus through the gateway and reports detection quality
// (recall, false-positive rate, per family and policy) and latency. With --min-recall /
// --max-fpr it is a CI gate: exit 1 when a limit is missed.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { loadCorpus } from '../replay/load-corpus.js'
import { DEFAULT_FILLER_BYTES } from '../replay/long-sessions.js'
import { renderTable } from '../replay/report.js'
import { runCorpus, type RunnerOptions, type TargetOptions } from '../replay/runner.js'
import type { SendMode } from '../replay/types.js'
import { emitReport, exitForFailure, UsageError, type Io } from './command-output.js'

/** The options replay and fuzz share: how scenarios are sent, to which gateway, and where the report goes. */
type OptionsConfig = NonNullable<ParseArgsConfig['options']>

const SEND_OPTIONS = {
  mode: { type: 'string', default: 'history' },
  concurrency: { type: 'string', default: '8' },
  json: { type: 'string' },
  url: { type: 'string' },
  'api-key': { type: 'string' },
  workers: { type: 'string' },
  config: { type: 'string' },
  'timeout-ms': { type: 'string', default: '30000' },
} as const

export const REPLAY_USAGE = `Usage: infershield replay [options] <path>...
  <path>                 .json corpus files (arrays of scenarios), .jsonl eval files, or directories of them
  --mode history|latest  history: resend the whole conversation at each user/tool step (default);
                         latest: send the system prompt and the current step only (relies on session memory)
  --concurrency N        scenarios in flight (default 8); the steps of one scenario are always sequential
  --json FILE            write every figure as JSON to FILE ('-': JSON on stdout instead of the table)
  --min-recall X         exit 1 when overall recall (a block at either stage) is below X (0..1)
  --max-fpr Y            exit 1 when the overall false-positive rate is above Y (0..1)
  --mixed                mixed traffic: scenarios drawn into a request budget over concurrent sessions
  --requests N           mixed: total requests (default 10000)
  --sessions N           mixed: concurrent sessions (default 100)
  --attack-ratio R       mixed: share of requests from attack scenarios (default 0.2)
  --long-sessions N      N long benign sessions instead of the corpus's scenarios: each plays one benign
                         scenario behind 1-8 KB of user/assistant exchanges from other benign scenarios,
                         every filler turn sent as a request; reports sessions blocked and flagged (FPR)
  --seed N               mixed or long sessions: seed of the deterministic draw (default 1)
  --url URL              use a running gateway instead of starting one in-process
  --api-key KEY          gateway API key (with --url)
  --workers N|auto       in-process gateway: detection workers (default auto; 0 = inline)
  --config FILE          in-process gateway: config file (INFERSHIELD_* variables apply as for serve)
  --log-level LEVEL      in-process gateway: log level, logs on stderr (default error)
  --model NAME           model field of every request (default infershield-replay)
  --timeout-ms N         per-request timeout (default 30000)
  --slowest N            slowest scenarios listed (default 10)
exit status: 0 done, 1 a threshold was missed, 2 bad arguments, corpus or configuration`

/**
 * Parses a command line of SEND_OPTIONS plus the command's own `extra` options, with at
 * least one corpus path and a known --mode; every problem is a UsageError.
 */
export function parseSendArgs<E extends OptionsConfig> (argv: readonly string[], extra: E) {
  type Config = { args: string[], strict: true, allowPositionals: true, options: typeof SEND_OPTIONS & E }
  let parsed
  try {
    parsed = parseArgs<Config>({ args: [...argv], strict: true, allowPositionals: true, options: { ...SEND_OPTIONS, ...extra } })
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
  const { values, positionals } = parsed
  const mode: unknown = (values as { mode?: unknown }).mode
  if (positionals.length === 0) throw new UsageError('give at least one corpus file or directory')
  if (mode !== 'history' && mode !== 'latest') throw new UsageError(`--mode must be history or latest, got '${String(mode)}'`)
  return { values, mode: mode as SendMode, positionals }
}

export interface ParsedReplayArgs {
  readonly runner: RunnerOptions
  readonly json: string | null
}

export function parseReplayArgs (argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ParsedReplayArgs {
  const { values: v, mode, positionals } = parseSendArgs(argv, {
    'min-recall': { type: 'string' },
    'max-fpr': { type: 'string' },
    mixed: { type: 'boolean', default: false },
    requests: { type: 'string', default: '10000' },
    sessions: { type: 'string', default: '100' },
    'attack-ratio': { type: 'string', default: '0.2' },
    seed: { type: 'string', default: '1' },
    'long-sessions': { type: 'string' },
    'log-level': { type: 'string', default: 'error' },
    model: { type: 'string', default: 'infershield-replay' },
    slowest: { type: 'string', default: '10' },
  })
  const target = targetOf(v)
  if (v.mixed && v['long-sessions'] !== undefined) throw new UsageError('--mixed and --long-sessions are different traffic; give one')
  const seed = int('seed', v.seed, 0, 0xffffffff)
  return {
    json: v.json ?? null,
    runner: {
      inputs: positionals,
      mode,
      concurrency: int('concurrency', v.concurrency, 1, 4096),
      target,
      model: v.model,
      timeoutMs: int('timeout-ms', v['timeout-ms'], 100, 600_000),
      traffic: v.mixed
        ? {
            kind: 'mixed',
            mixed: {
              requests: int('requests', v.requests, 1, 10_000_000),
              sessions: int('sessions', v.sessions, 1, 4096),
              attackRatio: fraction('attack-ratio', v['attack-ratio']),
              seed,
            },
          }
        : v['long-sessions'] !== undefined
          ? {
              kind: 'long-sessions',
              longSessions: {
                sessions: int('long-sessions', v['long-sessions'], 1, 1_000_000),
                seed,
                minFillerBytes: DEFAULT_FILLER_BYTES.min,
                maxFillerBytes: DEFAULT_FILLER_BYTES.max,
              },
            }
          : { kind: 'scenarios' },
      thresholds: {
        minRecall: v['min-recall'] === undefined ? null : fraction('min-recall', v['min-recall']),
        maxFpr: v['max-fpr'] === undefined ? null : fraction('max-fpr', v['max-fpr']),
      },
      slowest: int('slowest', v.slowest, 0, 10_000),
      env,
    },
  }
}

/** Options naming the gateway: --url (and --api-key) or the in-process gateway's settings. */
export interface TargetArgs {
  readonly url?: string | undefined
  readonly 'api-key'?: string | undefined
  readonly workers?: string | undefined
  readonly config?: string | undefined
  readonly 'log-level'?: string | undefined
}

export function targetOf (v: TargetArgs): TargetOptions {
  if (v['api-key'] !== undefined && v.url === undefined) throw new UsageError('--api-key goes with --url')
  if (v.url !== undefined && (v.config !== undefined || v.workers !== undefined)) throw new UsageError('--workers and --config configure the in-process gateway; not with --url')
  if (v.url !== undefined) {
    let u: URL
    try {
      u = new URL(v.url)
    } catch {
      throw new UsageError(`--url is not a URL: '${v.url}'`)
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UsageError('--url must be http(s)')
    return { kind: 'url', url: v.url, apiKey: v['api-key'] ?? null }
  } else {
    const workers = v.workers === undefined || v.workers === 'auto' ? 'auto' : int('workers', v.workers, 0, 256)
    return { kind: 'in-process', workers, logLevel: v['log-level'] ?? 'error', configFile: v.config ?? null }
  }
}

export function int (name: string, raw: string, min: number, max: number): number {
  const n = /^[0-9]{1,10}$/.test(raw) ? Number(raw) : NaN
  if (!(n >= min && n <= max)) throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got '${raw.slice(0, 40)}'`)
  return n
}

function fraction (name: string, raw: string): number {
  const n = /^(?:0|1|0?\.[0-9]{1,12}|1\.0{1,12})$/.test(raw) ? Number(raw) : NaN
  if (!(n >= 0 && n <= 1)) throw new UsageError(`--${name} must be a number from 0 to 1, got '${raw.slice(0, 40)}'`)
  return n
}

export async function runReplay (argv: string[], io: Io = process): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    io.stdout.write(`${REPLAY_USAGE}\n`)
    return 0
  }
  try {
    const args = parseReplayArgs(argv)
    const corpus = loadCorpus(args.runner.inputs)
    const report = await runCorpus(corpus, args.runner)
    const written = emitReport(io, 'replay', report, renderTable(report), args.json)
    if (written !== 0) return written
    return report.thresholds === null || report.thresholds.passed ? 0 : 1
  } catch (err) {
    return exitForFailure(err, io, 'replay', REPLAY_USAGE)
  }
}
