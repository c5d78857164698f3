import { join } from 'node:path';
import {
  type DynamicModule,
  Inject,
  Module,
  type OnModuleInit,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import express, {
  type Express,
  type NextFunction,
  type Request,
  type Response,
} from 'express';

const WEB_DIST = Symbol('WEB_DIST');

/** Paths the API answers itself; every other GET may fall back to the web app. */
function isApiPath(path: string): boolean {
  return (
    path === '/graphql' ||
    path === '/health' ||
    path === '/ready' ||
    path.startsWith('/api/')
  );
}

/** The build names files by a hash of their content ("chunk-U6GG5IAH.js"). */
const CONTENT_HASHED = /-[A-Z0-9]{8}\.(js|css)$/;

/**
 * A phone keeps a content-hashed file for a year: a new release has new names. Every
 * other file (index.html, the service worker's manifest, icons) is checked each time.
 */
function cacheHeaders(res: Response, path: string): void {
  res.setHeader(
    'Cache-Control',
    CONTENT_HASHED.test(path)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  );
}

/**
 * Serves the built Angular app: its files, and index.html for any other GET outside
 * the API's paths (the app's own routes, such as /today). Registered at module
 * init, after the API's routes. Not @nestjs/serve-static: its error handler turned
 * every error on an API path into a 404, so a GraphQL body over the limit
 * answered 404 instead of 413.
 */
@Module({})
export class WebAppModule implements OnModuleInit {
  static serving(webDist: string): DynamicModule {
    return {
      module: WebAppModule,
      providers: [{ provide: WEB_DIST, useValue: webDist }],
    };
  }

  constructor(
    @Inject(WEB_DIST) private readonly webDist: string,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    const app = this.adapterHost.httpAdapter.getInstance<Express>();
    const indexHtml = join(this.webDist, 'index.html');
    app.use(
      express.static(this.webDist, { index: false, setHeaders: cacheHeaders }),
    );
    app.get('/{*path}', (req: Request, res: Response, next: NextFunction) => {
      if (isApiPath(req.path)) return next();
      cacheHeaders(res, indexHtml);
      res.sendFile(indexHtml);
    });
  }
}
