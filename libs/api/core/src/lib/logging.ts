import type { NextFunction, Request, Response } from 'express';
import {
  pino,
  type DestinationStream,
  type Logger,
  type LoggerOptions,
} from 'pino';
import type { AppConfig } from './config';
import { requestIdInContext } from './request-context';

/** The Nest injection token of the API's pino logger. */
export const LOGGER = Symbol('LOGGER');

/** Health probes run every few seconds; their lines would drown the useful ones. */
const PROBES = new Set(['/health', '/ready']);

/**
 * The API's logger: JSON lines (pino) on stdout. Every line written while serving a
 * request carries its id (set by requestContextMiddleware), looked up when a line is
 * written: nothing is made per request for lines that are never written.
 */
export function createLogger(
  config: Pick<AppConfig, 'LOG_LEVEL'>,
  destination?: DestinationStream,
): Logger {
  const options: LoggerOptions = {
    level: config.LOG_LEVEL,
    mixin: () => {
      const requestId = requestIdInContext();
      return requestId ? { requestId } : {};
    },
    // Belt and braces: no line is given headers, should one ever be.
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * One line for each request served: its id, method, path (never the query string),
 * status and time. Never bodies or headers, so no passwords, tokens, cookies or
 * clinical free text reach the logs. A 5xx answer is logged as an error.
 */
export function requestLogMiddleware(log: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const path = req.originalUrl.split('?')[0] ?? '';
    if (!PROBES.has(path)) {
      const started = Date.now();
      // Read now: 'close' is not emitted inside the request's async context.
      const requestId = requestIdInContext();
      // 'close' comes after the answer is sent, and also when the client goes away.
      res.once('close', () => {
        const level = res.statusCode >= 500 ? 'error' : 'info';
        if (!log.isLevelEnabled(level)) return;
        log[level](
          {
            requestId,
            req: { method: req.method, path },
            res: { statusCode: res.statusCode },
            responseTime: Date.now() - started,
          },
          level === 'error' ? 'request errored' : 'request completed',
        );
      });
    }
    next();
  };
}

/**
 * What the log may say about an unexpected error: its kind and where it came from.
 * Messages are left out on purpose: database and validation errors quote the values
 * they were given, which can be clinical free text.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { kind: typeof error };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    stack: error.stack
      ?.split('\n')
      .filter((line) => line.trimStart().startsWith('at '))
      .slice(0, 12),
  };
}
