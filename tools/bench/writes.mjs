// logSession under load against its floor, in the same run: autocannon drives each
// for a fixed time at fixed concurrency, with a fresh client id on every request,
// after a warm-up of the same load that is not timed (as the reports' warm-up runs):
// a cold API spends its first seconds compiling its own code, the bare floor far less.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { median } from './stats.mjs';

const LOG = `mutation ($i: LogSessionInput!) { logSession(input: $i) { id } }`;
const TODAY = `{ me { runnerId } runnerToday { sessions { prescriptionId date slot
  items { id dose { side sets holdSeconds reps } } } } }`;

/** What each signed-in runner logs: today's first session, done in full. */
export async function sessionBodies(api, runnerCookies) {
  const bodies = [];
  for (const cookie of runnerCookies) {
    const { me, runnerToday } = await api.gql(TODAY, {}, cookie);
    const session = runnerToday.sessions[0];
    if (!session) throw new Error('a writer has no session today');
    bodies.push({
      cookie,
      runnerId: me.runnerId,
      input: (clientId) => ({
        clientId,
        prescriptionId: session.prescriptionId,
        localDate: session.date,
        slot: session.slot,
        startedAt: new Date(Date.now() - 900_000).toISOString(),
        completedAt: new Date().toISOString(),
        painBefore: 2,
        painAfter: 1,
        effort: 4,
        warningSigns: [],
        note: '',
        items: session.items.map((item) => ({
          prescriptionItemId: item.id,
          setsLeft:
            item.dose.side === 'EACH_SIDE' || item.dose.side === 'LEFT'
              ? item.dose.sets
              : 0,
          setsRight:
            item.dose.side === 'EACH_SIDE' || item.dose.side === 'RIGHT'
              ? item.dose.sets
              : 0,
          setsDone:
            item.dose.side === 'BILATERAL' || item.dose.side === 'NONE'
              ? item.dose.sets
              : 0,
          holdSecondsAchieved: item.dose.holdSeconds,
          reps: item.dose.holdSeconds === null ? item.dose.reps : null,
          painDuring: null,
          skipped: false,
          skipReason: null,
        })),
      }),
    });
  }
  return bodies;
}

/**
 * Drives a URL for `seconds` after `warmUpSeconds` of the same load; `bodyOf(n)` gives
 * the n-th request's headers and body, and `onAnswer` (if given) sees every answer's
 * status and body. The figures are of the timed part; `answered`, `answeredNot200` and
 * `answeredWithErrors` (a 200 carrying GraphQL `errors`) count every answer, the
 * warm-up's included.
 */
export function drive(
  url,
  bodyOf,
  { connections, seconds, warmUpSeconds = 0, onAnswer },
) {
  let n = 0;
  let answered = 0;
  let answeredNot200 = 0;
  let answeredWithErrors = 0;
  // The promise form: autocannon runs a warm-up only when given no callback.
  const run = autocannon({
    url,
    connections,
    duration: seconds,
    ...(warmUpSeconds > 0
      ? { warmup: { connections, duration: warmUpSeconds } }
      : {}),
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const { headers, body } = bodyOf(n++);
          return { ...req, headers: { ...req.headers, ...headers }, body };
        },
        onResponse: (status, body) => {
          answered++;
          if (status !== 200) answeredNot200++;
          else if (body.includes('"errors"')) answeredWithErrors++;
          onAnswer?.(status, body);
        },
      },
    ],
  });
  return run.then((result) => ({
    result,
    answered,
    answeredNot200,
    answeredWithErrors,
  }));
}

/** One logSession request to the API, or the same inserts to the floor. */
function requestMakers(apiUrl, floorUrl, bodies) {
  return {
    api: {
      url: `${apiUrl}/graphql`,
      bodyOf: (n) => {
        const writer = bodies[n % bodies.length];
        return {
          headers: {
            'content-type': 'application/json',
            cookie: writer.cookie,
          },
          body: JSON.stringify({
            query: LOG,
            variables: { i: writer.input(randomUUID()) },
          }),
        };
      },
    },
    floor: {
      url: floorUrl,
      bodyOf: (n) => {
        const writer = bodies[n % bodies.length];
        return {
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            runnerId: writer.runnerId,
            input: writer.input(randomUUID()),
          }),
        };
      },
    },
  };
}

/**
 * The API and the floor, each warmed up, then timed in `rounds` alternating slices of
 * `seconds / rounds` each: this host's load drifts within a run, and slices side by
 * side meet the same drift, where one long run after the other did not (the floor
 * alone moved 20 % between two runs a minute apart).
 */
export async function timeWrites(
  apiUrl,
  floorUrl,
  bodies,
  { connections, seconds, warmUpSeconds, rounds = 3 },
) {
  const sides = requestMakers(apiUrl, floorUrl, bodies);
  const runs = { api: [], floor: [] };
  for (let round = 0; round < rounds; round++)
    for (const side of ['api', 'floor'])
      runs[side].push(
        await drive(sides[side].url, sides[side].bodyOf, {
          connections,
          seconds: seconds / rounds,
          warmUpSeconds: round === 0 ? warmUpSeconds : 0,
        }),
      );
  return { api: figures(runs.api), floor: figures(runs.floor) };
}

/**
 * Throughput over all timed slices; the median slice's p50 and the worst slice's p99;
 * errors over every answer, the warm-up's included.
 */
function figures(runs) {
  const sum = (of) => runs.reduce((total, run) => total + of(run), 0);
  return {
    throughput:
      sum((run) => run.result.requests.total) /
      sum((run) => run.result.duration),
    p50: median(runs.map((run) => run.result.latency.p50)),
    p99: Math.max(...runs.map((run) => run.result.latency.p99)),
    // Answers that were not a 200 without errors, and requests never answered.
    errors: sum(
      (run) => run.answeredNot200 + run.answeredWithErrors + run.result.errors,
    ),
    total: sum((run) => run.answered + run.result.errors),
  };
}
