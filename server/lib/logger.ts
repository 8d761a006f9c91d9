import type { FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import type { TEnv } from './env';

/**
 * Logs never carry personal data: request bodies are not logged and the redaction list
 * covers the fields that could leak through error details.
 */
export function createLogger(env: Pick<TEnv, 'LOG_LEVEL' | 'NODE_ENV'>): FastifyBaseLogger {
  return pino({
    level: env.LOG_LEVEL,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', '*.email', '*.password', '*.token'],
      censor: '[masqué]',
    },
  });
}
export type Logger = FastifyBaseLogger;
