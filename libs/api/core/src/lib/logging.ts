import type { Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
import type { AppConfig } from './config';

interface LoggedRequest {
  id?: string;
  method?: string;
  url?: string;
}

/**
 * Structured JSON logs (pino). Each line written while serving a request carries
 * its id (set by requestContextMiddleware). Only the method, the path and the
 * status are logged of a request: never bodies, query strings or headers, so no
 * passwords, tokens, cookies or clinical free text reach the logs.
 */
export function loggerParams(config: Pick<AppConfig, 'LOG_LEVEL'>): Params {
  const pinoHttp = {
    level: config.LOG_LEVEL,
    genReqId: (req: LoggedRequest) => req.id ?? 'unknown',
    customProps: (req: LoggedRequest) => ({ requestId: req.id }),
    serializers: {
      req: (req: LoggedRequest) => ({
        method: req.method,
        path: req.url?.split('?')[0],
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    // Belt and braces, should a header ever be logged.
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
      ],
      censor: '[redacted]',
    },
    // Health probes run every few seconds; they would drown the useful lines.
    autoLogging: {
      ignore: (req: LoggedRequest) =>
        req.url === '/health' || req.url === '/ready',
    },
  };
  // pino-http's Options extends pino's LoggerOptions, whose types do not resolve
  // through nestjs-pino here; the fields above are pino's documented options.
  return { pinoHttp: pinoHttp as unknown as Options };
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
