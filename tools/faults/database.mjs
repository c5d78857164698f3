// A fresh PostgreSQL database with the migrations applied, for a harness or the bench.
import { spawnSync } from 'node:child_process';
import pg from 'pg';

/** The PostgreSQL server to use: FAULTS_PG_URL, else the one of this machine. */
export const pgServer = () =>
  process.env.FAULTS_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432';

/** Drops `name` if it exists, makes it anew and migrates it; answers its URL. */
export async function freshDatabase(serverUrl, name) {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const databaseUrl = `${serverUrl}/${name}`;
  const migrated = spawnSync('npx', ['prisma', 'migrate', 'deploy'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      MIGRATION_DATABASE_URL: '',
    },
  });
  if (migrated.status !== 0) throw new Error(`migrating ${name} failed`);
  return databaseUrl;
}

export function dropDatabase(serverUrl, name) {
  return adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

async function adminQuery(serverUrl, sql) {
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** Runs one query on its own connection and answers the rows. */
export async function queryOnce(databaseUrl, sql, params = []) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return (await db.query(sql, params)).rows;
  } finally {
    await db.end();
  }
}
