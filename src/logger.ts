import { pino, type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger } from 'pino';

/**
 * JSON lines on stdout. Secrets never reach it: the gateway logs names, codes and request ids, never
 * request bodies, SDK `$response`s or variables; the redact list is a second line of defence.
 */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'connector-graph' },
    redact: {
      paths: ['*.payload', '*.secretAccessKey', '*.sessionToken', '*.authorization', '*.variables', '*.$response'],
      censor: '[redacted]',
    },
  });
}
