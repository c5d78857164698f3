// logSession under load against its floor, in the same run: autocannon drives each
// for a fixed time at fixed concurrency, with a fresh client id on every request.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';

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
 * Drives a URL; `bodyOf(n)` gives the n-th request's headers and body, and `onAnswer`
 * (if given) sees every answer's status and body.
 */
export function drive(url, bodyOf, { connections, seconds, onAnswer }) {
  let n = 0;
  let answeredWithErrors = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              const { headers, body } = bodyOf(n++);
              return { ...req, headers: { ...req.headers, ...headers }, body };
            },
            onResponse: (status, body) => {
              if (status === 200 && body.includes('"errors"'))
                answeredWithErrors++;
              onAnswer?.(status, body);
            },
          },
        ],
      },
      (error, result) =>
        error ? reject(error) : resolve({ result, answeredWithErrors }),
    );
  });
}

export async function timeWrites(apiUrl, floorUrl, bodies, options) {
  const api = await drive(
    `${apiUrl}/graphql`,
    (n) => {
      const writer = bodies[n % bodies.length];
      return {
        headers: { 'content-type': 'application/json', cookie: writer.cookie },
        body: JSON.stringify({
          query: LOG,
          variables: { i: writer.input(randomUUID()) },
        }),
      };
    },
    options,
  );
  const floor = await drive(
    floorUrl,
    (n) => {
      const writer = bodies[n % bodies.length];
      return {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          runnerId: writer.runnerId,
          input: writer.input(randomUUID()),
        }),
      };
    },
    options,
  );
  const figures = ({ result, answeredWithErrors }) => ({
    throughput: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + answeredWithErrors,
    total: result.requests.total,
  });
  return { api: figures(api), floor: figures(floor) };
}
