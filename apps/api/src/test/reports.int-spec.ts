import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { PrismaClient } from '@rehabit/api-db';
import { toDbDate } from '@rehabit/api-program-model';
import { addDays } from '@rehabit/shared-domain';
import { createClinic, signIn, type ClinicFixture } from './clinic-fixture';
import { prescribePiriformis, todayIn } from './program-fixture';
import {
  createTestApp,
  download,
  gql,
  pdfText,
  prismaOf,
  testDatabaseName,
} from './test-app';

const ZONE = 'Europe/London';
const ROSTER = `{ rosterReport { rows { runnerId name routine phase lastSessionDate
  last7 { scheduled completed sessionAdherence doseAdherence adherent }
  last28 { scheduled completed } weeks
  signals { missedDaysInARow daysSilent latestPain painHigh stopAndContactOn needsAttention } } } }`;
const REPORT = `query ($r: ID!, $range: ReportRangeInput) { runnerReport(runnerId: $r, range: $range) {
  from to figures { scheduled completed sessionAdherence prescribedSetSides completedSetSides }
  days { date scheduled completed excused { id confirmed reportedByRunner } }
  exercises { name sessions prescribedSetSides completedSetSides }
  logs { date painAfter effort } versions { version effectiveFrom }
  excusedDays { date reason confirmed } } }`;
const EXCUSE = `mutation ($r: ID!, $i: ExcuseDayInput!) { excuseDay(runnerId: $r, input: $i) { id date confirmed } }`;
const REPORT_DAY = `mutation ($i: ExcuseDayInput!) { reportExcusedDay(input: $i) { id date confirmed reportedByRunner } }`;

type Figures = { scheduled: number; completed: number };

describe(`compliance reports on ${testDatabaseName()}`, () => {
  let app: INestApplication;
  let prisma: PrismaClient;
  let clinic: ClinicFixture;
  let coach: string;
  let runner: string;
  let prescriptionId: string;
  let stretchItemId: string;
  const today = todayIn(ZONE);
  const runnerId = () => clinic.runnerA.runnerId;

  /** A finished session written as logSession would have, on a past day. */
  async function logDay(daysAgo: number, setsEachSide: number, pain = 2) {
    const completedAt = new Date(Date.now() - daysAgo * 86_400_000);
    return prisma.sessionLog.create({
      data: {
        clientId: randomUUID(),
        runnerId: runnerId(),
        prescriptionId,
        localDate: toDbDate(addDays(today, -daysAgo)),
        slot: 1,
        startedAt: new Date(completedAt.getTime() - 600_000),
        completedAt,
        painBefore: 2,
        painAfter: pain,
        effort: 4,
        bodyHash: 'test',
        items: {
          create: [
            {
              prescriptionItemId: stretchItemId,
              setsLeft: setsEachSide,
              setsRight: setsEachSide,
            },
          ],
        },
      },
    });
  }

  beforeAll(async () => {
    app = await createTestApp();
    prisma = prismaOf(app);
    clinic = await createClinic(app, 'reports');
    coach = await signIn(app, clinic.coach);
    runner = await signIn(app, clinic.runnerA);
    ({
      prescriptionIds: [prescriptionId],
      stretchItemId,
    } = await prescribePiriformis(
      app,
      coach,
      [runnerId()],
      addDays(today, -10),
    ));
    // Done in full 7 and 6 days ago, half 5 days ago; nothing since (4 … 1 days ago).
    await logDay(7, 3);
    await logDay(6, 3);
    await logDay(5, 1, 4);
  });

  afterAll(async () => {
    await app?.close();
  });

  const rowOf = async () => {
    const res = await gql<{
      rosterReport: {
        rows: { runnerId: string; last7: Figures & Record<string, unknown> }[];
      };
    }>(app, ROSTER, {}, coach);
    expect(res.errors).toBeUndefined();
    return res.data?.rosterReport.rows.find(
      (r) => r.runnerId === runnerId(),
    ) as never as {
      routine: string;
      phase: string;
      lastSessionDate: string;
      last7: Figures & {
        sessionAdherence: number;
        doseAdherence: number;
        adherent: boolean;
      };
      last28: Figures;
      weeks: (number | null)[];
      signals: {
        missedDaysInARow: number;
        daysSilent: number;
        needsAttention: boolean;
      };
    };
  };

  it('shows the coach each runner with 7- and 28-day adherence, the sparkline and signals', async () => {
    const row = await rowOf();
    // Last 7 days: 6 … 1 days ago are due (today counts once done): 2 of 6 done.
    expect(row.last7).toMatchObject({
      scheduled: 6,
      completed: 2,
      adherent: false,
    });
    expect(row.last7.sessionAdherence).toBeCloseTo(2 / 6);
    // 6 days ago in full (6 set-sides), 5 days ago 1 set each side (2), over 6 × 6.
    expect(row.last7.doseAdherence).toBeCloseTo(8 / 36);
    expect(row.last28).toMatchObject({ scheduled: 10, completed: 3 });
    expect(row).toMatchObject({
      routine: 'Piriformis relief',
      phase: 'Stretch',
      lastSessionDate: addDays(today, -5),
    });
    expect(row.weeks).toHaveLength(4);
    expect(row.signals).toMatchObject({
      missedDaysInARow: 4,
      daysSilent: 5,
      needsAttention: true,
    });
  });

  it('hides the roster from another coach and the clinic report from a coach', async () => {
    const other = await signIn(app, clinic.otherCoach);
    const res = await gql<{ rosterReport: { rows: unknown[] } }>(
      app,
      ROSTER,
      {},
      other,
    );
    expect(res.data?.rosterReport.rows).toEqual([]);
    const clinicReport = await gql(
      app,
      '{ clinicReport { overall { runners } } }',
      {},
      coach,
    );
    expect(clinicReport.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const report = await gql(app, REPORT, { r: runnerId() }, other);
    expect(report.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('writes one audit row per roster report, naming its scope', async () => {
    const before = await prisma.auditEvent.count({
      where: { clinicId: clinic.clinicId, action: 'report.roster' },
    });
    await rowOf();
    const rows = await prisma.auditEvent.findMany({
      where: { clinicId: clinic.clinicId, action: 'report.roster' },
      orderBy: { occurredAt: 'desc' },
    });
    expect(rows).toHaveLength(before + 1);
    expect(rows[0]?.scope).toBe(`coach:${clinic.coach.userId}`);
  });

  it('gives the runner report: calendar, adherence by exercise, pain, versions', async () => {
    const res = await gql<{ runnerReport: Record<string, unknown> }>(
      app,
      REPORT,
      { r: runnerId(), range: { from: addDays(today, -10), to: today } },
      coach,
    );
    expect(res.errors).toBeUndefined();
    const report = res.data?.runnerReport as {
      figures: Figures & {
        prescribedSetSides: number;
        completedSetSides: number;
      };
      days: { date: string; scheduled: number; completed: number }[];
      exercises: { name: string; sessions: number }[];
      logs: { painAfter: number }[];
      versions: { version: number }[];
    };
    expect(report.figures).toMatchObject({
      scheduled: 10,
      completed: 3,
      prescribedSetSides: 60,
      completedSetSides: 14,
    });
    expect(report.days).toHaveLength(11);
    expect(
      report.days.find((d) => d.date === addDays(today, -7)),
    ).toMatchObject({
      scheduled: 1,
      completed: 1,
    });
    expect(report.exercises).toEqual([
      expect.objectContaining({
        name: 'Supine figure-four stretch',
        sessions: 10,
      }),
    ]);
    expect(report.logs.map((l) => l.painAfter)).toEqual([2, 2, 4]);
    expect(report.versions).toEqual([expect.objectContaining({ version: 1 })]);
  });

  it('lets a runner report a day, which leaves the denominator only once the coach confirms it', async () => {
    const day = addDays(today, -2);
    const reported = await gql<{
      reportExcusedDay: {
        id: string;
        confirmed: boolean;
        reportedByRunner: boolean;
      };
    }>(
      app,
      REPORT_DAY,
      { i: { date: day, reason: 'ILLNESS', note: 'Flu' } },
      runner,
    );
    expect(reported.data?.reportExcusedDay).toMatchObject({
      confirmed: false,
      reportedByRunner: true,
    });
    expect((await rowOf()).last7.scheduled).toBe(6);

    const again = await gql(
      app,
      REPORT_DAY,
      { i: { date: day, reason: 'TRAVEL' } },
      runner,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'input.date', message: 'is already excused' }],
    });

    const id = reported.data?.reportExcusedDay.id as string;
    const confirmed = await gql(
      app,
      'mutation ($id: ID!) { confirmExcusedDay(id: $id) { confirmed } }',
      { id },
      coach,
    );
    expect(confirmed.data).toEqual({ confirmExcusedDay: { confirmed: true } });
    expect((await rowOf()).last7).toMatchObject({ scheduled: 5, completed: 2 });

    // A confirmed day is the coach's to undo, not the runner's.
    const withdrawn = await gql(
      app,
      'mutation ($id: ID!) { undoExcusedDay(id: $id) { id } }',
      { id },
      runner,
    );
    expect(withdrawn.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    await gql(
      app,
      'mutation ($id: ID!) { undoExcusedDay(id: $id) { id } }',
      { id },
      coach,
    );
    expect((await rowOf()).last7.scheduled).toBe(6);
  });

  it('lets the coach excuse a day directly, shown on the runner report', async () => {
    const day = addDays(today, -3);
    const res = await gql<{ excuseDay: { id: string; confirmed: boolean } }>(
      app,
      EXCUSE,
      { r: runnerId(), i: { date: day, reason: 'RACE', note: 'Race week' } },
      coach,
    );
    expect(res.data?.excuseDay).toMatchObject({ date: day, confirmed: true });
    expect((await rowOf()).last7.scheduled).toBe(5);
    const report = await gql<{
      runnerReport: { days: { date: string; excused: unknown }[] };
    }>(app, REPORT, { r: runnerId() }, coach);
    expect(
      report.data?.runnerReport.days.find((d) => d.date === day)?.excused,
    ).toMatchObject({
      confirmed: true,
      reportedByRunner: false,
    });
    await gql(
      app,
      'mutation ($id: ID!) { undoExcusedDay(id: $id) { id } }',
      { id: res.data?.excuseDay.id },
      coach,
    );
  });

  it('answers bad input with field errors and changes nothing', async () => {
    const count = () =>
      prisma.excusedDay.count({ where: { runnerId: runnerId() } });
    const before = await count();
    const cases: [string, Record<string, unknown>, string, string][] = [
      [
        EXCUSE,
        { r: runnerId(), i: { date: '2026-02-30', reason: 'RACE' } },
        'input.date',
        'must be a date written YYYY-MM-DD',
      ],
      [
        EXCUSE,
        { r: runnerId(), i: { date: addDays(today, 91), reason: 'RACE' } },
        'input.date',
        'must be from 365 days before today to 90 days after it',
      ],
      [
        EXCUSE,
        { r: runnerId(), i: { date: today, reason: 'RACE', note: 'a\u0000b' } },
        'input.note',
        'must not contain control characters',
      ],
      [
        EXCUSE,
        {
          r: runnerId(),
          i: { date: today, reason: 'RACE', note: 'x'.repeat(201) },
        },
        'input.note',
        'must be at most 200 characters',
      ],
      [
        EXCUSE,
        { r: 'not-a-uuid', i: { date: today, reason: 'RACE' } },
        'runnerId',
        'must be a UUID (e.g. 3f2b8c1e-…)',
      ],
    ];
    for (const [query, variables, field, message] of cases) {
      const res = await gql(app, query, variables, coach);
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field, message }],
      });
    }
    const runnerTooEarly = await gql(
      app,
      REPORT_DAY,
      { i: { date: addDays(today, -8), reason: 'ILLNESS' } },
      runner,
    );
    expect(runnerTooEarly.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'input.date',
          message: 'must be from 7 days before today to 30 days after it',
        },
      ],
    });
    const unknownReason = await gql(
      app,
      REPORT_DAY,
      { i: { date: today, reason: 'BORED' } },
      runner,
    );
    expect(unknownReason.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);

    const badRange = await gql(
      app,
      REPORT,
      { r: runnerId(), range: { from: today, to: addDays(today, -1) } },
      coach,
    );
    expect(badRange.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'range.to', message: 'must be on or after from' }],
    });
    const longRange = await gql(
      app,
      ROSTER.replace(
        'rosterReport',
        'rosterReport(range: { from: "2025-01-01", to: "2026-06-01" })',
      ),
      {},
      coach,
    );
    expect(longRange.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'range.to', message: 'must be at most 366 days after from' },
      ],
    });
  });

  it('lets the coach comment on a log, which the runner reads', async () => {
    const log = await logDay(4, 3);
    const COMMENT =
      'mutation ($id: ID!, $c: String!) { commentOnSessionLog(logId: $id, comment: $c) { coachComment } }';
    const res = await gql(
      app,
      COMMENT,
      { id: log.id, c: '  Great hold times!  ' },
      coach,
    );
    expect(res.data).toEqual({
      commentOnSessionLog: { coachComment: 'Great hold times!' },
    });
    const seen = await gql<{
      sessionLogs: { id: string; coachComment: string | null }[];
    }>(
      app,
      'query ($r: ID!, $f: String!, $t: String!) { sessionLogs(runnerId: $r, from: $f, to: $t) { id coachComment } }',
      { r: runnerId(), f: addDays(today, -7), t: today },
      runner,
    );
    expect(
      seen.data?.sessionLogs.find((l) => l.id === log.id)?.coachComment,
    ).toBe('Great hold times!');

    const tooLong = await gql(
      app,
      COMMENT,
      { id: log.id, c: 'x'.repeat(501) },
      coach,
    );
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'comment', message: 'must be at most 500 characters' }],
    });
    const other = await signIn(app, clinic.otherCoach);
    const hidden = await gql(app, COMMENT, { id: log.id, c: 'Hi' }, other);
    expect(hidden.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const kept = await prisma.sessionLog.findUniqueOrThrow({
      where: { id: log.id },
    });
    expect(kept.coachComment).toBe('Great hold times!');
  });

  describe('exports', () => {
    const range = () => `from=${addDays(today, -10)}&to=${today}`;

    it('gives the roster as CSV with the figures of the report', async () => {
      const res = await download(
        app,
        `/api/reports/roster.csv?${range()}`,
        coach,
      );
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="rehabit-roster-${addDays(today, -10)}-to-${today}.csv"`,
      );
      const lines = (res.body as Buffer)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe(
        'Runner,Coach,Routine,Phase,Last session,Due,Completed,Session adherence,Dose adherence,7 days,28 days,Latest pain,Signals',
      );
      const row = lines.find((l) => l.startsWith('runner-a'))?.split(',');
      // 10 days due, 4 done (7, 6, 5 and 4 days ago), in this range.
      expect(row?.slice(2, 11)).toEqual([
        'Piriformis relief',
        'Stretch',
        addDays(today, -4),
        '10',
        '4',
        '40%',
        '33%',
        '50%',
        '40%',
      ]);
    });

    it('gives the same figures as a PDF', async () => {
      const res = await download(
        app,
        `/api/reports/roster.pdf?${range()}`,
        coach,
      );
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const text = pdfText(res.body as Buffer);
      expect(text).toContain('Rehabit compliance report: roster');
      expect(text).toMatch(
        /runner-a \S+\s+coach \S+\s+Piriformis relief\s+Stretch\s+\S+\s+10\s+4\s+40%\s+33%\s+50%\s+40%/,
      );
    });

    it('gives a runner report with one row per day', async () => {
      const res = await download(
        app,
        `/api/reports/runners/${runnerId()}/report.csv?${range()}`,
        coach,
      );
      expect(res.status).toBe(200);
      const text = (res.body as Buffer).toString('utf8');
      expect(text).toContain('Supine figure-four stretch,10,60,20,33%');
      expect(text).toContain(`${addDays(today, -7)},1,1,,2,2,—,4`);
    });

    it('refuses runners, strangers, bad ranges and other formats', async () => {
      expect(
        (await download(app, '/api/reports/roster.csv', runner)).status,
      ).toBe(403);
      expect((await download(app, '/api/reports/roster.csv')).status).toBe(401);
      const bad = await download(
        app,
        `/api/reports/roster.csv?from=${today}&to=yesterday`,
        coach,
      );
      expect(bad.status).toBe(400);
      expect(JSON.parse((bad.body as Buffer).toString('utf8'))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'range.to', message: 'must be a date written YYYY-MM-DD' },
        ],
      });
      expect(
        (await download(app, '/api/reports/roster.xlsx', coach)).status,
      ).toBe(404);
      const other = await signIn(app, clinic.otherCoach);
      expect(
        (
          await download(
            app,
            `/api/reports/runners/${runnerId()}/report.pdf`,
            other,
          )
        ).status,
      ).toBe(404);
    });
  });
});
