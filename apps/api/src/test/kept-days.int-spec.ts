import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import type { PrismaClient } from '@rehabit/api-db';
import { toDbDate } from '@rehabit/api-program-model';
import { FORMULA_DIGEST } from '@rehabit/api-reports';
import { addDays } from '@rehabit/shared-domain';
import { runnerOnRoutine, sessionLogInput, todayIn } from './program-fixture';
import { createTestApp, gql, prismaOf, testDatabaseName } from './test-app';

const ROSTER = `{ rosterReport { rows { runnerId
  last7 { scheduled completed prescribedSetSides completedSetSides }
  last28 { scheduled completed prescribedSetSides completedSetSides }
  weeks signals { missedDaysInARow } } } }`;
const LOG = `mutation ($i: LogSessionInput!) { logSession(input: $i) { id } }`;

type Row = Record<string, unknown> & { runnerId: string };

/**
 * The reports keep each runner's ended days (adherence_day) and compute only the rest:
 * docs/adherence.md, "Days kept". Kept days must never change a figure: after any
 * change, the report equals one computed from nothing kept.
 */
describe(`kept days of the reports on ${testDatabaseName()}`, () => {
  let app: INestApplication;
  let prisma: PrismaClient;
  let setup: Awaited<ReturnType<typeof runnerOnRoutine>>;
  const runnerId = () => setup.clinic.runnerA.runnerId;
  const today = () => todayIn(setup.zone);

  beforeAll(async () => {
    app = await createTestApp();
    prisma = prismaOf(app);
    setup = await runnerOnRoutine(app, 'kept-days', 20);
    // Sessions on most days of the last week (as far back as a runner may log), so
    // that the figures have something to count.
    for (const daysAgo of [1, 2, 4, 5, 6, 7]) {
      const logged = await gql(
        app,
        LOG,
        { i: sessionLogInput(setup, { localDate: addDays(today(), -daysAgo) }) },
        setup.runner,
      );
      expect(logged.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  /** The coach's roster row of runner A. */
  async function rosterRow(): Promise<Row> {
    const res = await gql<{ rosterReport: { rows: Row[] } }>(
      app,
      ROSTER,
      {},
      setup.coach,
    );
    expect(res.errors).toBeUndefined();
    const row = res.data?.rosterReport.rows.find(
      (r) => r.runnerId === runnerId(),
    );
    if (!row) throw new Error('runner A is not on the roster');
    return row;
  }

  /** The same row with nothing kept: every day computed from the stored rows. */
  async function rosterRowFromNothingKept(): Promise<Row> {
    await prisma.adherenceDay.deleteMany({ where: { runnerId: runnerId() } });
    return rosterRow();
  }

  const keptDates = async () =>
    (
      await prisma.adherenceDay.findMany({
        where: { runnerId: runnerId() },
        orderBy: { date: 'asc' },
        select: { date: true },
      })
    ).map((k) => k.date.toISOString().slice(0, 10));

  it('keeps every ended day of the window once read, never today', async () => {
    await prisma.adherenceDay.deleteMany({ where: { runnerId: runnerId() } });
    const first = await rosterRow();
    const kept = await keptDates();
    // The roster's 28 days are today and the 27 before it; today is never kept.
    expect(kept).toHaveLength(27);
    expect(kept[0]).toBe(addDays(today(), -27));
    expect(kept.at(-1)).toBe(addDays(today(), -1));
    // Read again from what was kept: the same figures.
    expect(await rosterRow()).toEqual(first);
  });

  it('forgets the days from a backfilled session on, and counts it', async () => {
    const before = await rosterRow();
    const threeDaysAgo = addDays(today(), -3);
    const logged = await gql(
      app,
      LOG,
      { i: sessionLogInput(setup, { localDate: threeDaysAgo }) },
      setup.runner,
    );
    expect(logged.errors).toBeUndefined();
    expect((await keptDates()).at(-1)).toBe(addDays(today(), -4));
    const after = await rosterRow();
    expect(after).toEqual(await rosterRowFromNothingKept());
    expect(after['last7']).toEqual({
      ...(before['last7'] as object),
      completed: (before['last7'] as { completed: number }).completed + 1,
      completedSetSides:
        (before['last7'] as { completedSetSides: number }).completedSetSides +
        6,
    });
  });

  it('forgets the days from a pause, a confirmed excused day and a new version on', async () => {
    const changes: [string, () => Promise<unknown>][] = [
      [
        'a pause from 12 days ago to 10 days ago',
        () =>
          prisma.prescriptionPause.create({
            data: {
              prescriptionId: setup.prescriptionId,
              startDate: toDbDate(addDays(today(), -12)),
              endDate: toDbDate(addDays(today(), -10)),
              createdById: setup.clinic.coach.userId,
            },
          }),
      ],
      [
        'an excused day 6 days ago',
        () =>
          prisma.excusedDay.create({
            data: {
              runnerId: runnerId(),
              date: toDbDate(addDays(today(), -6)),
              reason: 'TRAVEL',
              reportedById: setup.clinic.coach.userId,
              confirmedAt: new Date(),
              confirmedById: setup.clinic.coach.userId,
            },
          }),
      ],
      [
        'a second version, in force from 9 days ago, with 2 sets a side',
        () => newVersionFrom(addDays(today(), -9), 2),
      ],
    ];
    for (const [change, make] of changes) {
      await rosterRow();
      const before = await rosterRow();
      await make();
      const after = await rosterRow();
      expect({ change, figures: after }).toEqual({
        change,
        figures: await rosterRowFromNothingKept(),
      });
      expect({ change, changed: after }).not.toEqual({
        change,
        changed: before,
      });
    }
  });

  it('ignores, and replaces, the days an earlier formula kept', async () => {
    const current = await rosterRow();
    await prisma.adherenceDay.updateMany({
      where: { runnerId: runnerId() },
      data: { formula: FORMULA_DIGEST + 1, scheduled: 9, completed: 0 },
    });
    expect(await rosterRow()).toEqual(current);
    const formulas = await prisma.adherenceDay.groupBy({
      by: ['formula'],
      where: { runnerId: runnerId() },
      _count: true,
    });
    expect(formulas).toEqual([{ formula: FORMULA_DIGEST, _count: 27 }]);
  });

  // Two connections at once: PostgreSQL only (CI runs it). PGlite has one.
  if (process.env['DATABASE_URL'])
    it('makes a change to an ended day wait while a report keeps days, and not a change to a day to come', async () => {
      const report = new Client({ connectionString: process.env['DATABASE_URL'] });
      const writer = new Client({ connectionString: process.env['DATABASE_URL'] });
      await Promise.all([report.connect(), writer.connect()]);
      try {
        const writerPid = (
          await writer.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
        ).rows[0]?.pid;
        // A report keeping days holds the lock shared until it commits.
        await report.query('BEGIN');
        await report.query(
          'SELECT pg_advisory_xact_lock_shared(adherence_day_lock_key())',
        );
        const excuse = (date: string) =>
          writer.query(
            `INSERT INTO excused_day (id, runner_id, date, reason, reported_by_id)
             VALUES (gen_random_uuid(), $1, $2, 'OTHER', $3)`,
            [runnerId(), date, setup.clinic.coach.userId],
          );
        // A day that has not ended is never kept: that change goes through at once.
        await excuse(addDays(today(), 2));
        // Yesterday may be kept: that change waits for the report.
        let yesterdayDone = false;
        const yesterday = excuse(addDays(today(), -1)).then(() => {
          yesterdayDone = true;
        });
        await waitUntil(async () => {
          const { rows } = await report.query<{ waiting: string }>(
            `SELECT count(*) AS waiting FROM pg_locks
             WHERE locktype = 'advisory' AND NOT granted AND pid = $1
               AND objid::bigint = adherence_day_lock_key() AND objsubid = 1`,
            [writerPid],
          );
          return Number(rows[0]?.waiting) > 0;
        });
        expect(yesterdayDone).toBe(false);
        await report.query('COMMIT');
        await yesterday;
        expect(yesterdayDone).toBe(true);
      } finally {
        await Promise.all([report.end(), writer.end()]);
      }
    });

  /** A new version of runner A's plan: the stretch with `sets` a side, from a date. */
  async function newVersionFrom(effectiveFrom: string, sets: number) {
    const current = await prisma.prescriptionVersion.findFirstOrThrow({
      where: { prescriptionId: setup.prescriptionId },
      orderBy: { version: 'desc' },
      include: { phases: { include: { items: true } } },
    });
    const version = await prisma.prescriptionVersion.create({
      data: {
        prescriptionId: setup.prescriptionId,
        version: current.version + 1,
        effectiveFrom: toDbDate(effectiveFrom),
        createdById: setup.clinic.coach.userId,
      },
    });
    for (const phase of current.phases) {
      const copy = await prisma.prescriptionPhase.create({
        data: {
          versionId: version.id,
          position: phase.position,
          name: phase.name,
          startWeek: phase.startWeek,
          endWeek: phase.endWeek,
        },
      });
      for (const item of phase.items)
        await prisma.prescriptionItem.create({
          data: {
            ...item,
            id: undefined,
            versionId: version.id,
            phaseId: copy.id,
            sets: item.id === setup.stretchItemId ? sets : item.sets,
          },
        });
    }
  }
});

async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the condition never held');
}
