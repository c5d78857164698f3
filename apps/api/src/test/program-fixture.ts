import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { addDays, localDateIn } from '@rehabit/shared-domain';
import { createClinic, signIn, type ClinicFixture } from './clinic-fixture';
import { gql, prismaOf } from './test-app';

export const DAILY = [1, 2, 3, 4, 5, 6, 7];

/** A full dose as the API takes it, with overrides. */
export function dose(overrides: Record<string, unknown> = {}) {
  return {
    holdSeconds: 30,
    reps: 1,
    sets: 3,
    side: 'EACH_SIDE',
    restSeconds: 15,
    timesPerDay: 1,
    daysOfWeek: DAILY,
    intensity: null,
    load: null,
    ...overrides,
  };
}

/** A clinic's own exercise as createExercise takes it. */
export function clamshellExercise() {
  return {
    name: 'Banded clamshell',
    aliases: ['clam'],
    category: 'ACTIVATION',
    bodyRegion: 'HIP',
    targetMuscles: ['gluteus medius'],
    startingPosition: 'Side-lying, knees bent, band above the knees.',
    steps: ['Keep your feet together.', 'Lift the top knee.', 'Lower slowly.'],
    cues: ['Do not roll back.'],
    safetyNotes: 'Stop if it pinches in the groin.',
    contraindications: '',
    equipment: ['mini band'],
    mediaUrl: 'https://media.example.org/clamshell.mp4',
    defaultDose: dose({
      holdSeconds: null,
      reps: 15,
      restSeconds: 30,
      load: 'red band',
    }),
  };
}

/** The id of a built-in exercise by its name. */
export async function builtIn(app: INestApplication, name: string) {
  const row = await prismaOf(app).exercise.findFirstOrThrow({
    where: { clinicId: null, name },
  });
  return row.id;
}

/**
 * The piriformis routine as a template input: stretches from week 1, and from
 * week 3 glute bridges on Mon/Wed/Fri.
 */
export async function piriformisTemplate(app: INestApplication) {
  const stretch = await builtIn(app, 'Supine figure-four stretch');
  const bridge = await builtIn(app, 'Glute bridge');
  return {
    name: 'Piriformis relief',
    description: 'Stretch first, then stability.',
    phases: [
      {
        name: 'Stretch',
        startWeek: 1,
        endWeek: null,
        items: [{ exerciseId: stretch, dose: dose() }],
      },
      {
        name: 'Stability',
        startWeek: 3,
        endWeek: null,
        items: [
          {
            exerciseId: bridge,
            dose: dose({
              holdSeconds: null,
              reps: 12,
              side: 'BILATERAL',
              restSeconds: 30,
              daysOfWeek: [1, 3, 5],
            }),
          },
        ],
      },
    ],
  };
}

/** Today in a time zone, as the API's local dates are written. */
export const todayIn = (timeZone: string) => localDateIn(timeZone, new Date());

/**
 * The coach makes the piriformis template and prescribes it to runners from a date;
 * answers the prescription ids and the id of the stretch item of the first one.
 */
export async function prescribePiriformis(
  app: INestApplication,
  coach: string,
  runnerIds: string[],
  startDate: string,
): Promise<{ prescriptionIds: string[]; stretchItemId: string }> {
  const template = await gql<{ createTemplate: { id: string } }>(
    app,
    'mutation ($i: TemplateInput!) { createTemplate(input: $i) { id } }',
    { i: await piriformisTemplate(app) },
    coach,
  );
  const made = await gql<{ prescribeTemplate: { id: string }[] }>(
    app,
    'mutation ($i: PrescribeInput!) { prescribeTemplate(input: $i) { id } }',
    {
      i: {
        templateId: template.data?.createTemplate.id,
        runnerIds,
        startDate,
      },
    },
    coach,
  );
  const prescriptionIds = (made.data?.prescribeTemplate ?? []).map((p) => p.id);
  const stretch = await prismaOf(app).prescriptionItem.findFirstOrThrow({
    where: {
      version: { prescriptionId: prescriptionIds[0] },
      phase: { name: 'Stretch' },
    },
  });
  return { prescriptionIds, stretchItemId: stretch.id };
}

/** A runner's logSession input for the piriformis stretch: 3 sets each side, done today. */
export function sessionLogInput(
  prescribed: { prescriptionId: string; stretchItemId: string; zone: string },
  overrides: Record<string, unknown> = {},
) {
  return {
    clientId: randomUUID(),
    prescriptionId: prescribed.prescriptionId,
    localDate: todayIn(prescribed.zone),
    slot: 1,
    startedAt: new Date(Date.now() - 600_000).toISOString(),
    completedAt: new Date().toISOString(),
    painBefore: 3,
    painAfter: 2,
    effort: 4,
    warningSigns: [],
    note: '',
    items: [
      {
        prescriptionItemId: prescribed.stretchItemId,
        setsLeft: 3,
        setsRight: 3,
        setsDone: 0,
        holdSecondsAchieved: 30,
        reps: null,
        painDuring: null,
        skipped: false,
        skipReason: null,
      },
    ],
    ...overrides,
  };
}

/**
 * A clinic whose runner A (Europe/London) follows the piriformis routine since
 * `daysAgo` days, with the coach and the runner signed in.
 */
export async function runnerOnRoutine(
  app: INestApplication,
  label: string,
  daysAgo = 3,
): Promise<{
  clinic: ClinicFixture;
  coach: string;
  runner: string;
  prescriptionId: string;
  stretchItemId: string;
  zone: string;
}> {
  const zone = 'Europe/London';
  const clinic = await createClinic(app, label);
  const coach = await signIn(app, clinic.coach);
  const { prescriptionIds, stretchItemId } = await prescribePiriformis(
    app,
    coach,
    [clinic.runnerA.runnerId],
    addDays(todayIn(zone), -daysAgo),
  );
  const runner = await signIn(app, clinic.runnerA);
  return {
    clinic,
    coach,
    runner,
    prescriptionId: prescriptionIds[0] as string,
    stretchItemId,
    zone,
  };
}
