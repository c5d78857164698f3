import type { INestApplication } from '@nestjs/common';
import { createClinic, signIn, type ClinicFixture } from './clinic-fixture';
import { builtIn, clamshellExercise, dose } from './program-fixture';
import { createTestApp, gql, prismaOf, testDatabaseName } from './test-app';

const FIELDS =
  'id name builtIn archived steps mediaUrl defaultDose { reps load }';
const CREATE = `mutation ($i: ExerciseInput!) { createExercise(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $i: ExerciseInput!) { updateExercise(id: $id, input: $i) { ${FIELDS} } }`;
const SEARCH = `query ($s: String) { exercises(filter: { search: $s }) { items { id name } } }`;

describe(`the clinic's exercise library on ${testDatabaseName()}`, () => {
  let app: INestApplication;
  let clinic: ClinicFixture;
  let coach: string;

  beforeAll(async () => {
    app = await createTestApp();
    clinic = await createClinic(app, 'library');
    coach = await signIn(app, clinic.coach);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('adds, edits and archives a clinic exercise, seen by the clinic only', async () => {
    const created = await gql<{
      createExercise: { id: string; steps: string[] };
    }>(app, CREATE, { i: clamshellExercise() }, coach);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createExercise).toMatchObject({
      name: 'Banded clamshell',
      builtIn: false,
      archived: false,
      steps: [
        'Keep your feet together.',
        'Lift the top knee.',
        'Lower slowly.',
      ],
      defaultDose: { reps: 15, load: 'red band' },
    });
    const id = created.data?.createExercise.id as string;

    const colleague = await signIn(app, clinic.otherCoach);
    const edited = await gql(
      app,
      UPDATE,
      {
        id,
        i: {
          ...clamshellExercise(),
          steps: ['Lift the top knee.', 'Lower slowly.'],
        },
      },
      colleague,
    );
    expect(edited.data).toMatchObject({
      updateExercise: { steps: ['Lift the top knee.', 'Lower slowly.'] },
    });

    const outsider = await signIn(
      app,
      (await createClinic(app, 'library-other')).coach,
    );
    const found = await gql<{ exercises: { items: { id: string }[] } }>(
      app,
      SEARCH,
      { s: 'banded clamshell' },
      outsider,
    );
    expect(found.data?.exercises.items.map((e) => e.id)).not.toContain(id);
    expect(
      (await gql(app, UPDATE, { id, i: clamshellExercise() }, outsider))
        .errors?.[0]?.extensions.code,
    ).toBe('NOT_FOUND');

    const archived = await gql(
      app,
      'mutation ($id: ID!) { archiveExercise(id: $id) { archived } }',
      { id },
      coach,
    );
    expect(archived.data).toEqual({ archiveExercise: { archived: true } });
    const afterArchive = await gql<{ exercises: { items: { id: string }[] } }>(
      app,
      SEARCH,
      { s: 'banded clamshell' },
      coach,
    );
    expect(afterArchive.data?.exercises.items.map((e) => e.id)).not.toContain(
      id,
    );
    // Still readable by id, for the routines that name it.
    expect(
      (
        await gql(
          app,
          'query ($id: ID!) { exercise(id: $id) { archived } }',
          { id },
          coach,
        )
      ).data,
    ).toEqual({ exercise: { archived: true } });
  });

  it('keeps built-in exercises read-only and duplicates them into the clinic', async () => {
    const stretch = await builtIn(app, 'Supine figure-four stretch');
    const change = await gql(
      app,
      UPDATE,
      { id: stretch, i: clamshellExercise() },
      coach,
    );
    expect(change.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(change.errors?.[0]?.message).toContain(
      'Built-in exercises are read-only',
    );
    expect(
      (
        await prismaOf(app).exercise.findUniqueOrThrow({
          where: { id: stretch },
        })
      ).name,
    ).toBe('Supine figure-four stretch');

    const copy = await gql<{
      duplicateExercise: { id: string; name: string; builtIn: boolean };
    }>(
      app,
      'mutation ($id: ID!) { duplicateExercise(id: $id) { id name builtIn } }',
      { id: stretch },
      coach,
    );
    expect(copy.data?.duplicateExercise).toMatchObject({
      name: 'Supine figure-four stretch (clinic copy)',
      builtIn: false,
    });
    const row = await prismaOf(app).exercise.findUniqueOrThrow({
      where: { id: copy.data?.duplicateExercise.id },
    });
    expect(row.clinicId).toBe(clinic.clinicId);
    expect(row.steps.length).toBeGreaterThan(0);
  });

  it('refuses bad input naming each field, and writes nothing', async () => {
    const before = await prismaOf(app).exercise.count();
    const res = await gql(
      app,
      CREATE,
      {
        i: {
          ...clamshellExercise(),
          name: '',
          steps: [],
          mediaUrl: 'javascript:alert(1)',
          defaultDose: dose({ sets: 0 }),
        },
      },
      coach,
    );
    expect(res.errors?.[0]?.extensions.fields).toEqual([
      { field: 'input.name', message: 'is required' },
      { field: 'input.steps', message: 'must hold 1 to 20 entries' },
      {
        field: 'input.mediaUrl',
        message: 'must be a web address starting with https://',
      },
      {
        field: 'input.defaultDose.sets',
        message: 'must be an integer from 1 to 20',
      },
    ]);
    expect(await prismaOf(app).exercise.count()).toBe(before);
  });

  it('lets a runner read the library but not change it', async () => {
    const runner = await signIn(app, clinic.runnerA);
    expect(
      (await gql(app, CREATE, { i: clamshellExercise() }, runner)).errors?.[0]
        ?.extensions.code,
    ).toBe('FORBIDDEN');
  });
});
