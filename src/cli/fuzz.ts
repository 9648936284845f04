// `infershield fuzz`: mutates the corpus's attack scenarios with evasion techniques,
// replays the variants through the gateway and reports the detection rate per mutation
// and per family, with the first evasions found.
import { MUTATION_IDS, MUTATIONS, mutationById, type Mutation } from '../fuzz/mutations.js'
import { renderFuzzTable } from '../fuzz/report.js'
import { runFuzz, type FuzzOptions } from '../fuzz/run.js'
import { loadCorpus } from '../replay/load-corpus.js'
import { emitReport, exitForFailure, UsageError, type Io } from './command-output.js'
import { int, parseSendArgs, targetOf } from './replay.js'

export const FUZZ_USAGE = `Usage: infershield fuzz [options] <path>...
  <path>                 corpus files or directories; their attack scenarios are mutated
  --seed N               seed of the variant draw and of every mutation's choices (default 1)
  --count N              variants to run, spread evenly over the mutations (default 2000)
  --time S               stop starting variants after S seconds (default: no limit)
  --mutations a,b,…      only these mutations (default: all: ${MUTATION_IDS.join(', ')})
  --evasions N           evasions listed in the report (default 20)
  --mode history|latest  as for replay (default history)
  --concurrency N        scenarios in flight (default 8)
  --json FILE            write the report as JSON to FILE ('-': JSON on stdout instead of the table)
  --url URL              use a running gateway instead of starting one in-process
  --api-key KEY          gateway API key (with --url)
  --workers N|auto       in-process gateway: detection workers (default auto; 0 = inline)
  --config FILE          in-process gateway: config file (INFERSHIELD_* variables apply as for serve)
  --timeout-ms N         per-request timeout (default 30000)
exit status: 0 done, 2 bad arguments, corpus or configuration`

export interface ParsedFuzzArgs {
  readonly inputs: readonly string[]
  readonly options: FuzzOptions
  readonly json: string | null
}

export function parseFuzzArgs (argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ParsedFuzzArgs {
  const { values: v, mode, positionals } = parseSendArgs(argv, {
    seed: { type: 'string', default: '1' },
    count: { type: 'string', default: '2000' },
    time: { type: 'string' },
    mutations: { type: 'string' },
    evasions: { type: 'string', default: '20' },
  })
  const target = targetOf(v)
  return {
    inputs: positionals,
    json: v.json ?? null,
    options: {
      mutations: v.mutations === undefined ? MUTATIONS : selectMutations(v.mutations),
      seed: int('seed', v.seed, 0, 0xffffffff),
      count: int('count', v.count, 1, 10_000_000),
      timeMs: v.time === undefined ? null : int('time', v.time, 1, 86_400) * 1000,
      mode,
      concurrency: int('concurrency', v.concurrency, 1, 4096),
      target,
      model: 'infershield-fuzz',
      timeoutMs: int('timeout-ms', v['timeout-ms'], 100, 600_000),
      evasions: int('evasions', v.evasions, 0, 100_000),
      env,
    },
  }
}

function selectMutations (list: string): Mutation[] {
  const out: Mutation[] = []
  for (const id of list.split(',').map(s => s.trim()).filter(s => s !== '')) {
    const m = mutationById(id)
    if (m === undefined) throw new UsageError(`--mutations: no mutation '${id.slice(0, 40)}' (known: ${MUTATION_IDS.join(', ')})`)
    if (!out.includes(m)) out.push(m)
  }
  if (out.length === 0) throw new UsageError('--mutations names no mutation')
  return out
}

export async function runFuzzCommand (argv: string[], io: Io = process): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    io.stdout.write(`${FUZZ_USAGE}\n`)
    return 0
  }
  try {
    const args = parseFuzzArgs(argv)
    const corpus = loadCorpus(args.inputs)
    const report = await runFuzz(corpus.scenarios, args.options)
    return emitReport(io, 'fuzz', report, renderFuzzTable(report), args.json)
  } catch (err) {
    return exitForFailure(err, io, 'fuzz', FUZZ_USAGE)
  }
}
