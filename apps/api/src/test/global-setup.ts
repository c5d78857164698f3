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
  } finally {
    await pool.end();
  }
}
