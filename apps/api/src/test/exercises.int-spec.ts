import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { createTestApp, gql, prismaOf, testDatabaseName } from './test-app';

const LIST = `query ($filter: ExerciseFilter, $page: PageInput) {
  exercises(filter: $filter, page: $page) { totalCount nextCursor items { id name category bodyRegion builtIn } }
}`;
const ONE = `query ($id: ID!) { exercise(id: $id) { id name steps cues safetyNotes builtIn defaultDose { holdSeconds sets side } } }`;

interface ListData {
  exercises: {
    totalCount: number;
    nextCursor: string | null;
    items: {
      id: string;
      name: string;
      category: string;
      bodyRegion: string;
      builtIn: boolean;
    }[];
  };
}

describe(`exercise library through GraphQL on ${testDatabaseName()}`, () => {
  let app: INestApplication;
  const names = async (search: string) =>
    (
      await gql<ListData>(app, LIST, {
        filter: { search },
        page: { size: 100 },
      })
    ).data?.exercises.items.map((e) => e.name);

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('finds both piriformis stretches by name, alias and target muscle', async () => {
    const byMuscle = await names('piriformis');
    expect(byMuscle).toEqual(
      expect.arrayContaining([
        'Supine figure-four stretch',
        'Figure-four stretch with knee pull',
      ]),
    );
    const byAlias = await names('figure four');
    expect(byAlias).toEqual(
      expect.arrayContaining([
        'Supine figure-four stretch',
        'Figure-four stretch with knee pull',
      ]),
    );
    expect(await names('FIGURE-4')).toEqual(['Supine figure-four stretch']);
    expect(await names('reclined pigeon')).toEqual([
      'Supine figure-four stretch',
    ]);
  });

  it('searches body regions and filters by category and region', async () => {
    expect(await names('ankle')).toEqual(
      expect.arrayContaining(['Single-leg balance', 'Short foot']),
    );
    const res = await gql<ListData>(app, LIST, {
      filter: { category: 'STRETCH', bodyRegion: 'CALF' },
      page: { size: 100 },
    });
    expect(res.data?.exercises.items.map((e) => e.name).sort()).toEqual([
      'Bent-knee calf stretch',
      'Standing calf stretch (straight knee)',
    ]);
  });

  it('answers a search with no match with an empty page, not an error', async () => {
    const res = await gql<ListData>(app, LIST, {
      filter: { search: 'zzz-no-such-exercise' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.exercises).toEqual({
      totalCount: 0,
      nextCursor: null,
      items: [],
    });
  });

  it('pages through the whole library by cursor, in name order, without repeats', async () => {
    const first = await gql<ListData>(app, LIST, { page: { size: 100 } });
    const all = first.data?.exercises.items ?? [];
    expect(all.length).toBeGreaterThanOrEqual(20);
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const res: Awaited<ReturnType<typeof gql<ListData>>> =
        await gql<ListData>(app, LIST, { page: { size: 7, cursor } });
      expect(res.data?.exercises.totalCount).toBe(all.length);
      walked.push(...(res.data?.exercises.items.map((e) => e.id) ?? []));
      cursor = res.data?.exercises.nextCursor ?? null;
    } while (cursor);
    expect(walked).toEqual(all.map((e) => e.id));
    const sortNames = all.map((e) => e.name.toLowerCase());
    expect(sortNames).toEqual([...sortNames].sort());
  });

  it('shows an exercise with steps, cues, safety notes and default dose', async () => {
    const list = await gql<ListData>(app, LIST, {
      filter: { search: 'supine figure four' },
    });
    const id = list.data?.exercises.items[0]?.id;
    const res = await gql<{ exercise: Record<string, unknown> }>(app, ONE, {
      id,
    });
    expect(res.data?.exercise).toMatchObject({
      name: 'Supine figure-four stretch',
      builtIn: true,
      defaultDose: { holdSeconds: 45, sets: 3, side: 'EACH_SIDE' },
    });
    expect((res.data?.exercise['steps'] as string[]).length).toBeGreaterThan(2);
  });

  describe('bad input answers BAD_USER_INPUT naming the field, never an internal error', () => {
    it.each([
      [
        'page size 100000',
        LIST,
        { page: { size: 100000 } },
        'page.size',
        'must be an integer from 1 to 100',
      ],
      [
        'page size 0',
        LIST,
        { page: { size: 0 } },
        'page.size',
        'must be an integer from 1 to 100',
      ],
      [
        'a forged cursor',
        LIST,
        { page: { cursor: 'not-a-cursor' } },
        'page.cursor',
        'is not a cursor this API handed out',
      ],
      [
        'a 101-character search',
        LIST,
        { filter: { search: 'x'.repeat(101) } },
        'filter.search',
        'must be at most 100 characters',
      ],
      [
        'a NUL byte in the search',
        LIST,
        { filter: { search: 'figure\u0000four' } },
        'filter.search',
        'must not contain control characters',
      ],
      [
        'exercise(id: "not-a-uuid")',
        ONE,
        { id: 'not-a-uuid' },
        'id',
        'must be a UUID (e.g. 3f2b8c1e-…)',
      ],
    ])('%s', async (_name, query, variables, field, message) => {
      const res = await gql(app, query, variables);
      expect(res.status).toBe(200);
      expect(res.data).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field, message }],
      });
      expect(res.errors?.[0]?.message).toBe(`${field} ${message}`);
    });

    it('refuses a wrongly typed variable before any resolver runs', async () => {
      const res = await gql(app, LIST, { page: { size: 'ten' } });
      expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toContain('page');
    });

    it('accepts emoji and right-to-left text in a search', async () => {
      const res = await gql<ListData>(app, LIST, {
        filter: { search: '🏃 מתיחה' },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.exercises.totalCount).toBe(0);
    });
  });

  it('answers NOT_FOUND for a random id and for another clinic’s exercise alike', async () => {
    const prisma = prismaOf(app);
    const clinicId = `clinic-${randomUUID()}`;
    await prisma.organization.create({
      data: { id: clinicId, name: 'Other clinic', slug: clinicId },
    });
    const own = await prisma.exercise.create({
      data: {
        clinicId,
        name: `Private drill ${clinicId}`,
        aliases: [],
        category: 'STRENGTH',
        bodyRegion: 'HIP',
        targetMuscles: ['piriformis'],
        startingPosition: 'Standing',
        steps: ['Do it'],
        cues: [],
        safetyNotes: 'None',
        contraindications: 'None',
        equipment: [],
        defaultReps: 10,
        defaultSets: 3,
        defaultSide: 'NONE',
        defaultRestSeconds: 30,
        defaultTimesPerDay: 1,
        defaultDaysOfWeek: [1, 3, 5],
      },
    });
    const hidden = await gql(app, ONE, { id: own.id });
    const random = await gql(app, ONE, { id: randomUUID() });
    expect(hidden.errors).toEqual(random.errors);
    expect(random.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(await names('private drill')).toEqual([]);
  });
});
