#!/usr/bin/env node
// Fault: SIGKILL in the middle of writes (RELIABILITY.md, docs/security.md).
//
//   npm run faults:kill        (also part of `npm test`)
//
// A runner's phone sends 2,000 session logs, each under its own client id, retrying the
// same body until the API acknowledges it. At a random moment the API is killed with
// SIGKILL and started again. Afterwards the database must hold exactly 2,000 of these
// logs (one per client id, no duplicates) with all their items, and every acknowledged
// log id. Needs PostgreSQL (FAULTS_PG_URL, default the local server) and makes a
// database of its own.
import { randomInt, randomUUID } from 'node:crypto';
import { apiClient } from '../bench/api-client.mjs';
import { sessionBodies } from '../bench/writes.mjs';
import { ensureApiBuilt, startApi } from './api-process.mjs';
import {
  dropDatabase,
  freshDatabase,
  pgServer,
  queryOnce,
} from './database.mjs';
import { check, runDrill, say, sleep } from './harness.mjs';

const LOGS = Number(process.env.FAULTS_LOGS ?? 2000);
const SENDERS = 8;
const PORT = 4392;
const DB = `rehabit_fault_kill_${process.pid}`;
const LOG_FILE = `/tmp/${DB}.log`;
const MAYA = { email: 'maya@runner.example', password: 'rehabit-demo-clinic' };
const LOG_SESSION = `mutation ($i: LogSessionInput!) { logSession(input: $i) { id clientId } }`;

async function main() {
  ensureApiBuilt();
  const server = pgServer();
  const databaseUrl = await freshDatabase(server, DB);
  const baseUrl = `http://127.0.0.1:${PORT}`;
  const launch = () =>
    startApi({
      databaseUrl,
      port: PORT,
      logFile: LOG_FILE,
      env: { DEMO_DATA: 'yes' },
    });
  let api = await launch();
  try {
    const client = apiClient(baseUrl);
    const cookie = await client.signIn(MAYA.email, MAYA.password);
    const [maya] = await sessionBodies(client, [cookie]);
    // Each log's body is fixed once: a retry sends exactly the same body.
    const bodies = Array.from({ length: LOGS }, () => maya.input(randomUUID()));
    const acknowledged = new Map(); // clientId → log id
    const killAt = randomInt(Math.floor(LOGS * 0.2), Math.floor(LOGS * 0.7));
    let attempts = 0;
    let failedAttempts = 0;
    let restart;

    const send = async (input) => {
      for (;;) {
        attempts++;
        try {
          const res = await fetch(`${baseUrl}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({
              query: LOG_SESSION,
              variables: { i: input },
            }),
            signal: AbortSignal.timeout(10_000),
          });
          const body = await res.json();
          const log = body.data?.logSession;
          if (res.ok && log) return log;
          failedAttempts++;
        } catch {
          failedAttempts++; // the connection died with the process, or was refused
        }
        await sleep(100);
      }
    };

    let next = 0;
    const sender = async () => {
      while (next < bodies.length) {
        const input = bodies[next++];
        const log = await send(input);
        if (log.clientId !== input.clientId)
          throw new Error(`answer for ${input.clientId} names ${log.clientId}`);
        acknowledged.set(input.clientId, log.id);
        if (acknowledged.size === killAt && !restart) {
          say(
            `${killAt} logs acknowledged: SIGKILL to the API (pid ${api.pid})`,
          );
          restart = (async () => {
            await api.stop('SIGKILL');
            api = await launch();
            say(`the API is back (pid ${api.pid})`);
          })();
        }
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: SENDERS }, sender));
    await restart;
    say(
      `${acknowledged.size} logs acknowledged in ${((Date.now() - started) / 1000).toFixed(1)} s; ${attempts} attempts, ${failedAttempts} failed and retried`,
    );

    const clientIds = bodies.map((b) => b.clientId);
    const rows = await queryOnce(
      databaseUrl,
      `SELECT l.id, l.client_id, count(i.id)::int AS items
         FROM session_log l LEFT JOIN session_item_log i ON i.session_log_id = l.id
        WHERE l.client_id = ANY($1::uuid[]) GROUP BY l.id`,
      [clientIds],
    );
    const stored = groupByClient(rows);
    const itemsPerLog = maya.input(randomUUID()).items.length;
    check(
      failedAttempts > 0,
      'the kill interrupted some submissions (they were retried)',
    );
    check(
      rows.length === LOGS,
      `exactly ${LOGS} rows for the ${LOGS} client ids (found ${rows.length})`,
    );
    check(
      [...stored.values()].every((logs) => logs.length === 1),
      'no client id stored twice',
    );
    check(
      clientIds.every((id) => stored.get(id)?.[0]?.id === acknowledged.get(id)),
      'every acknowledged log id is the stored one',
    );
    check(
      rows.every((row) => row.items === itemsPerLog),
      `every log has its ${itemsPerLog} item logs`,
    );
  } finally {
    await api.stop();
    await dropDatabase(server, DB);
  }
}

function groupByClient(rows) {
  const byClient = new Map();
  for (const row of rows)
    byClient.set(row.client_id, [...(byClient.get(row.client_id) ?? []), row]);
  return byClient;
}

runDrill('kill mid-write', main);
