import { randomUUID } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// The built server as an operator runs it (the test target builds it first).
const MAIN = join(__dirname, '../../../../dist/apps/api/main.js');

interface Run {
  child: ChildProcess;
  output: () => string;
  /** The exit code, or the signal that ended the process; after its output is all read ('close', not 'exit'). */
  exited: Promise<number | string | null>;
}

function startServer(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env['PATH'] ?? '',
      PGLITE_DIR: 'memory://',
      DEMO_DATA: 'no',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('close', (code, signal) => resolve(code ?? signal)),
  );
  return { child, output: () => output, exited };
}

async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the API process', () => {
  beforeAll(() => {
    if (!existsSync(MAIN))
      throw new Error(`build the API first: ${MAIN} is missing`);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [
      { DATABASE_URL: 'mysql://db/rehabit' },
      'DATABASE_URL: must be a postgresql:// URL',
    ],
    [{ DEMO_DATA: 'sometimes' }, 'DEMO_DATA'],
  ])('refuses to start with %p and names the variable', async (env, named) => {
    const run = startServer(env);
    expect(await run.exited).toBe(78);
    expect(run.output()).toContain('Invalid configuration');
    expect(run.output()).toContain(named);
    expect(run.output()).toContain('The API was not started.');
  });

  it('logs JSON with the request id on every request line, never what was searched, and stops on SIGTERM', async () => {
    const port = String(36000 + (process.pid % 1000));
    const run = startServer({ PORT: port, LOG_LEVEL: 'info' });
    try {
      await waitFor(() => run.output().includes('Rehabit is running at'));
      const marker = `canary-${Date.now()}`;
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-request-id': `test-${marker}`,
        },
        body: JSON.stringify({
          query:
            'query ($f: ExerciseFilter) { exercises(filter: $f) { totalCount } }',
          variables: { f: { search: `pain note ${marker}` } },
        }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-request-id')).toBe(`test-${marker}`);
      await waitFor(
        () => run.output().includes(`"requestId":"test-${marker}"`),
        5_000,
      );

      const lines = run
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'));
      const requestLines = lines.filter((line) => line.includes('"/graphql"'));
      expect(requestLines.length).toBeGreaterThan(0);
      for (const line of requestLines)
        expect(JSON.parse(line)).toMatchObject({ requestId: `test-${marker}` });
      // The positive control: the marker is in the output (as the request id), so a
      // check that found nothing could not pass by silence; the search text never is.
      expect(run.output()).toContain(marker);
      expect(run.output()).not.toContain(`pain note ${marker}`);

      // Nest closes the app, then re-raises the signal so the process ends by it.
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe('SIGTERM');
      expect(run.output()).toContain('stopped cleanly on SIGTERM');
    } finally {
      run.child.kill('SIGKILL');
    }
  });

  it('never logs passwords, session or invitation tokens, or clinical free text, at info level', async () => {
    const port = String(37000 + (process.pid % 1000));
    const run = startServer({
      PORT: port,
      LOG_LEVEL: 'info',
      DEMO_DATA: 'auto',
      AUTH_SECRET: 'x'.repeat(40),
    });
    const base = `http://127.0.0.1:${port}`;
    const post = (path: string, body: object, cookie = '') =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          // As a browser sends it: better-auth refuses cross-site sign-ins.
          origin: base,
          cookie,
          'x-request-id': `secrets-${process.pid}-canary`,
        },
        body: JSON.stringify(body),
      });
    try {
      await waitFor(() => run.output().includes('Rehabit is running at'));
      const wrongPassword = `wrong-pw-${Date.now()}`;
      await post('/api/auth/sign-in/email', {
        email: 'sam.okafor@riverside.example',
        password: wrongPassword,
      });
      const signedIn = await post('/api/auth/sign-in/email', {
        email: 'sam.okafor@riverside.example',
        password: 'rehabit-demo-clinic',
      });
      const cookie = (signedIn.headers.get('set-cookie') ?? '').split(
        ';',
      )[0] as string;
      const sessionToken = decodeURIComponent(cookie.split('=')[1] ?? '').split(
        '.',
      )[0] as string;
      expect(sessionToken.length).toBeGreaterThan(20);
      const added = await post(
        '/graphql',
        {
          query:
            'mutation { addRunner(input: { name: "Canary", email: "canary@runner.example", timeZone: "UTC" }) { url } }',
        },
        cookie,
      );
      const token = (
        (await added.json()) as { data: { addRunner: { url: string } } }
      ).data.addRunner.url.split('#token=')[1] as string;
      const newPassword = `new-pw-${Date.now()}`;
      await post('/graphql', {
        query:
          'mutation ($i: AcceptRunnerInvitationInput!) { acceptRunnerInvitation(input: $i) { email } }',
        variables: { i: { token, password: newPassword } },
      });
      // Clinical free text: a runner's note, the coach's comment, an excused day's note.
      const note = `knee-note-${Date.now()}`;
      const comment = `coach-comment-${Date.now()}`;
      const dayNote = `day-note-${Date.now()}`;
      const kenji = (
        await post('/api/auth/sign-in/email', {
          email: 'kenji@runner.example',
          password: 'rehabit-demo-clinic',
        })
      ).headers
        .get('set-cookie')
        ?.split(';')[0] as string;
      const today = (
        (await (
          await post(
            '/graphql',
            {
              query:
                '{ runnerToday { sessions { prescriptionId date slot items { id dose { sets } } } } }',
            },
            kenji,
          )
        ).json()) as {
          data: {
            runnerToday: {
              sessions: {
                prescriptionId: string;
                date: string;
                slot: number;
                items: { id: string; dose: { sets: number } }[];
              }[];
            };
          };
        }
      ).data.runnerToday.sessions[0];
      const logged = (await (
        await post(
          '/graphql',
          {
            query:
              'mutation ($i: LogSessionInput!) { logSession(input: $i) { id } }',
            variables: {
              i: {
                clientId: randomUUID(),
                prescriptionId: today?.prescriptionId,
                localDate: today?.date,
                slot: today?.slot,
                startedAt: new Date(Date.now() - 600_000).toISOString(),
                completedAt: new Date().toISOString(),
                painBefore: 2,
                painAfter: 1,
                effort: 3,
                warningSigns: [],
                note,
                items: today?.items.map((item) => ({
                  prescriptionItemId: item.id,
                  setsLeft: item.dose.sets,
                  setsRight: item.dose.sets,
                  setsDone: 0,
                  holdSecondsAchieved: null,
                  reps: null,
                  painDuring: null,
                  skipped: false,
                  skipReason: null,
                })),
              },
            },
          },
          kenji,
        )
      ).json()) as { data?: { logSession: { id: string } } };
      expect(logged.data?.logSession.id).toBeDefined();
      // Kenji's coach is Jordan.
      const jordan = (
        await post('/api/auth/sign-in/email', {
          email: 'jordan.lee@riverside.example',
          password: 'rehabit-demo-clinic',
        })
      ).headers
        .get('set-cookie')
        ?.split(';')[0] as string;
      const commented = await post(
        '/graphql',
        {
          query:
            'mutation ($id: ID!, $c: String!) { commentOnSessionLog(logId: $id, comment: $c) { id } }',
          variables: { id: logged.data?.logSession.id, c: comment },
        },
        jordan,
      );
      const reported = await post(
        '/graphql',
        {
          query:
            'mutation ($i: ExcuseDayInput!) { reportExcusedDay(input: $i) { id } }',
          variables: {
            i: { date: today?.date, reason: 'TRAVEL', note: dayNote },
          },
        },
        kenji,
      );
      expect((await commented.json()).errors).toBeUndefined();
      expect((await reported.json()).errors).toBeUndefined();
      await waitFor(
        () => run.output().includes(`secrets-${process.pid}-canary`),
        5_000,
      );

      const output = run.output();
      expect(output).toContain(`secrets-${process.pid}-canary`);
      // The demo password is public (printed at start, in the README); the passwords
      // typed here are unique, so finding one would mean a request was logged.
      for (const secret of [
        wrongPassword,
        sessionToken,
        token,
        newPassword,
        note,
        comment,
        dayNote,
      ]) {
        expect(output).not.toContain(secret);
      }
    } finally {
      run.child.kill('SIGKILL');
    }
  });

  // Two API processes need one shared database: PostgreSQL (as in CI), not an in-memory one.
  if (process.env['DATABASE_URL'])
    it('counts sign-in attempts across two API processes on one PostgreSQL database', async () => {
      const shared = {
        DATABASE_URL: process.env['DATABASE_URL'] as string,
        AUTH_SECRET: 'y'.repeat(40),
        SIGN_IN_LIMIT_PER_HOUR: '2',
        // This host plays the load balancer: each test is a client address of its own.
        TRUSTED_PROXIES: '127.0.0.1,::1',
        LOG_LEVEL: 'info',
      };
      const ports = [38000, 38500].map((base) =>
        String(base + (process.pid % 500)),
      );
      const runs = ports.map((PORT) => startServer({ ...shared, PORT }));
      const client = `198.18.${process.pid % 250}.${Date.now() % 250}`;
      const attempt = (port: string) =>
        fetch(`http://127.0.0.1:${port}/api/auth/sign-in/email`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            origin: `http://127.0.0.1:${port}`,
            'x-forwarded-for': client,
          },
          body: JSON.stringify({
            email: `nobody-${client}@test.example`,
            password: 'not the password',
          }),
        }).then((res) => res.status);
      try {
        for (const run of runs)
          await waitFor(() => run.output().includes('Rehabit is running at'));
        const [a, b] = ports as [string, string];
        expect([
          await attempt(a),
          await attempt(b),
          await attempt(a),
          await attempt(b),
        ]).toEqual([401, 401, 429, 429]);
      } finally {
        for (const run of runs) run.child.kill('SIGKILL');
      }
    });
});
