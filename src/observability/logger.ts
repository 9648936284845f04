import { pino, type Logger, type LevelWithSilent } from 'pino'

export type { Logger }

/**
 * One JSON schema for every line: level (label), time (ISO), msg, service, plus the
 * request id (`req_id`) on every line of a request. Secrets are redacted by path, declared
 * once here.
 */
export function createLogger (level: string, destination?: pino.DestinationStream): Logger {
  return pino({
    level: level as LevelWithSilent,
    base: { service: 'infershield' },
    messageKey: 'msg',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: {
      paths: ['authorization', 'headers.authorization', 'req.headers.authorization', '*.apiKey', 'apiKey', 'token', '*.token', 'admin.token'],
      censor: '[redacted]',
    },
  }, destination ?? pino.destination({ dest: 1, sync: false }))
}
