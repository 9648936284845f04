#!/usr/bin/env -S node --no-regexp-tier-up
import { runCheckConfig } from './check-config.js'
import { runFuzzCommand } from './fuzz.js'
import { runMockUpstream } from './mock-upstream.js'
import { runReplay } from './replay.js'
import { runServe } from './serve.js'

const USAGE = `usage: infershield <command>

commands:
  serve                      run the gateway (configuration: INFERSHIELD_CONFIG file and INFERSHIELD_* variables)
  mock-upstream [--port N]   run the built-in mock OpenAI-compatible provider
  check-config <file>        validate a configuration file and list every problem
  replay <path>... [options] replay a corpus through the gateway and report detection figures (replay --help)
  fuzz <path>... [options]   mutate the corpus's attacks with evasion techniques and report detection per mutation (fuzz --help)
`

async function main (argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv
  switch (command) {
    case undefined:
    case 'serve':
      return await runServe()
    case 'mock-upstream':
      return await runMockUpstream([...rest])
    case 'check-config':
      process.exitCode = runCheckConfig(rest)
      return
    case 'replay':
      process.exitCode = await runReplay(rest)
      return
    case 'fuzz':
      process.exitCode = await runFuzzCommand(rest)
      return
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(USAGE)
      return
    default:
      process.stderr.write(`infershield: unknown command '${command}'\n${USAGE}`)
      process.exitCode = 2
  }
}

await main(process.argv.slice(2))
