import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { register } from 'tsconfig-paths';

const workspaceRoot = join(__dirname, '../../../..');

/**
 * Brings the PostgreSQL test database (DATABASE_URL) up to date with the same
 * migration files and bookkeeping as `prisma migrate deploy`, and says which
 * database the tests run on, so a CI that silently fell back to PGlite shows it.
 */
export default async function globalSetup(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  const name = url
    ? `PostgreSQL (${new URL(url).pathname.slice(1)})`
    : 'embedded PGlite (in memory)';
  process.stdout.write(`\nAPI integration tests run on ${name}\n`);
  if (!url) return;

  // Jest loads this file outside its module resolver, so the workspace's import
  // aliases are registered by hand.
  const { compilerOptions } = JSON.parse(
    readFileSync(join(workspaceRoot, 'tsconfig.base.json'), 'utf8'),
  );
  register({ baseUrl: workspaceRoot, paths: compilerOptions.paths });
  // Loaded only now, after the aliases are registered.
  const { applyMigrations, pgExec } =
    require('@rehabit/api-db') as typeof import('@rehabit/api-db');

  const pool = new Pool({ connectionString: url });
  try {
    const applied = await applyMigrations(pgExec(pool));
    process.stdout.write(`migrations applied now: ${applied.length}\n`);
    await useApiRole(pool, url);
  } finally {
    await pool.end();
  }
}

/** A login role of the test run's own, a member of the API's unprivileged `rehabit_app`. */
const API_LOGIN = 'rehabit_api_test';

/**
 * The tests connect as production does: migrations as the owner (the URL CI gives),
 * the API as a member of `rehabit_app`, which owns nothing and cannot change audit rows.
 * So every integration test also shows the API works with no more than those rights.
 * The owner's URL stays in MIGRATION_DATABASE_URL for the few tests that change the
 * schema on purpose (a failing trigger). Jest's workers inherit this environment.
 */
async function useApiRole(owner: Pool, ownerUrl: string): Promise<void> {
  await owner.query(`DO $$
    BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${API_LOGIN}') THEN
        CREATE ROLE ${API_LOGIN} LOGIN PASSWORD '${API_LOGIN}' IN ROLE rehabit_app;
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$`);
  const apiUrl = new URL(ownerUrl);
  apiUrl.username = API_LOGIN;
  apiUrl.password = API_LOGIN;
  process.env['MIGRATION_DATABASE_URL'] = ownerUrl;
  process.env['DATABASE_URL'] = apiUrl.toString();
  process.stdout.write(`the API connects as ${API_LOGIN} (rehabit_app)\n`);
}
