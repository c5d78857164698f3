import type { INestApplication } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  LOGGER,
  queryLengthLimit,
  requestContextMiddleware,
  requestLogMiddleware,
} from '@rehabit/api-core';
import { AUTH, clientIpMiddleware, type Auth } from '@rehabit/api-auth';
import { toNodeHandler } from 'better-auth/node';
import compression from 'compression';
import type { Request, Response } from 'express';
import helmet from 'helmet';

/** Largest request body accepted (a session log with its items is a few kB). */
const BODY_LIMIT = '1mb';

/**
 * Text answers are gzipped (the web app's JavaScript shrinks about 3.5×, which a
 * runner's phone on a poor connection feels first), except better-auth's: its sign-in
 * answer carries the session token in the body, a secret that is the same from one
 * answer to the next, which compression beside reflected input could leak (BREACH).
 * The other secrets in bodies (invitation and reset links) are new in every answer.
 */
function compressible(req: Request, res: Response): boolean {
  return (
    !req.originalUrl.startsWith('/api/auth/') && compression.filter(req, res)
  );
}

/**
 * HTTP concerns shared by the server and the integration tests, so the tests
 * exercise exactly what runs in production.
 */
export function configureApp(app: INestApplication): void {
  app.use(requestContextMiddleware);
  app.use(requestLogMiddleware(app.get(LOGGER)));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Angular injects component styles at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          // Clinic exercises may link images or videos hosted elsewhere.
          imgSrc: ["'self'", 'data:', 'https:'],
          mediaSrc: ["'self'", 'https:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  app.use(compression({ filter: compressible }));
  // The client's address, for every route (sign-in limits, the GraphQL budget): set
  // from the socket and trusted proxies only, overwriting what a client sends.
  app.use(clientIpMiddleware(app.get<AppConfig>(APP_CONFIG).TRUSTED_PROXIES));
  // better-auth reads its own request bodies, so it is mounted before the JSON body parser.
  app
    .getHttpAdapter()
    .getInstance()
    .all('/api/auth/{*any}', toNodeHandler(app.get<Auth>(AUTH)));
  app.use(
    '/graphql',
    (
      _req: unknown,
      res: { setHeader(name: string, value: string): void },
      next: () => void,
    ) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
  );
  (
    app as INestApplication & {
      useBodyParser(type: string, options: object): void;
    }
  ).useBodyParser('json', {
    limit: BODY_LIMIT,
  });
  // After the body parser: a query text over the limit never reaches Apollo.
  app.use('/graphql', queryLengthLimit());
}
