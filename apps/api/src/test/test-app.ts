import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { loadConfig, type AppConfig } from '@rehabit/api-core';
import { applyMigrations, pgExec, PrismaService } from '@rehabit/api-db';
import { Client, Pool } from 'pg';
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
  // NestFactory, as main.ts does: a testing module would build its providers before
  // the HTTP adapter exists, and the web app's static files would not be served.
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config),
    { bodyParser: false, logger: false, abortOnError: false },
  );
  configureApp(app);
  await app.init();
  return app;
}

export function prismaOf(app: INestApplication) {
  return app.get(PrismaService).client;
}

/**
 * Runs SQL as the schema's owner, for tests that change the schema on purpose (a
 * trigger that injects a failure). On PostgreSQL the API's own role may not: that is
 * the owner's URL, MIGRATION_DATABASE_URL (global-setup.ts). PGlite has one superuser.
 */
export async function asSchemaOwner(
  app: INestApplication,
  ...statements: string[]
): Promise<void> {
  const ownerUrl = process.env['MIGRATION_DATABASE_URL'];
  if (!ownerUrl) {
    for (const sql of statements) await prismaOf(app).$executeRawUnsafe(sql);
    return;
  }
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    for (const sql of statements) await owner.query(sql);
  } finally {
    await owner.end();
  }
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

/** GETs a download as the browser would, the body as bytes. */
export function download(app: INestApplication, path: string, cookie?: string) {
  const req = request(app.getHttpServer()).get(path).buffer(true);
  if (cookie) req.set('cookie', cookie);
  return req.parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/** The text of a PDF, read by pdf-parse in a child process (it is an ES module). */
export function pdfText(pdf: Buffer): string {
  return execFileSync('node', ['tools/scripts/pdf-text.mjs'], {
    input: pdf,
    cwd: join(__dirname, '../../../..'),
  }).toString('utf8');
}

/** What an injected failure says: a test may check it never reaches a client. */
export const INJECTED_FAILURE = 'injected failure';

/**
 * Makes the database refuse, while `run` runs, every INSERT into `table` for which the
 * SQL `condition` (over NEW) holds, by a trigger of the test's own; then removes it.
 */
export async function withInjectedFailure<T>(
  app: INestApplication,
  table: string,
  condition: string,
  run: () => Promise<T>,
): Promise<T> {
  const name = `test_fail_${table}_${randomUUID().replace(/-/g, '').slice(0, 8)}`;
  await asSchemaOwner(
    app,
    `CREATE FUNCTION ${name}() RETURNS trigger AS $$
     BEGIN
       IF ${condition} THEN RAISE EXCEPTION '${INJECTED_FAILURE}'; END IF;
       RETURN NEW;
     END $$ LANGUAGE plpgsql`,
    `CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${name}()`,
  );
  try {
    return await run();
  } finally {
    await asSchemaOwner(
      app,
      `DROP TRIGGER ${name} ON "${table}"`,
      `DROP FUNCTION ${name}()`,
    );
  }
}

/**
 * A database of a test file's own, for checks that nothing at all changed: on
 * PostgreSQL a new database migrated by the owner and reached by the API's role (its
 * URL, and a drop for afterAll); on PGlite every test app has its own anyway.
 */
export async function isolatedDatabase(
  label: string,
): Promise<{ overrides: Partial<AppConfig>; drop: () => Promise<void> }> {
  const ownerUrl = process.env['MIGRATION_DATABASE_URL'];
  const apiUrl = process.env['DATABASE_URL'];
  if (!ownerUrl || !apiUrl)
    return { overrides: {}, drop: async () => undefined };
  const name = `${new URL(ownerUrl).pathname.slice(1)}_${label}`;
  const server = new URL(ownerUrl);
  server.pathname = '/postgres';
  const admin = new Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const owner = new URL(ownerUrl);
  owner.pathname = `/${name}`;
  const pool = new Pool({ connectionString: owner.toString() });
  await applyMigrations(pgExec(pool));
  await pool.end();
  const api = new URL(apiUrl);
  api.pathname = `/${name}`;
  return {
    overrides: { DATABASE_URL: api.toString() },
    drop: async () => {
      const again = new Client({ connectionString: server.toString() });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

/**
 * A fingerprint of every row the API keeps, except the counters that every request
 * moves (request budget, rate limits) and session activity: equal fingerprints mean
 * nothing was written.
 */
export async function databaseFingerprint(
  app: INestApplication,
): Promise<string> {
  const prisma = prismaOf(app);
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
      AND table_name NOT IN ('_prisma_migrations', 'request_budget', 'rate_limit', 'auth_session')
    ORDER BY table_name`;
  const parts = tables.map(
    ({ name }) =>
      `SELECT '${name}' AS t, count(*)::int AS n, md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS h FROM "${name}" r`,
  );
  const rows = await prisma.$queryRawUnsafe<
    { t: string; n: number; h: string }[]
  >(parts.join(' UNION ALL '));
  return rows.map((r) => `${r.t}:${r.n}:${r.h}`).join('\n');
}
