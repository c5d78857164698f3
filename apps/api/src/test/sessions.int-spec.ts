import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { addDays } from '@rehabit/shared-domain';
import { signIn, type ClinicFixture } from './clinic-fixture';
import {
  piriformisTemplate,
  runnerOnRoutine,
  sessionLogInput,
  todayIn,
} from './program-fixture';
import { createTestApp, gql, prismaOf, testDatabaseName } from './test-app';

const LOG = `mutation ($i: LogSessionInput!) { logSession(input: $i) {
  id clientId localDate slot painAfter stopAndContact items { prescriptionItemId setsLeft setsRight skipped } } }`;
const TODAY = `{ runnerToday { date sessions { prescriptionId slot done items { id exercise { name } } }
  week { date scheduled completed } next { date } morningCheck { id } } }`;

describe(`session logs on ${testDatabaseName()}`, () => {
  let app: INestApplication;
  let clinic: ClinicFixture;
  let runner: string;
  let prescriptionId: string;
  let stretchItemId: string;
  const zone = 'Europe/London';

  beforeAll(async () => {
    app = await createTestApp();
    ({ clinic, runner, prescriptionId, stretchItemId } = await runnerOnRoutine(
      app,
      'sessions',
      3,
    ));
  });

  afterAll(async () => {
    await app?.close();
  });

  const body = (overrides: Record<string, unknown> = {}) =>
    sessionLogInput({ prescriptionId, stretchItemId, zone }, overrides);
  const logCount = () =>
    prismaOf(app).sessionLog.count({ where: { prescriptionId } });
  /** The session logs and their audit rows: a refused log writes neither. */
  const written = async () => ({
    logs: await logCount(),
    audited: await prismaOf(app).auditEvent.count({
      where: { action: 'session.log', clinicId: clinic.clinicId },
    }),
  });

  it('shows today’s session to do, then done once logged', async () => {
    const before = await gql<{
      runnerToday: { sessions: { done: boolean; items: { id: string }[] }[] };
    }>(app, TODAY, {}, runner);
    expect(before.data?.runnerToday.sessions).toHaveLength(1);
    expect(before.data?.runnerToday.sessions[0]?.done).toBe(false);
    expect(
      before.data?.runnerToday.sessions[0]?.items.map((i) => i.id),
    ).toEqual([stretchItemId]);

    const res = await gql(app, LOG, { i: body() }, runner);
    expect(res.errors).toBeUndefined();
    const after = await gql<{
      runnerToday: {
        sessions: { done: boolean }[];
        week: { scheduled: number; completed: number }[];
      };
    }>(app, TODAY, {}, runner);
    expect(after.data?.runnerToday.sessions[0]?.done).toBe(true);
    expect(after.data?.runnerToday.week.at(-1)).toMatchObject({
      scheduled: 1,
      completed: 1,
    });
    expect(after.data?.runnerToday.week).toHaveLength(7);
  });

  it('answers 50 concurrent sends of one session with one row and 50 identical answers', async () => {
    const input = body();
    const before = await logCount();
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => gql(app, LOG, { i: input }, runner)),
    );
    expect(answers.map((a) => a.errors)).toEqual(Array(50).fill(undefined));
    const first = JSON.stringify(answers[0]?.data);
    expect(answers.every((a) => JSON.stringify(a.data) === first)).toBe(true);
    expect(await logCount()).toBe(before + 1);
    expect(
      await prismaOf(app).sessionLog.count({
        where: { clientId: input.clientId },
      }),
    ).toBe(1);
  });

  it('refuses the same client id with a different body as CONFLICT', async () => {
    const input = body();
    expect((await gql(app, LOG, { i: input }, runner)).errors).toBeUndefined();
    const changed = await gql(
      app,
      LOG,
      { i: { ...input, painAfter: 5 } },
      runner,
    );
    expect(changed.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('refuses dates outside the window: future, over 7 days back, before the start', async () => {
    const before = await written();
    const refused = async (localDate: string) =>
      (await gql(app, LOG, { i: body({ localDate }) }, runner)).errors?.[0]
        ?.extensions.fields;
    expect(await refused(addDays(todayIn(zone), 1))).toEqual([
      { field: 'input.localDate', message: 'must not be in the future' },
    ]);
    expect(await refused(addDays(todayIn(zone), -8))).toEqual([
      { field: 'input.localDate', message: 'must be within the last 7 days' },
    ]);
    expect(await refused(addDays(todayIn(zone), -4))).toEqual([
      {
        field: 'input.localDate',
        message: expect.stringContaining("must be inside the routine's dates"),
      },
    ]);
    expect(await written()).toEqual(before);
  });

  it('refuses another runner’s prescription as not found, and a coach as forbidden', async () => {
    const before = await written();
    const other = await signIn(app, clinic.runnerB);
    const res = await gql(app, LOG, { i: body() }, other);
    expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await written()).toEqual(before);
    const coach = await signIn(app, clinic.coach);
    expect(
      (await gql(app, LOG, { i: body() }, coach)).errors?.[0]?.extensions.code,
    ).toBe('FORBIDDEN');
  });

  it.each([
    ['painAfter', 11, 'must be an integer from 0 to 10'],
    ['painAfter', -1, 'must be an integer from 0 to 10'],
    ['painBefore', 3.5, 'must be a whole number'],
    ['effort', 11, 'must be an integer from 0 to 10'],
  ])(
    'refuses %s = %p with a field error, writing nothing',
    async (field, value, message) => {
      const before = await logCount();
      const res = await gql(app, LOG, { i: body({ [field]: value }) }, runner);
      expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      // A non-integer is refused by GraphQL itself, at the variable's path ($i).
      const path = Number.isInteger(value) ? `input.${field}` : `i.${field}`;
      expect(res.errors?.[0]?.extensions.fields).toEqual([
        { field: path, message },
      ]);
      expect(await logCount()).toBe(before);
    },
  );

  it('refuses an exercise that is not in the routine that day, and a skip without a reason', async () => {
    const before = await written();
    const unknown = body();
    unknown.items[0] = {
      ...unknown.items[0]!,
      // In capitals: the field is named whichever way the client writes a UUID.
      prescriptionItemId: randomUUID().toUpperCase(),
    };
    expect(
      (await gql(app, LOG, { i: unknown }, runner)).errors?.[0]?.extensions
        .fields,
    ).toEqual([
      {
        field: 'input.items.0.prescriptionItemId',
        message: 'must be an exercise of the routine in force that day',
      },
    ]);
    const skip = body();
    skip.items[0] = { ...skip.items[0]!, skipped: true };
    expect(
      (await gql(app, LOG, { i: skip }, runner)).errors?.[0]?.extensions.fields,
    ).toEqual([
      {
        field: 'input.items.0.skipReason',
        message: 'is required when skipped',
      },
    ]);
    expect(await written()).toEqual(before);
  });

  it('checks each exercise against the version in force on the log’s date', async () => {
    const revised = await runnerOnRoutine(app, 'sessions-revised', 3);
    const today = todayIn(revised.zone);
    const revision = await gql(
      app,
      'mutation ($i: RevisePrescriptionInput!) { revisePrescription(input: $i) { id } }',
      {
        i: {
          prescriptionId: revised.prescriptionId,
          effectiveFrom: today,
          phases: (await piriformisTemplate(app)).phases,
        },
      },
      revised.coach,
    );
    expect(revision.errors).toBeUndefined();
    const versionTwoStretch = await prismaOf(
      app,
    ).prescriptionItem.findFirstOrThrow({
      where: {
        version: { prescriptionId: revised.prescriptionId, version: 2 },
        phase: { name: 'Stretch' },
      },
    });
    const logStretch = async (
      localDate: string,
      prescriptionItemId: string,
    ) => {
      const input = sessionLogInput(revised, { localDate });
      input.items = input.items.map((item) => ({
        ...item,
        prescriptionItemId,
      }));
      return (await gql(app, LOG, { i: input }, revised.runner)).errors;
    };
    const notInForce = [
      {
        field: 'input.items.0.prescriptionItemId',
        message: 'must be an exercise of the routine in force that day',
      },
    ];
    const yesterday = addDays(today, -1);
    expect(await logStretch(yesterday, revised.stretchItemId)).toBeUndefined();
    expect(await logStretch(today, versionTwoStretch.id)).toBeUndefined();
    expect(
      (await logStretch(today, revised.stretchItemId))?.[0]?.extensions.fields,
    ).toEqual(notInForce);
    expect(
      (await logStretch(yesterday, versionTwoStretch.id))?.[0]?.extensions
        .fields,
    ).toEqual(notInForce);
  });

  it('tells the runner to stop and contact their clinician at pain 7 or a warning sign', async () => {
    const pain = await gql<{ logSession: { stopAndContact: boolean } }>(
      app,
      LOG,
      { i: body({ painAfter: 8 }) },
      runner,
    );
    expect(pain.data?.logSession.stopAndContact).toBe(true);
    const sign = await gql<{ logSession: { stopAndContact: boolean } }>(
      app,
      LOG,
      { i: body({ warningSigns: ['NUMBNESS'] }) },
      runner,
    );
    expect(sign.data?.logSession.stopAndContact).toBe(true);
    const fine = await gql<{ logSession: { stopAndContact: boolean } }>(
      app,
      LOG,
      { i: body() },
      runner,
    );
    expect(fine.data?.logSession.stopAndContact).toBe(false);
  });

  it('corrects a log as a new revision with a new client id, keeping the original', async () => {
    const original = await gql<{ logSession: { id: string } }>(
      app,
      LOG,
      { i: body({ painAfter: 6 }) },
      runner,
    );
    const id = original.data?.logSession.id as string;
    const CORRECT = `mutation ($c: ID!, $i: LogSessionInput!) { correctSession(correctsId: $c, input: $i) { id painAfter } }`;
    const resend = await gql(
      app,
      CORRECT,
      {
        c: id,
        i: body({
          clientId: (
            await prismaOf(app).sessionLog.findUniqueOrThrow({ where: { id } })
          ).clientId,
        }),
      },
      runner,
    );
    expect(resend.errors?.[0]?.extensions.fields).toEqual([
      {
        field: 'input.clientId',
        message: 'must be new: a correction is a new log, never a resend',
      },
    ]);
    const fixed = await gql<{
      correctSession: { id: string; painAfter: number };
    }>(app, CORRECT, { c: id, i: body({ painAfter: 3 }) }, runner);
    expect(fixed.data?.correctSession.painAfter).toBe(3);
    const correctable = await gql<{
      runnerToday: { correctable: { id: string }[] };
    }>(app, '{ runnerToday { correctable { id } } }', {}, runner);
    const ids = correctable.data?.runnerToday.correctable.map((l) => l.id);
    expect(ids).toContain(fixed.data?.correctSession.id);
    expect(ids).not.toContain(id);
    const rows = await prismaOf(app).sessionLog.findMany({
      where: { OR: [{ id }, { correctsId: id }] },
    });
    expect(rows.map((r) => r.painAfter).sort()).toEqual([3, 6]);
    const again = await gql(app, CORRECT, { c: id, i: body() }, runner);
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('asks yesterday’s last session for the next-morning pain, once', async () => {
    const yesterday = addDays(todayIn(zone), -1);
    const log = await gql<{ logSession: { id: string } }>(
      app,
      LOG,
      { i: body({ localDate: yesterday }) },
      runner,
    );
    const id = log.data?.logSession.id as string;
    const today = await gql<{
      runnerToday: { morningCheck: { id: string } | null };
    }>(app, TODAY, {}, runner);
    expect(today.data?.runnerToday.morningCheck?.id).toBe(id);
    const MORNING =
      'mutation ($id: ID!, $p: Int!) { recordNextMorningPain(sessionLogId: $id, pain: $p) { nextMorningPain } }';
    expect((await gql(app, MORNING, { id, p: 4 }, runner)).data).toEqual({
      recordNextMorningPain: { nextMorningPain: 4 },
    });
    expect(
      (await gql(app, MORNING, { id, p: 2 }, runner)).errors?.[0]?.extensions
        .code,
    ).toBe('CONFLICT');
    expect(
      (await gql(app, MORNING, { id, p: 11 }, runner)).errors?.[0]?.extensions
        .fields,
    ).toEqual([{ field: 'pain', message: 'must be an integer from 0 to 10' }]);
  });

  it('shows the runner their last 4 weeks: sessions done against scheduled, streak and pain', async () => {
    const res = await gql<{
      runnerProgress: {
        weeks: { start: string; scheduled: number; completed: number }[];
        streak: number;
        pain: { date: string; painAfter: number }[];
      };
    }>(
      app,
      '{ runnerProgress { weeks { start scheduled completed } streak pain { date painAfter } } }',
      {},
      runner,
    );
    const progress = res.data?.runnerProgress;
    expect(progress?.weeks).toHaveLength(4);
    expect(progress?.weeks.at(-1)?.start).toBe(addDays(todayIn(zone), -6));
    // Daily stretch from 3 days ago: 4 sessions scheduled, today and yesterday done.
    expect(progress?.weeks.at(-1)).toMatchObject({
      scheduled: 4,
      completed: 2,
    });
    expect(progress?.streak).toBe(2);
    expect(progress?.pain.length).toBeGreaterThan(0);
  });

  it('lists a runner’s logs for the runner and their coach, not for another runner', async () => {
    const LOGS =
      'query ($r: ID!, $f: String!, $t: String!) { sessionLogs(runnerId: $r, from: $f, to: $t) { id localDate } }';
    const vars = {
      r: clinic.runnerA.runnerId,
      f: addDays(todayIn(zone), -7),
      t: todayIn(zone),
    };
    const own = await gql<{ sessionLogs: { id: string }[] }>(
      app,
      LOGS,
      vars,
      runner,
    );
    expect(own.data?.sessionLogs.length).toBe(
      await prismaOf(app).sessionLog.count({
        where: { runnerId: clinic.runnerA.runnerId },
      }),
    );
    const coach = await signIn(app, clinic.coach);
    expect((await gql(app, LOGS, vars, coach)).errors).toBeUndefined();
    const other = await signIn(app, clinic.runnerB);
    expect(
      (await gql(app, LOGS, vars, other)).errors?.[0]?.extensions.code,
    ).toBe('NOT_FOUND');
    expect(
      (await gql(app, LOGS, { ...vars, t: addDays(vars.f, -1) }, runner))
        .errors?.[0]?.extensions.fields,
    ).toEqual([
      {
        field: 'to',
        message: 'must be on or after from, at most a year later',
      },
    ]);
  });
});
