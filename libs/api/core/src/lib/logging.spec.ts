import { EventEmitter } from 'node:events';
import type { NextFunction, Request, Response } from 'express';
import { createLogger, describeError, requestLogMiddleware } from './logging';
import { PinoNestLogger } from './nest-logger';
import { requestContextMiddleware } from './request-context';

/** A logger at `level` whose lines are kept, parsed, in `lines`. */
function capturedLogger(level: 'info' | 'warn' = 'info') {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger(
    { LOG_LEVEL: level },
    { write: (line: string) => lines.push(JSON.parse(line)) },
  );
  return { log, lines };
}

/** A request served by the context middleware, then the request log middleware. */
function serve(
  log: ReturnType<typeof createLogger>,
  url: string,
  handle: (res: Response) => void,
) {
  const req = {
    method: 'POST',
    originalUrl: url,
    headers: { 'x-request-id': 'req-12345678', cookie: 'secret' },
  } as unknown as Request;
  const res = Object.assign(new EventEmitter(), {
    statusCode: 200,
    setHeader: () => undefined,
  }) as unknown as Response;
  requestContextMiddleware(req, res, (() =>
    requestLogMiddleware(log)(req, res, (() =>
      handle(res)) as NextFunction)) as NextFunction);
  res.emit('close');
}

describe('describeError', () => {
  it('keeps the kind, code and stack frames of an error but never its message', () => {
    const error = Object.assign(
      new Error('pain note: "sharp pain in left buttock"'),
      { code: 'P2002' },
    );
    const described = describeError(error);
    expect(described).toMatchObject({ name: 'Error', code: 'P2002' });
    expect(JSON.stringify(described)).not.toContain('buttock');
    expect((described['stack'] as string[]).length).toBeGreaterThan(0);
  });
});

describe('the request log', () => {
  it('writes one line a request: its id, method, path without the query, status and time', () => {
    const { log, lines } = capturedLogger();
    serve(log, '/graphql?q=pain', (res) => {
      log.info('inside the request');
      res.statusCode = 200;
    });
    expect(lines).toEqual([
      expect.objectContaining({
        msg: 'inside the request',
        requestId: 'req-12345678',
      }),
      expect.objectContaining({
        level: 30,
        msg: 'request completed',
        requestId: 'req-12345678',
        req: { method: 'POST', path: '/graphql' },
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('secret');
    expect(JSON.stringify(lines)).not.toContain('q=pain');
  });

  it('logs a 5xx answer as an error, and leaves out health probes', () => {
    const { log, lines } = capturedLogger();
    serve(log, '/graphql', (res) => (res.statusCode = 503));
    serve(log, '/health', () => undefined);
    serve(log, '/ready', () => undefined);
    expect(lines).toEqual([
      expect.objectContaining({ level: 50, msg: 'request errored' }),
    ]);
  });

  it('writes no request line above info, but still the errors', () => {
    const { log, lines } = capturedLogger('warn');
    serve(log, '/graphql', () => undefined);
    serve(log, '/graphql', (res) => (res.statusCode = 500));
    expect(lines.map((line) => line['msg'])).toEqual(['request errored']);
  });

  it('puts no request id on a line written outside any request', () => {
    const { log, lines } = capturedLogger();
    log.info('at start');
    expect(lines[0]).not.toHaveProperty('requestId');
  });
});

describe('PinoNestLogger', () => {
  it('writes Nest’s calls as pino lines, with the context Nest passes last', () => {
    const { log, lines } = capturedLogger();
    const nest = new PinoNestLogger(log);
    nest.log('Rehabit is running', 'Bootstrap');
    nest.error(
      { correlationId: 'c-1' },
      'internal error in a GraphQL operation',
      'GraphQL',
    );
    nest.warn('no context');
    nest.debug('below the level', 'Quiet');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        context: 'Bootstrap',
        msg: 'Rehabit is running',
      }),
      expect.objectContaining({
        level: 50,
        context: 'GraphQL',
        correlationId: 'c-1',
        msg: 'internal error in a GraphQL operation',
      }),
      expect.objectContaining({ level: 40, msg: 'no context' }),
    ]);
    expect(lines[2]).not.toHaveProperty('context');
  });

  it('logs an error, and Nest’s (message, stack) form, with its stack', () => {
    const { log, lines } = capturedLogger();
    const nest = new PinoNestLogger(log);
    nest.error(new Error('boom'), 'Mailer');
    nest.error(
      'Unhandled',
      'Error: x\n    at handler (a.js:1:1)',
      'ExceptionsHandler',
    );
    expect(lines[0]).toMatchObject({
      context: 'Mailer',
      err: { message: 'boom', stack: expect.stringContaining('at ') },
    });
    expect(lines[1]).toMatchObject({
      context: 'ExceptionsHandler',
      msg: 'Unhandled',
      err: { stack: 'Error: x\n    at handler (a.js:1:1)' },
    });
  });
});
