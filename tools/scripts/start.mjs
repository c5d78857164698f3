#!/usr/bin/env node
// `npm start`: build the API and the web app, bring PostgreSQL's schema up to date
// when DATABASE_URL is set (the embedded database migrates itself), then run the API,
// which serves the web app. Arguments are passed on (`npm start -- --demo`).
import { spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  CHECKPOINT_DISABLE: '1',
};

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', [
  'nx',
  'run-many',
  '-t',
  'build',
  '-p',
  'api',
  'web',
  '--outputStyle=static',
]);
if (process.env.DATABASE_URL) {
  console.log('Applying migrations to PostgreSQL (prisma migrate deploy)…');
  run('npx', ['prisma', 'migrate', 'deploy']);
}
const api = spawnSync(
  'node',
  ['dist/apps/api/main.js', ...process.argv.slice(2)],
  { stdio: 'inherit', env: process.env },
);
process.exit(api.status ?? 0);
