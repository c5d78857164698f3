import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createTestApp, prismaOf, testDatabaseName } from './test-app';

const dose = {
  reps: 1,
  sets: 3,
  side: 'EACH_SIDE',
  restSeconds: 15,
  timesPerDay: 1,
  daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
};

describe(`database constraints and schema on ${testDatabaseName()}`, () => {
  let app: INestApplication;
  let clinicId: string;
  let exerciseId: string;
  let templateId: string;
  let phaseId: string;

  beforeAll(async () => {
    app = await createTestApp();
    const prisma = prismaOf(app);
    clinicId = `clinic-${randomUUID()}`;
    const userId = `user-${randomUUID()}`;
    await prisma.organization.create({
      data: { id: clinicId, name: 'Constraint clinic', slug: clinicId },
    });
    await prisma.user.create({
      data: { id: userId, name: 'Coach', email: `${userId}@example.test` },
    });
    const exercise = await prisma.exercise.findFirstOrThrow({
      where: { builtInKey: 'supine-figure-four-stretch' },
    });
    exerciseId = exercise.id;
    const template = await prisma.template.create({
      data: { clinicId, name: 'T', createdById: userId },
    });
    templateId = template.id;
    phaseId = (
      await prisma.templatePhase.create({
        data: { templateId, position: 0, name: 'P', startWeek: 1 },
      })
    ).id;
  });

  afterAll(async () => {
    await app?.close();
  });

  const insertItem = (position: number, overrides: Record<string, unknown>) =>
    prismaOf(app).templateItem.create({
      data: {
        templateId,
        phaseId,
        position,
        exerciseId,
        ...dose,
        ...overrides,
      } as never,
    });

  it('accepts a dose at the edges of every bound', async () => {
    await expect(
      insertItem(0, {
        holdSeconds: 1,
        reps: 1,
        sets: 1,
        restSeconds: 0,
        timesPerDay: 1,
        intensity: 0,
      }),
    ).resolves.toBeDefined();
    await expect(
      insertItem(1, {
        holdSeconds: 600,
        reps: 100,
        sets: 20,
        restSeconds: 600,
        timesPerDay: 6,
        intensity: 10,
        load: 'x'.repeat(80),
      }),
    ).resolves.toBeDefined();
  });

  it.each([
    ['holdSeconds', 0],
    ['holdSeconds', 601],
    ['reps', 0],
    ['reps', 101],
    ['sets', 0],
    ['sets', 21],
    ['restSeconds', -1],
    ['restSeconds', 601],
    ['timesPerDay', 0],
    ['timesPerDay', 7],
    ['intensity', -1],
    ['intensity', 11],
    ['load', 'x'.repeat(81)],
    ['daysOfWeek', []],
    ['daysOfWeek', [0]],
    ['daysOfWeek', [8]],
    ['daysOfWeek', [1, 1]],
    ['notes', 'x'.repeat(2001)],
  ])(
    'CHECK constraints refuse %s = %p when the API is bypassed',
    async (field, value) => {
      const before = await prismaOf(app).templateItem.count({
        where: { templateId },
      });
      await expect(insertItem(100, { [field]: value })).rejects.toThrow();
      expect(
        await prismaOf(app).templateItem.count({ where: { templateId } }),
      ).toBe(before);
    },
  );

  it('keeps the built-in library current: at least 20 exercises, read-only (no clinic)', async () => {
    const builtIns = await prismaOf(app).exercise.findMany({
      where: { builtInKey: { not: null } },
    });
    expect(builtIns.length).toBeGreaterThanOrEqual(20);
    expect(builtIns.every((e) => e.clinicId === null)).toBe(true);
  });

  // The connection options of PostgreSQL (PGlite runs in the process: nothing to time out).
  if (process.env['DATABASE_URL'])
    it('runs the API’s connections with a 15 s statement timeout and JIT off', async () => {
      const settings = await prismaOf(app).$queryRaw<
        { timeout: string; jit: string }[]
      >`SELECT current_setting('statement_timeout') AS timeout, current_setting('jit') AS jit`;
      expect(settings).toEqual([{ timeout: '15s', jit: 'off' }]);
    });

  it('serves exactly the committed schema.graphql', () => {
    const { schema } = app.get(GraphQLSchemaHost);
    const committed = readFileSync(
      join(__dirname, '../../schema.graphql'),
      'utf8',
    );
    expect(`${printSchema(lexicographicSortSchema(schema))}\n`).toBe(committed);
  });
});
