import type { Params } from 'nestjs-pino';
import { pino } from 'pino';
import type { Options } from 'pino-http';
import type { AppConfig } from './config';

/**
 * Structured JSON logs (pino). Each request line carries the request id (set by
 * requestContextMiddleware). Bodies are never logged, and headers that carry
 * secrets are redacted: no passwords, tokens or clinical free text in the logs.
 */
export function loggerParams(config: Pick<AppConfig, 'LOG_LEVEL'>): Params {
  const pinoHttp: Options = {
    logger: pino({
      level: config.LOG_LEVEL,
      redact: {
        paths: [
          'req.headers.cookie',
          'req.headers.authorization',
          'res.headers["set-cookie"]',
        ],
        censor: '[redacted]',
      },
      serializers: {
        // Only what an operator needs; query strings may hold tokens.
        req: (req: { id?: string; method?: string; url?: string }) => ({
          method: req.method,
          path: req.url?.split('?')[0],
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
    }),
    genReqId: (req) => (req as { id?: string }).id ?? 'unknown',
    // On every line logged while serving the request, not only the summary line.
    customProps: (req) => ({ requestId: (req as { id?: string }).id }),
    // Health probes run every few seconds; they would drown the useful lines.
    autoLogging: {
      ignore: (req) => req.url === '/health' || req.url === '/ready',
    },
  };
  return { pinoHttp };
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
