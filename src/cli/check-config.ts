import { ConfigError } from '../config/config.js'
import { loadConfig } from '../config/load.js'
import { compileEngine, EngineConfigError } from '../detection/engine.js'
import { engineOptionsOf } from '../detection/engine-options.js'

/** `infershield check-config FILE`: every problem by its path; exit 0 only when the file would start. */
export function runCheckConfig (argv: readonly string[]): number {
  const file = argv[0]
  if (file === undefined) {
    process.stderr.write('usage: infershield check-config <file.yaml|file.json>\n')
    return 2
  }
  try {
    const config = loadConfig({ file, ignoreEnv: true })
    compileEngine(engineOptionsOf(config.detection))
    process.stdout.write(`${file}: OK\n`)
    return 0
  } catch (err) {
    if (err instanceof ConfigError || err instanceof EngineConfigError) {
      process.stderr.write(`${file}: ${err.problems.length} problem(s)\n${err.problems.map(p => `  - ${p}`).join('\n')}\n`)
      return 1
    }
    throw err
  }
}
