#!/usr/bin/env node
// The restore drill (docs/operations.md): back up the database named by DATABASE_URL with
// pg_dump, restore the backup into a new database beside it, and compare every table's
// row count. Exits 1 when anything differs; the drill database is dropped either way.
//
//   DATABASE_URL=postgresql://user:pass@host:5432/rehabit npm run restore-drill
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const source = process.env.DATABASE_URL;
if (!source?.startsWith('postgresql://')) {
  console.error(
    'Set DATABASE_URL to the PostgreSQL database to back up and restore.',
  );
  process.exit(78);
}
const drillName = `${new URL(source).pathname.slice(1)}_restore_drill_${Date.now()}`;
const drillUrl = Object.assign(new URL(source), {
  pathname: `/${drillName}`,
}).toString();
const adminUrl = Object.assign(new URL(source), {
  pathname: '/postgres',
}).toString();

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0)
    throw new Error(`${command} failed (${result.status})`);
}

async function rowCounts(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (
      await client.query(
        `SELECT table_name FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
      )
    ).rows.map((r) => r.table_name);
    const counts = new Map();
    for (const table of tables)
      counts.set(
        table,
        Number(
          (await client.query(`SELECT count(*) FROM "${table}"`)).rows[0].count,
        ),
      );
    return counts;
  } finally {
    await client.end();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'rehabit-backup-'));
const backup = join(dir, 'rehabit.dump');
const admin = new pg.Client({ connectionString: adminUrl });
let failed = false;
try {
  const started = Date.now();
  console.log(
    `1. pg_dump (custom format) of ${new URL(source).pathname.slice(1)}`,
  );
  run('pg_dump', ['--format=custom', '--no-owner', '--file', backup, source]);
  console.log(`   ${(statSync(backup).size / 1024 / 1024).toFixed(1)} MB`);
  await admin.connect();
  await admin.query(`CREATE DATABASE "${drillName}"`);
  console.log(`2. pg_restore into ${drillName}`);
  run('pg_restore', [
    '--no-owner',
    '--exit-on-error',
    '--dbname',
    drillUrl,
    backup,
  ]);
  console.log('3. row counts, table by table');
  const [before, after] = [await rowCounts(source), await rowCounts(drillUrl)];
  for (const [table, count] of before) {
    const restored = after.get(table);
    const same = restored === count;
    failed ||= !same;
    console.log(
      `   ${same ? 'ok  ' : 'DIFF'} ${table.padEnd(28)} ${count} → ${restored ?? 'missing'}`,
    );
  }
  console.log(
    failed
      ? 'The restore differs from the database: do not rely on this backup.'
      : `Restore drill passed in ${((Date.now() - started) / 1000).toFixed(1)} s: every table came back whole.`,
  );
} finally {
  await admin
    .query(`DROP DATABASE IF EXISTS "${drillName}" WITH (FORCE)`)
    .catch(() => undefined);
  await admin.end().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
