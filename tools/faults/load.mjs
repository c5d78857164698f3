#!/usr/bin/env node
// Load (RELIABILITY.md "The tests that show it"): autocannon against the built API, a
// read mix (a runner's day and a coach's roster) and a write mix (session logs with
// fresh client ids), each for a fixed time. 0 errors; every acknowledged log stored;
// p50/p99 printed.
//
//   npm run faults:load        (also part of `npm test`)
import { randomUUID } from 'node:crypto';
import { apiClient } from '../bench/api-client.mjs';
import { drive, sessionBodies } from '../bench/writes.mjs';
import { demoStage } from './api-process.mjs';
import { check, checkStored, runDrill, say } from './harness.mjs';

const PORT = 4395;
const DB = `rehabit_fault_load_${process.pid}`;
const SECONDS = Number(process.env.FAULTS_LOAD_SECONDS ?? 5);
const CONNECTIONS = 8;
const SAM = {
  email: 'sam.okafor@riverside.example',
  password: 'rehabit-demo-clinic',
};
const RUNNERS = ['maya', 'aroha', 'keoni', 'isabel'].map((name) => ({
  email: `${name}@runner.example`,
  password: 'rehabit-demo-clinic',
}));
const TODAY = '{ runnerToday { date sessions { prescriptionId done } } }';
const ROSTER = '{ rosterReport { rows { runnerId last7 { completed } } } }';
const LOG = 'mutation ($i: LogSessionInput!) { logSession(input: $i) { id } }';

async function main() {
  const { databaseUrl, baseUrl, finish } = await demoStage({
    name: DB,
    port: PORT,
  });
  try {
    const client = apiClient(baseUrl);
    const coach = await client.signIn(SAM.email, SAM.password);
    const runners = [];
    for (const r of RUNNERS)
      runners.push(await client.signIn(r.email, r.password));
    const writers = await sessionBodies(client, runners);
    const json = { 'content-type': 'application/json' };

    const reads = await drive(
      `${baseUrl}/graphql`,
      (n) =>
        n % 2
          ? {
              headers: { ...json, cookie: coach },
              body: JSON.stringify({ query: ROSTER }),
            }
          : {
              headers: { ...json, cookie: runners[n % runners.length] },
              body: JSON.stringify({ query: TODAY }),
            },
      { connections: CONNECTIONS, seconds: SECONDS },
    );
    const acknowledged = [];
    const writes = await drive(
      `${baseUrl}/graphql`,
      (n) => {
        const writer = writers[n % writers.length];
        return {
          headers: { ...json, cookie: writer.cookie },
          body: JSON.stringify({
            query: LOG,
            variables: { i: writer.input(randomUUID()) },
          }),
        };
      },
      {
        connections: CONNECTIONS,
        seconds: SECONDS,
        onAnswer: (status, body) => {
          const id = status === 200 && JSON.parse(body).data?.logSession?.id;
          if (id) acknowledged.push(id);
        },
      },
    );

    for (const [name, { result, answeredWithErrors }] of [
      ['read mix', reads],
      ['write mix', writes],
    ]) {
      say(
        `${name}: ${result.requests.total} requests in ${SECONDS} s at ${CONNECTIONS} connections, ${result.requests.average.toFixed(0)}/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
      );
      check(
        result.errors + result.timeouts + result.non2xx + answeredWithErrors ===
          0 && result.requests.total > 0,
        `${name}: 0 errors (network ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL ${answeredWithErrors})`,
      );
    }
    await checkStored(databaseUrl, acknowledged);
  } finally {
    await finish();
  }
}

runDrill('load', main);
