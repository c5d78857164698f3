import type { INestApplication } from '@nestjs/common';
import {
  DEMO_PASSWORD,
  DEMO_STAFF,
  DemoDataLoader,
  demoId,
} from '@rehabit/api-demo';
import { ReportsService } from '@rehabit/api-reports';
import { signIn } from './clinic-fixture';
import { createTestApp, gql, prismaOf } from './test-app';

// The demo loads only into an empty database, so this test uses a fresh embedded one
// of its own whatever DATABASE_URL says.
describe('the demo clinic on a fresh embedded database', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createTestApp({ DATABASE_URL: undefined, DEMO_DATA: 'auto' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('loads once: clinic, staff, runners, the template and a prescription per active runner', async () => {
    const now = new Date('2026-11-26T10:30:00Z');
    expect(await app.get(DemoDataLoader).loadIfWanted(now)).toBe(true);
    const prisma = prismaOf(app);
    expect(
      await prisma.organization.findMany({ select: { name: true } }),
    ).toEqual([{ name: 'Riverside Running Clinic' }]);
    expect(await prisma.member.count({ where: { role: 'coach' } })).toBe(2);
    expect(await prisma.runnerProfile.count()).toBe(12);
    expect(await prisma.prescription.count()).toBe(11);
    expect(
      await prisma.prescriptionVersion.count({ where: { version: 1 } }),
    ).toBe(11);

    const template = await prisma.template.findFirstOrThrow({
      include: {
        phases: {
          orderBy: { position: 'asc' },
          include: { items: { include: { exercise: true } } },
        },
      },
    });
    expect(template.name).toBe('Piriformis relief');
    const bridge = template.phases[1]?.items.find(
      (i) => i.exercise.builtInKey === 'glute-bridge',
    );
    expect(bridge?.daysOfWeek).toEqual([1, 3, 5]);

    // Aroha (Auckland, UTC+13) started 56 local days ago: at 10:30 UTC it is 23:30 there.
    const aroha = await prisma.prescription.findFirstOrThrow({
      where: { runner: { name: 'Aroha Ngata' } },
    });
    expect(aroha.startDate.toISOString().slice(0, 10)).toBe('2026-10-01');

    // Each log reached the server as its session ended, so a runner's Today lists the
    // logs of the last 24 hours as correctable, not the whole story loaded a moment ago.
    const logs = await prisma.sessionLog.findMany({
      select: { createdAt: true, completedAt: true },
    });
    expect(logs.length).toBeGreaterThan(100);
    expect(
      logs.filter((l) => l.createdAt.getTime() !== l.completedAt.getTime()),
    ).toEqual([]);

    expect(await app.get(DemoDataLoader).loadIfWanted(now)).toBe(false);
    expect(await prisma.runnerProfile.count()).toBe(12);
  });

  it('lets the demo staff and runners sign in with the demo password', async () => {
    const coach = DEMO_STAFF.find((s) => s.role === 'coach');
    const cookie = await signIn(app, {
      email: coach?.email as string,
      password: DEMO_PASSWORD,
    });
    const roster = await gql<{ runners: { totalCount: number } }>(
      app,
      '{ runners { totalCount } }',
      {},
      cookie,
    );
    expect(roster.data?.runners.totalCount).toBe(6);
    await expect(
      signIn(app, { email: 'maya@runner.example', password: DEMO_PASSWORD }),
    ).resolves.toMatch(/session_token/);
  });

  it('tells a believable story: most runners green, some amber, one lapsing, one with pain rising, one silent, one worse next morning', async () => {
    const now = new Date('2026-11-26T10:30:00Z');
    const reports = app.get(ReportsService);
    const rowsOf = async (coach: string) => {
      const viewer = {
        userId: demoId(`user:${coach}`),
        name: coach,
        email: `${coach}@riverside.example`,
        clinicId: demoId('clinic'),
        role: 'coach' as const,
        runnerId: null,
      };
      const report = await reports.roster(viewer, null, now);
      return new Map(report.rows.map((row) => [row.name.split(' ')[0], row]));
    };
    const sam = await rowsOf('sam');
    const jordan = await rowsOf('jordan');
    const all = new Map([...sam, ...jordan]);
    const band = (name: string) => {
      const ratio = all.get(name)?.last28.sessionAdherence ?? null;
      return ratio === null
        ? 'none'
        : ratio >= 0.8
          ? 'green'
          : ratio >= 0.5
            ? 'amber'
            : 'red';
    };
    expect(
      Object.fromEntries(
        ['Maya', 'Aroha', 'Keoni', 'Sofía', 'Hannah', 'Chloe', 'Noah'].map(
          (n) => [n, band(n)],
        ),
      ),
    ).toEqual({
      Maya: 'green',
      Aroha: 'green',
      Keoni: 'green',
      Sofía: 'green',
      Hannah: 'green',
      Chloe: 'amber',
      Noah: 'amber',
    });
    expect(all.get('Liam')?.signals).toMatchObject({
      missedDaysInARow: 3,
      needsAttention: true,
    });
    expect(all.get('Sofía')?.signals).toMatchObject({
      painRising: true,
      needsAttention: true,
    });
    expect(all.get('Ethan')?.signals.daysSilent).toBeGreaterThanOrEqual(7);
    expect(all.get('Hannah')?.signals.morningWorse).toBe(true);
    expect(all.get('Maya')?.signals.needsAttention).toBe(false);
    // Kenji was prescribed 5 days ago and has not started: flagged for missed days.
    expect(all.get('Kenji')?.lastSessionDate).toBeNull();
    expect(all.get('Kenji')?.signals.missedDaysInARow).toBeGreaterThanOrEqual(
      2,
    );
    const needing = [...all.values()].filter((r) => r.signals.needsAttention);
    expect(needing.map((r) => r.name.split(' ')[0]).sort()).toEqual(
      ['Ethan', 'Hannah', 'Kenji', 'Liam', 'Sofía'].sort(),
    );
  });
});
