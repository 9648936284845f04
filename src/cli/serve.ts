import { startGateway, StartupError, type Gateway } from '../app.js'
import { ConfigError } from '../config/config.js'
import { loadConfig } from '../config/load.js'
import { EngineConfigError } from '../detection/engine.js'
import { createLogger } from '../observability/logger.js'
import { missingNodeFlags } from './node-flags.js'

/** `infershield serve`: load config, start, and turn SIGTERM/SIGINT into a graceful stop. */
export async function runServe (): Promise<void> {
  let config
  try {
    config = loadConfig()
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`)
      process.exit(2)
    }
    throw err
  }
  const logger = createLogger(config.log.level)
  const missing = missingNodeFlags(process.execArgv)
  if (missing.length > 0) {
    // Still correct without them, only slower: a warning, not a refusal to start.
    logger.warn({ event: 'node_flags_missing', missing, exec_argv: process.execArgv }, `node was started without ${missing.join(' ')}; detection runs slower (npm start and the Docker image pass it; see docs/performance.md)`)
  }
  // Signal handlers go in before anything starts, so a SIGTERM during start-up is not the
  // default "die at once": it stops the gateway as soon as it is up.
  let gateway: Gateway | null = null
  let requested: string | null = null
  const stop = (signal: string): void => {
    if (gateway === null) {
      requested = signal
      return
    }
    gateway.shutdown(signal).then(
      () => { logger.flush(); setImmediate(() => process.exit(0)) },
      (err: unknown) => {
        logger.fatal({ event: 'shutdown_failed', err: (err as Error).message }, 'shutdown failed')
        logger.flush()
        setImmediate(() => process.exit(1))
      },
    )
  }
  process.once('SIGTERM', () => stop('SIGTERM'))
  process.once('SIGINT', () => stop('SIGINT'))
  process.on('uncaughtException', (err) => {
    logger.fatal({ event: 'uncaught_exception', err: err.message, stack: err.stack }, 'uncaught exception; stopping')
    if (gateway === null) process.exit(1)
    stop('uncaughtException')
  })
  process.on('unhandledRejection', (reason) => {
    logger.error({ event: 'unhandled_rejection', err: reason instanceof Error ? reason.message : String(reason), stack: reason instanceof Error ? reason.stack : undefined }, 'unhandled promise rejection')
  })
  try {
    gateway = await startGateway(config, logger)
  } catch (err) {
    if (err instanceof StartupError || err instanceof EngineConfigError) {
      logger.fatal({ event: 'startup_failed', err: err.message, problems: err instanceof EngineConfigError ? err.problems : undefined }, 'gateway did not start')
      logger.flush()
      process.stderr.write(`infershield: ${err.message}\n`)
      process.exitCode = 2
      setTimeout(() => process.exit(2), 100).unref()
      return
    }
    throw err
  }
  if (requested !== null) stop(requested)
}
