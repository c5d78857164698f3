import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { loadConfig, type AppConfig } from '@rehabit/api-core';
import { PrismaService } from '@rehabit/api-db';
import request from 'supertest';
import { AppModule } from '../app/app.module';
import { configureApp } from '../app/configure-app';

/** The database the integration tests use: DATABASE_URL's PostgreSQL, else in-memory PGlite. */
export function testDatabaseName(): string {
  const url = process.env['DATABASE_URL'];
  return url
    ? `PostgreSQL (${new URL(url).pathname.slice(1)})`
    : 'embedded PGlite (in memory)';
}

/** The API as it runs in production (same module, same HTTP set-up), on the test database. */
export async function createTestApp(
  overrides: Partial<AppConfig> = {},
): Promise<INestApplication> {
  const config: AppConfig = {
    ...loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PGLITE_DIR: 'memory://',
      DEMO_DATA: 'no',
    }),
    WEB_DIST: '/nonexistent',
    // Tests sign in often from one address; the per-IP limit has a test of its own.
    SIGN_IN_LIMIT_PER_HOUR: 100_000,
    // Test files share one database and address; the budget has a test of its own.
    GRAPHQL_LIMIT_PER_MINUTE: 1_000_000,
    AUTH_SECRET: 'test-secret-test-secret-test-secret-0123',
    ...overrides,
  };
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config)],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    logger: false,
  });
  configureApp(app);
  await app.init();
  return app;
}

export function prismaOf(app: INestApplication) {
  return app.get(PrismaService).client;
}

export interface GqlResponse<T> {
  status: number;
  data: T | null;
  errors:
    | {
        message: string;
        extensions: {
          code: string;
          fields?: { field: string; message: string }[];
        };
      }[]
    | undefined;
}

/** POSTs a GraphQL operation the way the web app does. */
export async function gql<T = Record<string, unknown>>(
  app: INestApplication,
  query: string,
  variables?: Record<string, unknown>,
  cookie?: string,
): Promise<GqlResponse<T>> {
  const req = request(app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json');
  if (cookie) req.set('cookie', cookie);
  const res = await req.send({ query, variables });
  return {
    status: res.status,
    data: res.body.data ?? null,
    errors: res.body.errors,
  };
}
