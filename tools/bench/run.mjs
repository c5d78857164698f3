#!/usr/bin/env node
// `npm run bench` (docs/benchmarks.md): a large clinic in a fresh PostgreSQL database,
// then every figure against its floor, measured in one run and printed as a table.
//
// Settings (environment): BENCH_PG_URL (the server, default
// postgresql://postgres@127.0.0.1:5432), BENCH_DB (rehabit_bench, dropped and made
// anew), BENCH_RUNNERS (5000), BENCH_RUNS (7 timed runs a figure), BENCH_SECONDS (15 s
// of writes, each side after BENCH_WARMUP_SECONDS (5) of the same load, untimed),
// BENCH_CONNECTIONS (10), BENCH_LH_RUNS (3 Lighthouse runs a score, the median shown),
// CHROMIUM_PATH (/usr/bin/chromium).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import pg from 'pg';
import { makeAccounts } from './accounts.mjs';
import { apiClient, waitReady } from './api-client.mjs';
import { startFloorServer } from './floor-server.mjs';
import { generationSteps } from './generate.mjs';
import { timeClinic, timeRoster } from './reports.mjs';
import { kb, ms, ratio, table } from './stats.mjs';
import { calibratedCpuSlowdown, lighthouseScore, webWeight } from './web.mjs';
import { sessionBodies, timeWrites } from './writes.mjs';

const env = process.env;
const SERVER = env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432';
const DB = env.BENCH_DB ?? 'rehabit_bench';
const DATABASE_URL = `${SERVER}/${DB}`;
const RUNNERS = Number(env.BENCH_RUNNERS ?? 5000);
const RUNS = Number(env.BENCH_RUNS ?? 7);
const SECONDS = Number(env.BENCH_SECONDS ?? 15);
const WARMUP_SECONDS = Number(env.BENCH_WARMUP_SECONDS ?? 5);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 10);
const LH_RUNS = Number(env.BENCH_LH_RUNS ?? 3);
const CHROMIUM = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const API_PORT = 4390;
const FLOOR_PORT = 4391;
const TIMED = [50, 250, 1000];
const WRITERS = 20;

const started = Date.now();
const say = (line) =>
  console.log(
    `[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`,
  );

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed`);
}

async function freshDatabase() {
  const admin = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB}`);
  await admin.end();
  run('npx', ['prisma', 'migrate', 'deploy'], { DATABASE_URL });
}

function startApi() {
  // BENCH_API_NODE_OPTIONS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to profile the API.
  const nodeOptions = (env.BENCH_API_NODE_OPTIONS ?? '')
    .split(' ')
    .filter(Boolean);
  const child = spawn('node', [...nodeOptions, 'dist/apps/api/main.js'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...env,
      DATABASE_URL,
      PORT: String(API_PORT),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      DEMO_DATA: 'no',
      LOG_LEVEL: 'warn',
      PGLITE_DIR: '',
      // The load comes from one address: the per-address budget would throttle it.
      GRAPHQL_LIMIT_PER_MINUTE: '1000000',
      SIGN_IN_LIMIT_PER_HOUR: '100000',
    },
  });
  return child;
}

/** The peak resident memory of a process (VmHWM), in MB. */
function peakRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

async function main() {
  say(`building the API and the web app (with the web build's stats)`);
  run('npx', [
    'nx',
    'run-many',
    '-t',
    'build',
    '-p',
    'api',
    '--outputStyle=static',
  ]);
  run('npx', [
    'nx',
    'build',
    'web',
    '--stats-json',
    '--outputStyle=static',
    '--skip-nx-cache',
  ]);

  say(`fresh database ${DB} with the migrations`);
  await freshDatabase();
  const apiProcess = startApi();
  const baseUrl = `http://127.0.0.1:${API_PORT}`;
  const pgClient = new pg.Client({ connectionString: DATABASE_URL });
  try {
    await waitReady(baseUrl);
    await pgClient.connect();
    const api = apiClient(baseUrl);
    say(
      `accounts through the API: admin, ${TIMED.length} coaches, ${WRITERS} runners`,
    );
    const accounts = await makeAccounts(api, {
      timedCoaches: TIMED,
      writers: WRITERS,
    });

    say(`generating the clinic (${RUNNERS} runners)`);
    const generation = generationSteps({
      clinicId: accounts.clinicId,
      timedCoaches: accounts.coaches.map((c) => ({
        userId: c.userId,
        runners: c.runners,
      })),
      runners: RUNNERS,
    });
    for (const step of generation) {
      const t = Date.now();
      const result = await pgClient.query(step.sql);
      const rows = [].concat(result).reduce((n, r) => n + (r.rowCount ?? 0), 0);
      say(
        `  ${step.label}: ${rows.toLocaleString('en')} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`,
      );
    }
    const counts = (
      await pgClient.query(`SELECT
        (SELECT count(*) FROM clinic_member WHERE role = 'coach') AS coaches,
        (SELECT count(*) FROM runner) AS runners,
        (SELECT count(*) FROM prescription_version) AS versions,
        (SELECT count(*) FROM session_log) AS logs,
        (SELECT count(*) FROM session_item_log) AS item_logs`)
    ).rows[0];
    say(`clinic: ${JSON.stringify(counts)}`);

    const coach250 = accounts.coaches.find((c) => c.runners === 250);
    say(
      'timing the roster (250 runners, 28 days) and the clinic report (all runners, 90 days)',
    );
    const roster = await timeRoster(
      api,
      pgClient,
      accounts.clinicId,
      coach250,
      RUNS,
    );
    say(
      `  roster ${ms(roster.report.median)} (first read ${ms(roster.report.first)}), floor ${ms(roster.floor.median)}`,
    );
    const clinic = await timeClinic(
      api,
      pgClient,
      accounts.clinicId,
      accounts.admin,
      RUNS,
    );
    say(
      `  clinic report ${ms(clinic.report.median)} (first read ${ms(clinic.report.first)}), floor ${ms(clinic.floor.median)}`,
    );

    say('growth: the roster at 50, 250 and 1,000 runners');
    const growth = [];
    for (const coach of accounts.coaches) {
      growth.push({
        runners: coach.runners,
        ...(await timeRoster(api, pgClient, accounts.clinicId, coach, RUNS)),
      });
      say(
        `  ${coach.runners} runners: ${ms(growth.at(-1).report.median)}, floor ${ms(growth.at(-1).floor.median)}`,
      );
    }

    // Before the writes: a writer's Today afterwards lists the hundreds of sessions the
    // load test logged for them today, which no runner has.
    say('web weight and Lighthouse (mobile) of /today');
    const weight = webWeight();
    const lighthouse = await lighthouseScore(
      `${baseUrl}/today`,
      accounts.runnerCookies[0],
      CHROMIUM,
      { runs: LH_RUNS },
    );
    // On a host slower or faster than the high-end desktop Lighthouse's default 4×
    // assumes, the same page again with the CPU slowdown calibrated to it, as
    // Lighthouse's docs ask.
    const slowdown = lighthouse.error
      ? lighthouse.cpuSlowdown
      : calibratedCpuSlowdown(lighthouse.benchmarkIndex);
    const calibrated =
      slowdown === lighthouse.cpuSlowdown
        ? null
        : await lighthouseScore(
            `${baseUrl}/today`,
            accounts.runnerCookies[0],
            CHROMIUM,
            { runs: LH_RUNS, cpuSlowdownMultiplier: slowdown },
          );

    say(
      `writes: logSession and the bare floor at ${CONNECTIONS} connections, each warmed up for ${WARMUP_SECONDS} s, then ${SECONDS} s each in 3 alternating slices`,
    );
    const bodies = await sessionBodies(api, accounts.runnerCookies);
    const floorServer = await startFloorServer(DATABASE_URL, FLOOR_PORT);
    const writes = await timeWrites(baseUrl, floorServer.url, bodies, {
      connections: CONNECTIONS,
      seconds: SECONDS,
      warmUpSeconds: WARMUP_SECONDS,
    });
    await floorServer.close();
    const rss = peakRssMb(apiProcess.pid);
    say(
      `  API ${JSON.stringify(writes.api)}; floor ${JSON.stringify(writes.floor)}; peak RSS ${rss.toFixed(0)} MB`,
    );

    const growthBase = growth.find((g) => g.runners === 250).report.median;
    console.log(
      `\n## Results (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, PostgreSQL ${(await pgClient.query('SHOW server_version')).rows[0].server_version})\n`,
    );
    console.log(
      `Clinic: ${counts.coaches} coaches, ${Number(counts.runners).toLocaleString('en')} runners, ${Number(counts.versions).toLocaleString('en')} prescription versions, ${Number(counts.logs).toLocaleString('en')} session logs, ${Number(counts.item_logs).toLocaleString('en')} item logs.\n`,
    );
    console.log(
      table(
        ['figure', 'measured', 'floor', 'ratio', 'target'],
        [
          reportRow(
            'Coach roster, 250 runners, 28 days (median)',
            roster,
            'median',
            '≤ 2×',
          ),
          reportRow(
            'Clinic report, all runners, 90 days (median)',
            clinic,
            'median',
            '≤ 2×',
          ),
          reportRow('Roster, first read (nothing kept yet)', roster, 'first'),
          reportRow(
            'Clinic report, first read (nothing kept yet)',
            clinic,
            'first',
          ),
          ...growth.map((g) => [
            `Roster at ${g.runners} runners`,
            ms(g.report.median),
            ms(g.floor.median),
            `${ratio(g.report.median, g.floor.median)} floor; ${ratio(g.report.median, growthBase)} of 250`,
            g.runners === 1000 ? '≤ 4× of 250 (linear)' : '',
          ]),
          [
            'logSession throughput',
            `${writes.api.throughput.toFixed(0)} req/s`,
            `${writes.floor.throughput.toFixed(0)} req/s`,
            `${((writes.api.throughput / writes.floor.throughput) * 100).toFixed(0)} %`,
            '≥ 50 %',
          ],
          [
            'logSession latency p50 / p99',
            `${writes.api.p50} / ${writes.api.p99} ms`,
            `${writes.floor.p50} / ${writes.floor.p99} ms`,
            `p99 = ${(writes.api.p99 / Math.max(writes.api.p50, 1)).toFixed(1)}× p50`,
            'p99 ≤ 10× p50',
          ],
          [
            'logSession errors',
            `${writes.api.errors} of ${writes.api.total}`,
            `${writes.floor.errors} of ${writes.floor.total}`,
            '',
            '0',
          ],
          ['API peak RSS', `${rss.toFixed(0)} MB`, '', '', ''],
          [
            'Initial JS (raw / gzip)',
            `${kb(weight.initial.raw)} / ${kb(weight.initial.gzip)}`,
            '',
            '',
            '',
          ],
          [
            'Patient Today route JS (raw / gzip)',
            `${kb(weight.today.raw)} / ${kb(weight.today.gzip)}`,
            '',
            `of which the route's own ${kb(weight.todayOnly.gzip)} gzip`,
            '≤ 200 kB gzip',
          ],
          lighthouseRow('Lighthouse mobile performance, /today', lighthouse),
          ...(calibrated
            ? [
                lighthouseRow(
                  'Lighthouse, CPU slowdown calibrated to this host',
                  calibrated,
                ),
              ]
            : []),
        ],
      ),
    );
    say('done');
  } finally {
    await pgClient.end().catch(() => undefined);
    apiProcess.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

function lighthouseRow(label, run) {
  return [
    label,
    run.error ? 'no score' : String(run.score),
    '',
    run.error
      ? `Lighthouse failed: ${run.error}`
      : `median of ${run.scores.join(', ')}; ${run.cpuSlowdown}× CPU (BenchmarkIndex ${run.benchmarkIndex}): FCP ${run.fcp}, LCP ${run.lcp}, TBT ${run.tbt}`,
    '≥ 90',
  ];
}

/** A report's median or first read against the median of its floor. */
function reportRow(label, timing, read, target = '') {
  return [
    label,
    ms(timing.report[read]),
    ms(timing.floor.median),
    ratio(timing.report[read], timing.floor.median),
    target,
  ];
}
