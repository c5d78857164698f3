import type { INestApplication } from '@nestjs/common';
import { PrismaService } from '@rehabit/api-db';
import { addDays } from '@rehabit/shared-domain';
import { createClinic, signIn, type ClinicFixture } from './clinic-fixture';
import { prescribePiriformis, todayIn } from './program-fixture';
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
});
