#!/usr/bin/env node
// Graceful shutdown under load (RELIABILITY.md: "drains in-flight requests within 30 s
// of SIGTERM").
//
//   npm run faults:drain       (also part of `npm test`)
//
// A coach's reports and a runner's session logs keep the API busy; SIGTERM arrives
// while requests are in flight. Every request the API had accepted must be answered in
// full (200, no errors), every acknowledged log must be stored, nothing may hang, and
// the process must be gone within SHUTDOWN_GRACE_MS (30 s). Needs PostgreSQL
// (FAULTS_PG_URL, default the local server); makes a database of its own.
import { randomUUID } from 'node:crypto';
import { apiClient } from '../bench/api-client.mjs';
import { sessionBodies } from '../bench/writes.mjs';
import { demoStage } from './api-process.mjs';
import { check, checkStored, runDrill, say, sleep } from './harness.mjs';

const PORT = 4394;
const DB = `rehabit_fault_drain_${process.pid}`;
const GRACE_MS = 30_000;
const CLIENTS = 12;
const LOAD_MS = 3_000;
const SAM = {
  email: 'sam.okafor@riverside.example',
  password: 'rehabit-demo-clinic',
};
const MAYA = { email: 'maya@runner.example', password: 'rehabit-demo-clinic' };
const ROSTER = `{ rosterReport { rows { runnerId last28 { completed } } } }`;
const LOG_SESSION = `mutation ($i: LogSessionInput!) { logSession(input: $i) { id } }`;

async function main() {
  const { api, databaseUrl, baseUrl, finish } = await demoStage({
    name: DB,
    port: PORT,
    env: { SHUTDOWN_GRACE_MS: String(GRACE_MS) },
  });
  try {
    const client = apiClient(baseUrl);
    const coach = await client.signIn(SAM.email, SAM.password);
    const runner = await client.signIn(MAYA.email, MAYA.password);
    const [maya] = await sessionBodies(client, [runner]);

    let sigtermAt = Infinity;
    const exited = new Promise((resolve) =>
      api.child.once('exit', () => resolve(Date.now())),
    );
    const outcomes = [];
    const acknowledged = [];
    const one = async (n) => {
      const isWrite = n % 2 === 0;
      const body = isWrite
        ? { query: LOG_SESSION, variables: { i: maya.input(randomUUID()) } }
        : { query: ROSTER };
      const sentAt = Date.now();
      try {
        const res = await fetch(`${baseUrl}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: isWrite ? runner : coach,
          },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(GRACE_MS + 10_000),
        });
        const json = await res.json();
        const ok = res.status === 200 && !json.errors;
        if (ok && isWrite) acknowledged.push(json.data.logSession.id);
        outcomes.push({ sentAt, ms: Date.now() - sentAt, answered: true, ok });
      } catch (error) {
        outcomes.push({
          sentAt,
          ms: Date.now() - sentAt,
          answered: false,
          timedOut: error.name === 'TimeoutError',
        });
      }
    };
    let n = 0;
    const loop = async () => {
      while (Date.now() < sigtermAt + 1_000) await one(n++);
    };
    const load = Array.from({ length: CLIENTS }, loop);
    await sleep(LOAD_MS);
    sigtermAt = Date.now();
    api.child.kill('SIGTERM');
    say(
      `SIGTERM with ${CLIENTS} clients busy (${outcomes.length} requests answered so far)`,
    );
    await Promise.all(load);
    const exitAt = await exited;

    const before = outcomes.filter((o) => o.sentAt < sigtermAt);
    const inFlight = before.filter((o) => o.sentAt + o.ms > sigtermAt);
    const after = outcomes.filter((o) => o.sentAt >= sigtermAt);
    say(
      `${before.length} requests sent before SIGTERM (${inFlight.length} in flight at it), ${after.length} after; exited ${((exitAt - sigtermAt) / 1000).toFixed(1)} s after SIGTERM`,
    );
    check(inFlight.length > 0, 'requests were in flight when SIGTERM came');
    check(
      before.every((o) => o.answered && o.ok),
      'every request sent before SIGTERM was answered in full (200, no errors)',
    );
    check(
      after.every((o) => !o.timedOut),
      'no request after SIGTERM hung (each was answered or refused)',
    );
    check(
      exitAt - sigtermAt < GRACE_MS,
      `the process was gone within ${GRACE_MS / 1000} s`,
    );

    await checkStored(databaseUrl, acknowledged);
  } finally {
    await finish();
  }
}

runDrill('drain on SIGTERM', main);
