import type { INestApplication } from '@nestjs/common';
import { PrismaService } from '@rehabit/api-db';
import { addDays } from '@rehabit/shared-domain';
import { createClinic, signIn, type ClinicFixture } from './clinic-fixture';
import {
  prescribePiriformis,
  runnerOnRoutine,
  sessionLogInput,
  todayIn,
} from './program-fixture';
import { createTestApp, gql, prismaOf, testDatabaseName } from './test-app';

const ROSTER = `{ rosterReport { rows { runnerId routine phase last7 { sessionAdherence }
  last28 { sessionAdherence } weeks signals { needsAttention } } } }`;
const RUNNERS = `{ runners(page: { size: 100 }) { items { id name coach { name } signInLocked } } }`;

/**
 * No N+1: the roster and the runner list send the same number of SQL statements for 2
 * runners as for 40 (relations are loaded with the rows, never one query per row).
 */
describe(`SQL statements per request on ${testDatabaseName()}`, () => {
  let app: INestApplication;
  let clinic: ClinicFixture;
  let coach: string;

  beforeAll(async () => {
    app = await createTestApp();
    clinic = await createClinic(app, 'statements');
    coach = await signIn(app, clinic.coach);
  });

  afterAll(async () => {
    await app?.close();
  });

  async function statementsOf(query: string): Promise<number> {
    const db = app.get(PrismaService);
    // Sign-in checks and session look-ups are part of every request: count them too.
    const before = db.statementsSent;
    const res = await gql(app, query, {}, coach);
    expect(res.errors).toBeUndefined();
    return db.statementsSent - before;
  }

  async function addRunners(count: number): Promise<void> {
    const prisma = prismaOf(app);
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const runner = await prisma.runnerProfile.create({
        data: {
          clinicId: clinic.clinicId,
          coachId: clinic.coach.userId,
          name: `Extra ${ids.length} ${Date.now()}`,
          email: `extra-${Date.now()}-${i}@test.example`,
          timeZone: 'Europe/London',
          status: 'ACTIVE',
        },
      });
      ids.push(runner.id);
    }
    await prescribePiriformis(
      app,
      coach,
      ids,
      addDays(todayIn('Europe/London'), -10),
    );
  }

  it('is the same for 2 runners and for 40', async () => {
    await prescribePiriformis(
      app,
      coach,
      [clinic.runnerA.runnerId, clinic.runnerB.runnerId],
      addDays(todayIn('Europe/London'), -10),
    );
    const small = {
      roster: await statementsOf(ROSTER),
      runners: await statementsOf(RUNNERS),
    };
    expect(small.roster).toBeGreaterThan(0);
    await addRunners(38);
    const rows = await gql<{ rosterReport: { rows: unknown[] } }>(
      app,
      ROSTER,
      {},
      coach,
    );
    expect(rows.data?.rosterReport.rows).toHaveLength(40);
    expect({
      roster: await statementsOf(ROSTER),
      runners: await statementsOf(RUNNERS),
    }).toEqual(small);
  });

  it('writes a session log in the same statements, sign-in checks included, however many items it holds', async () => {
    const setup = await runnerOnRoutine(app, 'statements-log', 30);
    const items = await prismaOf(app).prescriptionItem.findMany({
      where: { version: { prescriptionId: setup.prescriptionId } },
      select: { id: true },
    });
    expect(items.length).toBeGreaterThan(1);
    const db = app.get(PrismaService);
    const statementsToLog = async (itemIds: string[]) => {
      const input = sessionLogInput(setup);
      const before = db.statementsSent;
      const res = await gql(
        app,
        'mutation ($i: LogSessionInput!) { logSession(input: $i) { id } }',
        {
          i: {
            ...input,
            slot: itemIds.length,
            items: itemIds.map((prescriptionItemId) => ({
              ...input.items[0],
              prescriptionItemId,
            })),
          },
        },
        setup.runner,
      );
      expect(res.errors).toBeUndefined();
      return db.statementsSent - before;
    };
    const one = await statementsToLog([items[0].id]);
    const all = await statementsToLog(items.map((i) => i.id));
    expect(all).toBe(one);
    // The API's most frequent write, measured (docs/benchmarks.md): the request budget
    // with the session, its user and membership; then the log checked against the
    // plan and written with its items and the audit row. It took 20, then 11 with the
    // log as a Prisma batch, 6 with the session read through better-auth, 4 with the
    // budget and the session apart, and 3 with the plan read before the write.
    expect(one).toBe(2);
  });
});
