#!/usr/bin/env node
// Fault: PostgreSQL stops (immediate mode, like a crash) during a write mix, then starts
// again (RELIABILITY.md, docs/security.md).
//
//   npm run faults:database    (also part of `npm test`)
//
// On a throwaway cluster of its own (initdb on port 55432 — never the shared server), a
// runner's phones log sessions with fresh client ids and read their day, continuously.
// The harness stops PostgreSQL for a few seconds and starts it again, then checks that
// while it was down the API answered quickly (no hang) with SERVICE_UNAVAILABLE and
// /ready said 503; that it recovered by itself; and that every acknowledged log is stored.
import { randomUUID } from 'node:crypto';
import { apiClient } from '../bench/api-client.mjs';
import { sessionBodies } from '../bench/writes.mjs';
import { ensureApiBuilt, startApi } from './api-process.mjs';
import { freshDatabase } from './database.mjs';
import { check, checkStored, runDrill, say, sleep } from './harness.mjs';
import { throwawayCluster } from './throwaway-cluster.mjs';

const PG_PORT = Number(process.env.FAULTS_CLUSTER_PORT ?? 55432);
const PORT = 4393;
const WRITERS = 4;
const READERS = 2;
const PHASE_MS = { before: 4_000, down: 5_000, after: 6_000 };
/** "Quickly": no answer while the database is down may take longer than this. */
const QUICK_MS = 6_000;
const MAYA = { email: 'maya@runner.example', password: 'rehabit-demo-clinic' };
const LOG_SESSION = `mutation ($i: LogSessionInput!) { logSession(input: $i) { id } }`;
const TODAY = `{ runnerToday { date } }`;

async function main() {
  ensureApiBuilt();
  const cluster = throwawayCluster(PG_PORT);
  let api;
  try {
    cluster.start();
    say(`throwaway PostgreSQL cluster on port ${PG_PORT}`);
    const databaseUrl = await freshDatabase(cluster.url, 'rehabit');
    api = await startApi({
      databaseUrl,
      port: PORT,
      logFile: `/tmp/rehabit-fault-database-${process.pid}.log`,
      env: { DEMO_DATA: 'yes' },
    });
    const baseUrl = `http://127.0.0.1:${PORT}`;
    const client = apiClient(baseUrl);
    const cookie = await client.signIn(MAYA.email, MAYA.password);
    const [maya] = await sessionBodies(client, [cookie]);

    // Every answer: when it was asked, how long it took, what it said.
    const answers = [];
    const acknowledged = [];
    let running = true;
    const ask = async (query, variables) => {
      const at = Date.now();
      let outcome;
      try {
        const res = await fetch(`${baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(30_000),
        });
        const body = await res.json();
        outcome = body.errors
          ? { code: body.errors[0]?.extensions?.code ?? `HTTP ${res.status}` }
          : { data: body.data };
      } catch (error) {
        outcome = {
          code: error.name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK',
        };
      }
      answers.push({ at, ms: Date.now() - at, ...outcome });
      return outcome;
    };
    const writer = async () => {
      while (running) {
        const answer = await ask(LOG_SESSION, { i: maya.input(randomUUID()) });
        if (answer.data) acknowledged.push(answer.data.logSession.id);
        else await sleep(50);
      }
    };
    const reader = async () => {
      while (running) {
        const answer = await ask(TODAY);
        if (!answer.data) await sleep(50);
      }
    };
    const readyStatus = async () =>
      (await fetch(`${baseUrl}/ready`).catch(() => ({ status: 0 }))).status;

    const load = [
      ...Array.from({ length: WRITERS }, writer),
      ...Array.from({ length: READERS }, reader),
    ];
    await sleep(PHASE_MS.before);
    cluster.stopImmediately();
    const downFrom = Date.now();
    say(
      `PostgreSQL stopped (immediate) after ${acknowledged.length} acknowledged logs`,
    );
    await sleep(PHASE_MS.down / 2);
    const readyWhileDown = await readyStatus();
    await sleep(PHASE_MS.down / 2);
    cluster.start();
    const downTo = Date.now();
    say('PostgreSQL started again');
    await sleep(PHASE_MS.after);
    running = false;
    await Promise.all(load);
    const readyAfter = await readyStatus();

    const during = answers.filter((a) => a.at >= downFrom && a.at < downTo);
    const failedDuring = during.filter((a) => !a.data);
    const firstSuccessAfter = answers
      .filter((a) => a.at >= downTo && a.data)
      .reduce((min, a) => Math.min(min, a.at + a.ms), Infinity);
    const codes = [...new Set(failedDuring.map((a) => a.code))].sort();
    say(
      `${answers.length} answers; ${during.length} while down (slowest ${Math.max(0, ...during.map((a) => a.ms))} ms, codes ${codes.join(', ') || 'none'}); ${acknowledged.length} logs acknowledged in all`,
    );
    check(
      answers.some((a) => a.at < downFrom && a.data),
      'writes and reads succeeded before the stop',
    );
    check(
      failedDuring.length > 0,
      'requests while the database was down were refused',
    );
    check(
      during.every((a) => a.ms <= QUICK_MS),
      `every answer while down came within ${QUICK_MS / 1000} s (no hang)`,
    );
    check(
      codes.length === 1 && codes[0] === 'SERVICE_UNAVAILABLE',
      'they said SERVICE_UNAVAILABLE (not an internal error)',
    );
    check(
      readyWhileDown === 503,
      `/ready answered 503 while down (${readyWhileDown})`,
    );
    check(
      firstSuccessAfter - downTo < PHASE_MS.after,
      `the API recovered by itself, ${((firstSuccessAfter - downTo) / 1000).toFixed(1)} s after the start`,
    );
    check(readyAfter === 200, `/ready answered 200 afterwards (${readyAfter})`);

    await checkStored(databaseUrl, acknowledged);
  } finally {
    await api?.stop();
    cluster.remove();
  }
}

runDrill('database restart', main);
