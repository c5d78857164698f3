// The built API as a child process, for the fault harnesses: start, wait until ready,
// kill. Its log goes to a file (LOG_LEVEL warn), so the harness's own output stays readable.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync } from 'node:fs';
import { waitReady } from '../bench/api-client.mjs';
import { dropDatabase, freshDatabase, pgServer } from './database.mjs';

export const API_MAIN = 'dist/apps/api/main.js';

/** Builds the API unless a build is there (CI's test run has just built it). */
export function ensureApiBuilt() {
  if (existsSync(API_MAIN)) return;
  const built = spawnSync(
    'npx',
    ['nx', 'build', 'api', '--outputStyle=static'],
    { stdio: 'inherit' },
  );
  if (built.status !== 0) throw new Error('the API did not build');
}

/** Starts the API on a port against a database; resolves once /ready answers 200. */
export async function startApi({ databaseUrl, port, logFile, env = {} }) {
  const log = openSync(logFile, 'a');
  const child = spawn('node', [API_MAIN], {
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PGLITE_DIR: '',
      // Every request of a harness comes from one address.
      GRAPHQL_LIMIT_PER_MINUTE: '1000000',
      SIGN_IN_LIMIT_PER_HOUR: '100000',
      AUTH_SECRET: 'fault-harness-secret-fault-harness-secret',
      ...env,
    },
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await Promise.race([
    waitReady(`http://127.0.0.1:${port}`, 60_000),
    exited.then((code) => {
      throw new Error(
        `the API exited (${code}) before it was ready; see ${logFile}`,
      );
    }),
  ]);
  return {
    child,
    pid: child.pid,
    /** Sends a signal and waits for the process to be gone. */
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null)
        child.kill(signal);
      await exited;
    },
  };
}

/**
 * A drill's stage: the built API with the demo clinic on a fresh database of the drill's
 * own (`name`), on `port`; `finish()` stops the API and drops the database.
 */
export async function demoStage({ name, port, env = {} }) {
  ensureApiBuilt();
  const server = pgServer();
  const databaseUrl = await freshDatabase(server, name);
  const api = await startApi({
    databaseUrl,
    port,
    logFile: `/tmp/${name}.log`,
    env: { DEMO_DATA: 'yes', ...env },
  });
  return {
    api,
    databaseUrl,
    baseUrl: `http://127.0.0.1:${port}`,
    async finish() {
      await api.stop();
      await dropDatabase(server, name);
    },
  };
}
