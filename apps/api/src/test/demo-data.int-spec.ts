import type { INestApplication } from '@nestjs/common';
import { DEMO_PASSWORD, DEMO_STAFF, DemoDataLoader } from '@rehabit/api-demo';
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

    // Aroha (Auckland, UTC+13) started 30 local days ago: at 10:30 UTC it is 23:30 there.
    const aroha = await prisma.prescription.findFirstOrThrow({
      where: { runner: { name: 'Aroha Ngata' } },
    });
    expect(aroha.startDate.toISOString().slice(0, 10)).toBe('2026-10-27');

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
});
