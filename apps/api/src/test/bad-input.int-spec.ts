import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { addDays } from '@rehabit/shared-domain';
import fc from 'fast-check';
import { createClinic, signIn, type ClinicFixture } from './clinic-fixture';
import {
  clamshellExercise,
  piriformisTemplate,
  prescribePiriformis,
  sessionLogInput,
  todayIn,
} from './program-fixture';
import {
  createTestApp,
  databaseFingerprint,
  gql,
  isolatedDatabase,
  prismaOf,
  testDatabaseName,
  type GqlResponse,
} from './test-app';

// RELIABILITY.md "Bad input table" and "property-based fuzzing of every mutation".
// Every mutation of the schema is listed below with a valid input and, per field, the
// bad values of its kind. Each bad value alone must be answered BAD_USER_INPUT naming
// that field, with not one row of the database changed. Then fast-check replaces
// fields of the valid inputs with arbitrary values: never a 5xx, never an internal error.

type Role = 'anonymous' | 'runner' | 'coach' | 'admin';
type Bad = readonly [label: string, value: unknown];

const HUGE = 'x'.repeat(100_000);
const NUL = 'a\u0000b';
const EMOJI = '🏃‍♀️🔥';
const RTL = 'مرحبا بالعالم';

const TEXT: Bad[] = [
  ['100,000 characters', HUGE],
  ['a NUL byte', NUL],
];
const NAME: Bad[] = [...TEXT, ['nothing', '']];
const ID: Bad[] = [
  ['not a UUID', 'not-a-uuid'],
  ['a NUL byte', `${NUL}`],
  ['emoji', EMOJI],
  ['right-to-left text', RTL],
  ['null', null],
];
const DATE: Bad[] = [
  ['30 February', '2026-02-30'],
  ['a word', 'tomorrow'],
  ['emoji', EMOJI],
  ['right-to-left digits', '٢٠٢٦-١١-٢٦'],
  ['a NUL byte', `2026-11-26${NUL}`],
  ['null', null],
];
const INSTANT: Bad[] = [
  ['not a time', 'half past nine'],
  ['emoji', EMOJI],
  ['a NUL byte', NUL],
];
const EMAIL: Bad[] = [
  ['no @', 'not-an-email'],
  ['a NUL byte', `a${NUL}@runner.example`],
  ['100,000 characters', `${HUGE}@runner.example`],
  ['emoji', `${EMOJI}@${EMOJI}`],
  ['right-to-left text', RTL],
];
const ZONE: Bad[] = [
  ['an unknown zone', 'Mars/Olympus'],
  ['emoji', EMOJI],
  ['a NUL byte', `Europe/${NUL}`],
];
const ENUM: Bad[] = [
  ['an unknown value', 'NOT_A_VALUE'],
  ['a number', 7],
  ['null', null],
];
const SCORE: Bad[] = [
  ['−1', -1],
  ['11', 11],
  ['3.5', 3.5],
  ['"7" as text', '7'],
  ['null', null],
];
const PASSWORD: Bad[] = [
  ['7 characters', 'short12'],
  ['129 characters', 'p'.repeat(129)],
  ['100,000 characters', HUGE],
];
const TOKEN: Bad[] = [
  ['100,000 characters', HUGE],
  ['a NUL byte', NUL],
  ['emoji', EMOJI],
];
const SET_COUNT: Bad[] = [
  ['−1', -1],
  ['10,000', 10_000],
  ['3.5', 3.5],
  ['"3" as text', '3'],
  ['null', null],
];
const DOSE_SETS: Bad[] = [
  ['0', 0],
  ['10,000', 10_000],
  ['null', null],
];

interface MutationCase {
  name: string;
  role: Role;
  document: string;
  variables: () => Record<string, unknown>;
  /** Field path → the bad values of its kind. */
  fields: Record<string, Bad[]>;
  /** Where the API names a field other than the path set (a list as a whole). */
  reportedAs?: Record<string, string>;
}

describe(`bad input to every mutation on ${testDatabaseName()}`, () => {
  let app: INestApplication;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let clinic: ClinicFixture;
  const cookies: Record<Role, string | undefined> = {
    anonymous: undefined,
    runner: undefined,
    coach: undefined,
    admin: undefined,
  };
  const zone = 'Europe/London';
  const today = () => todayIn(zone);
  const ids = {
    prescription: '',
    stretchItem: '',
    log: '',
    excused: '',
    template: '',
    exercise: '',
  };
  let templateInput: Record<string, unknown>;

  beforeAll(async () => {
    database = await isolatedDatabase('bad_input');
    app = await createTestApp(database.overrides);
    clinic = await createClinic(app, 'bad-input');
    cookies.admin = await signIn(app, clinic.admin);
    cookies.coach = await signIn(app, clinic.coach);
    cookies.runner = await signIn(app, clinic.runnerA);
    const prescribed = await prescribePiriformis(
      app,
      cookies.coach,
      [clinic.runnerA.runnerId],
      addDays(today(), -3),
    );
    ids.prescription = prescribed.prescriptionIds[0] as string;
    ids.stretchItem = prescribed.stretchItemId;
    const logged = await gql<{ logSession: { id: string } }>(
      app,
      'mutation ($input: LogSessionInput!) { logSession(input: $input) { id } }',
      { input: logInput() },
      cookies.runner,
    );
    ids.log = logged.data?.logSession.id as string;
    const excused = await gql<{ reportExcusedDay: { id: string } }>(
      app,
      'mutation ($input: ExcuseDayInput!) { reportExcusedDay(input: $input) { id } }',
      { input: { date: addDays(today(), 2), reason: 'TRAVEL', note: '' } },
      cookies.runner,
    );
    ids.excused = excused.data?.reportExcusedDay.id as string;
    templateInput = await piriformisTemplate(app);
    const template = await gql<{ createTemplate: { id: string } }>(
      app,
      'mutation ($input: TemplateInput!) { createTemplate(input: $input) { id } }',
      { input: templateInput },
      cookies.coach,
    );
    ids.template = template.data?.createTemplate.id as string;
    const exercise = await gql<{ createExercise: { id: string } }>(
      app,
      'mutation ($input: ExerciseInput!) { createExercise(input: $input) { id } }',
      { input: clamshellExercise() },
      cookies.coach,
    );
    ids.exercise = exercise.data?.createExercise.id as string;
    expect(Object.values(ids).every(Boolean)).toBe(true);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const logInput = (overrides: Record<string, unknown> = {}) =>
    sessionLogInput(
      {
        prescriptionId: ids.prescription,
        stretchItemId: ids.stretchItem,
        zone,
      },
      overrides,
    );
  const phasesOf = () => templateInput['phases'];
  const PHASE_ITEM = 'phases.0.items.0';
  /** The dose and phase fields of a template or a revision, under a prefix. */
  const programFields = (prefix: string): Record<string, Bad[]> => ({
    [`${prefix}.${PHASE_ITEM}.dose.sets`]: DOSE_SETS,
    [`${prefix}.${PHASE_ITEM}.dose.holdSeconds`]: [
      ['0 seconds', 0],
      ['a day', 86_400],
      ['"30" as text', '30'],
    ],
    [`${prefix}.${PHASE_ITEM}.dose.timesPerDay`]: [
      ['0', 0],
      ['100', 100],
    ],
    [`${prefix}.${PHASE_ITEM}.dose.side`]: ENUM,
    [`${prefix}.${PHASE_ITEM}.dose.notes`]: TEXT,
    [`${prefix}.${PHASE_ITEM}.exerciseId`]: ID,
    [`${prefix}.phases.0.name`]: NAME,
  });

  const MUTATIONS: MutationCase[] = [
    {
      name: 'logSession',
      role: 'runner',
      document:
        'mutation ($input: LogSessionInput!) { logSession(input: $input) { id } }',
      variables: () => ({ input: logInput() }),
      fields: {
        'input.painBefore': SCORE,
        'input.painAfter': SCORE,
        'input.effort': SCORE,
        'input.slot': [
          ['0', 0],
          ['10,000', 10_000],
        ],
        'input.localDate': [
          ...DATE,
          ['a date long past', '1999-01-01'],
          ['a month ahead', addDays(todayIn(zone), 30)],
        ],
        'input.startedAt': INSTANT,
        'input.note': TEXT,
        'input.clientId': ID,
        'input.prescriptionId': ID,
        'input.warningSigns.0': ENUM,
        'input.items.0.setsLeft': SET_COUNT,
        'input.items.0.setsRight': SET_COUNT,
        'input.items.0.painDuring': SCORE.filter(([, v]) => v !== null),
        'input.items.0.prescriptionItemId': ID,
      },
    },
    {
      name: 'correctSession',
      role: 'runner',
      document:
        'mutation ($correctsId: ID!, $input: LogSessionInput!) { correctSession(correctsId: $correctsId, input: $input) { id } }',
      variables: () => ({ correctsId: ids.log, input: logInput() }),
      fields: {
        correctsId: ID,
        'input.painAfter': SCORE,
        'input.note': TEXT,
        'input.items.0.setsLeft': SET_COUNT,
      },
    },
    {
      name: 'recordNextMorningPain',
      role: 'runner',
      document:
        'mutation ($pain: Int!, $sessionLogId: ID!) { recordNextMorningPain(pain: $pain, sessionLogId: $sessionLogId) { id } }',
      variables: () => ({ pain: 3, sessionLogId: ids.log }),
      fields: { pain: SCORE, sessionLogId: ID },
    },
    {
      name: 'reportExcusedDay',
      role: 'runner',
      document:
        'mutation ($input: ExcuseDayInput!) { reportExcusedDay(input: $input) { id } }',
      variables: () => ({
        input: { date: addDays(today(), 5), reason: 'ILLNESS', note: '' },
      }),
      fields: {
        'input.date': [
          ...DATE,
          ['8 days back', addDays(todayIn(zone), -8)],
          ['31 days ahead', addDays(todayIn(zone), 31)],
        ],
        'input.reason': ENUM,
        'input.note': TEXT,
      },
    },
    {
      name: 'excuseDay',
      role: 'coach',
      document:
        'mutation ($input: ExcuseDayInput!, $runnerId: ID!) { excuseDay(input: $input, runnerId: $runnerId) { id } }',
      variables: () => ({
        runnerId: clinic.runnerA.runnerId,
        input: { date: addDays(today(), 6), reason: 'RACE', note: '' },
      }),
      fields: {
        runnerId: ID,
        'input.date': [...DATE, ['91 days ahead', addDays(todayIn(zone), 91)]],
        'input.reason': ENUM,
        'input.note': TEXT,
      },
    },
    ...['confirmExcusedDay', 'undoExcusedDay'].map(
      (name): MutationCase => ({
        name,
        role: name === 'undoExcusedDay' ? 'runner' : 'coach',
        document: `mutation ($id: ID!) { ${name}(id: $id) { id } }`,
        variables: () => ({ id: ids.excused }),
        fields: { id: ID },
      }),
    ),
    {
      name: 'commentOnSessionLog',
      role: 'coach',
      document:
        'mutation ($comment: String!, $logId: ID!) { commentOnSessionLog(comment: $comment, logId: $logId) { id } }',
      variables: () => ({ comment: 'Nice work', logId: ids.log }),
      fields: { comment: TEXT, logId: ID },
    },
    {
      name: 'addRunner',
      role: 'coach',
      document:
        'mutation ($input: AddRunnerInput!) { addRunner(input: $input) { url } }',
      variables: () => ({
        input: {
          name: 'Tui Runner',
          email: 'tui@runner.example',
          timeZone: 'Pacific/Auckland',
        },
      }),
      fields: {
        'input.name': NAME,
        'input.email': EMAIL,
        'input.timeZone': ZONE,
      },
    },
    {
      name: 'inviteCoach',
      role: 'admin',
      document:
        'mutation ($input: InviteCoachInput!) { inviteCoach(input: $input) { url } }',
      variables: () => ({
        input: { name: 'Jo Coach', email: 'jo@coach.example' },
      }),
      fields: { 'input.name': NAME, 'input.email': EMAIL },
    },
    {
      name: 'setupClinic',
      role: 'anonymous',
      document:
        'mutation ($input: SetupClinicInput!) { setupClinic(input: $input) { email } }',
      variables: () => ({
        input: {
          clinicName: 'Another clinic',
          adminName: 'Ana Admin',
          adminEmail: 'ana@clinic.example',
          password: 'a long enough password',
        },
      }),
      fields: {
        'input.clinicName': NAME,
        'input.adminName': NAME,
        'input.adminEmail': EMAIL,
        'input.password': PASSWORD,
      },
    },
    ...['acceptRunnerInvitation', 'resetPassword'].map(
      (name): MutationCase => ({
        name,
        role: 'anonymous',
        document: `mutation ($input: ${name === 'resetPassword' ? 'ResetPasswordInput' : 'AcceptRunnerInvitationInput'}!) { ${name}(input: $input) { email } }`,
        variables: () => ({
          input: { token: 'a'.repeat(43), password: 'a long enough password' },
        }),
        fields: { 'input.token': TOKEN, 'input.password': PASSWORD },
      }),
    ),
    ...['requestPasswordReset', 'createPasswordResetLink', 'unlockAccount'].map(
      (name): MutationCase => ({
        name,
        role:
          name === 'requestPasswordReset'
            ? 'anonymous'
            : name === 'unlockAccount'
              ? 'admin'
              : 'coach',
        document: `mutation ($email: String!) { ${name}(email: $email)${name === 'createPasswordResetLink' ? ' { url }' : ''} }`,
        variables: () => ({ email: clinic.runnerA.email }),
        fields: { email: EMAIL },
      }),
    ),
    ...['dischargeRunner', 'resendRunnerInvitation'].map(
      (name): MutationCase => ({
        name,
        role: 'coach',
        document: `mutation ($runnerId: ID!) { ${name}(runnerId: $runnerId)${name === 'resendRunnerInvitation' ? ' { url }' : ''} }`,
        variables: () => ({ runnerId: clinic.runnerB.runnerId }),
        fields: { runnerId: ID },
      }),
    ),
    {
      name: 'reassignRunner',
      role: 'admin',
      document:
        'mutation ($coachId: ID!, $runnerId: ID!) { reassignRunner(coachId: $coachId, runnerId: $runnerId) { id } }',
      variables: () => ({
        coachId: clinic.otherCoach.userId,
        runnerId: clinic.runnerB.runnerId,
      }),
      fields: {
        runnerId: ID,
        coachId: [
          ['a NUL byte', NUL],
          ['100,000 characters', HUGE],
          ['null', null],
        ],
      },
    },
    {
      name: 'eraseRunner',
      role: 'admin',
      document:
        'mutation ($input: EraseRunnerInput!) { eraseRunner(input: $input) }',
      variables: () => ({
        input: { runnerId: clinic.runnerB.runnerId, confirmName: 'x' },
      }),
      fields: { 'input.runnerId': ID, 'input.confirmName': TEXT },
    },
    ...[
      'archiveExercise',
      'duplicateExercise',
      'archiveTemplate',
      'duplicateTemplate',
    ].map(
      (name): MutationCase => ({
        name,
        role: 'coach',
        document: `mutation ($id: ID!) { ${name}(id: $id)${name === 'archiveTemplate' ? '' : ' { id }'} }`,
        variables: () => ({
          id: name.endsWith('Exercise') ? ids.exercise : ids.template,
        }),
        fields: { id: ID },
      }),
    ),
    ...['createExercise', 'updateExercise'].map(
      (name): MutationCase => ({
        name,
        role: 'coach',
        document:
          name === 'createExercise'
            ? 'mutation ($input: ExerciseInput!) { createExercise(input: $input) { id } }'
            : 'mutation ($id: ID!, $input: ExerciseInput!) { updateExercise(id: $id, input: $input) { id } }',
        variables: () => ({ id: ids.exercise, input: clamshellExercise() }),
        fields: {
          'input.name': NAME,
          'input.startingPosition': TEXT,
          'input.steps.0': TEXT,
          'input.category': ENUM,
          'input.mediaUrl': [
            ['a javascript: URL', 'javascript:alert(1)'],
            ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
            ['a NUL byte', `https://media.example.org/${NUL}`],
          ],
          'input.defaultDose.sets': DOSE_SETS,
          'input.defaultDose.reps': [
            ['0', 0],
            ['10,000', 10_000],
          ],
          'input.defaultDose.daysOfWeek.0': [
            ['0', 0],
            ['8', 8],
          ],
        },
        reportedAs: {
          'input.defaultDose.daysOfWeek.0': 'input.defaultDose.daysOfWeek',
        },
      }),
    ),
    ...['createTemplate', 'updateTemplate'].map(
      (name): MutationCase => ({
        name,
        role: 'coach',
        document:
          name === 'createTemplate'
            ? 'mutation ($input: TemplateInput!) { createTemplate(input: $input) { id } }'
            : 'mutation ($id: ID!, $input: TemplateInput!) { updateTemplate(id: $id, input: $input) { id } }',
        variables: () => ({ id: ids.template, input: templateInput }),
        fields: {
          'input.name': NAME,
          'input.description': TEXT,
          ...programFields('input'),
        },
      }),
    ),
    {
      name: 'prescribeTemplate',
      role: 'coach',
      document:
        'mutation ($input: PrescribeInput!) { prescribeTemplate(input: $input) { id } }',
      variables: () => ({
        input: {
          templateId: ids.template,
          runnerIds: [clinic.runnerB.runnerId],
          startDate: today(),
        },
      }),
      fields: {
        'input.templateId': ID,
        'input.runnerIds.0': ID,
        'input.startDate': [...DATE, ['a date long past', '1999-01-01']],
        'input.endDate': [['before the start', addDays(todayIn(zone), -1)]],
      },
    },
    {
      name: 'revisePrescription',
      role: 'coach',
      document:
        'mutation ($input: RevisePrescriptionInput!) { revisePrescription(input: $input) { id } }',
      variables: () => ({
        input: {
          prescriptionId: ids.prescription,
          effectiveFrom: addDays(today(), 1),
          changeNote: '',
          phases: phasesOf(),
        },
      }),
      fields: {
        'input.prescriptionId': ID,
        'input.effectiveFrom': [
          ...DATE,
          ['yesterday', addDays(todayIn(zone), -1)],
        ],
        'input.changeNote': TEXT,
        ...programFields('input'),
      },
    },
    {
      name: 'pausePrescription',
      role: 'coach',
      document:
        'mutation ($from: String!, $id: ID!, $reason: String) { pausePrescription(from: $from, id: $id, reason: $reason) { id } }',
      variables: () => ({
        id: ids.prescription,
        from: addDays(today(), 1),
        reason: '',
      }),
      fields: { id: ID, from: DATE, reason: TEXT },
    },
    ...['resumePrescription', 'endPrescription'].map((name): MutationCase => {
      const dateArg = name === 'resumePrescription' ? 'on' : 'lastDay';
      return {
        name,
        role: 'coach',
        document: `mutation ($id: ID!, $${dateArg}: String!) { ${name}(id: $id, ${dateArg}: $${dateArg}) { id } }`,
        variables: () => ({ id: ids.prescription, [dateArg]: today() }),
        fields: { id: ID, [dateArg]: DATE },
      };
    }),
  ];

  it('covers every mutation of the schema', () => {
    const file = readFileSync(join(__dirname, '../../schema.graphql'), 'utf8');
    const body = /type Mutation \{([\s\S]*?)\n\}/.exec(file)?.[1] ?? '';
    const inSchema = [...body.matchAll(/^ {2}(\w+)\(/gm)].map((m) => m[1]);
    expect(inSchema.length).toBeGreaterThan(30);
    expect(MUTATIONS.map((m) => m.name).sort()).toEqual(inSchema.sort());
  });

  const send = (m: MutationCase, variables: Record<string, unknown>) =>
    gql(app, m.document, variables, cookies[m.role]);

  const firstError = (res: GqlResponse<unknown>) => res.errors?.[0];

  it('answers each bad value with a field error naming the field, and changes nothing', async () => {
    const wrong: string[] = [];
    let cases = 0;
    // Nothing may change, so every case is compared with the state before the first;
    // a case that changed something is reported and becomes the new baseline.
    let before = await databaseFingerprint(app);
    for (const m of MUTATIONS) {
      for (const [path, bads] of Object.entries(m.fields)) {
        for (const [label, value] of bads) {
          cases++;
          const variables = withValue(m.variables(), path, value);
          const res = await send(m, variables);
          const after = await databaseFingerprint(app);
          const error = firstError(res);
          const named = error?.extensions.fields?.map((f) => f.field) ?? [];
          const problem =
            res.status >= 500
              ? `HTTP ${res.status}`
              : error?.extensions.code !== 'BAD_USER_INPUT'
                ? `${error?.extensions.code ?? 'accepted'}: ${error?.message?.slice(0, 120) ?? ''}`
                : !named.includes(m.reportedAs?.[path] ?? path)
                  ? `names ${named.join(', ') || 'no field'}`
                  : before !== after
                    ? 'changed the database'
                    : null;
          if (problem) wrong.push(`${m.name} ${path} = ${label}: ${problem}`);
          before = after;
        }
      }
    }
    expect(cases).toBeGreaterThan(200);
    expect(wrong).toEqual([]);
  });

  it('keeps emoji and right-to-left text in free text exactly as typed', async () => {
    const note = `${EMOJI} ${RTL} — ok ✓`;
    const res = await gql<{ logSession: { note: string } }>(
      app,
      'mutation ($input: LogSessionInput!) { logSession(input: $input) { note } }',
      { input: logInput({ note }) },
      cookies.runner,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.logSession.note).toBe(note);
  });

  const FUZZ_RUNS = Number(process.env['FUZZ_RUNS'] ?? 12);
  const oddValue = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constantFrom(
      HUGE,
      NUL,
      '2026-02-30',
      '9999-12-31',
      '0000-01-01',
      '-1',
      '1e309',
      '00000000-0000-0000-0000-000000000000',
      '<script>alert(1)</script>',
      "'; DROP TABLE runner; --",
    ),
    fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  );

  it.each(MUTATIONS.map((m) => [m.name, m] as const))(
    'fuzzing %s: never a 5xx, never an internal error',
    async (_, m) => {
      const leaves = leafPaths(m.variables());
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.constantFrom(...leaves), oddValue), {
            minLength: 1,
            maxLength: 3,
          }),
          async (changes) => {
            let variables = m.variables();
            for (const [path, value] of changes)
              variables = withValue(variables, path, value);
            const res = await send(m, variables);
            const codes = (res.errors ?? []).map((e) => e.extensions.code);
            return res.status < 500 && !codes.includes('INTERNAL_SERVER_ERROR');
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    },
  );

  it('holds the data invariants after all of it', async () => {
    const prisma = prismaOf(app);
    const [{ logsWithoutItems, prescriptionsWithoutVersion, emptyNames }] =
      await prisma.$queryRaw<
        {
          logsWithoutItems: number;
          prescriptionsWithoutVersion: number;
          emptyNames: number;
        }[]
      >`
      SELECT
        (SELECT count(*)::int FROM session_log l
          WHERE NOT EXISTS (SELECT 1 FROM session_item_log i WHERE i.session_log_id = l.id)) AS "logsWithoutItems",
        (SELECT count(*)::int FROM prescription p
          WHERE NOT EXISTS (SELECT 1 FROM prescription_version v WHERE v.prescription_id = p.id AND v.version = 1)) AS "prescriptionsWithoutVersion",
        (SELECT count(*)::int FROM runner WHERE btrim(name) = '') AS "emptyNames"`;
    expect({
      logsWithoutItems,
      prescriptionsWithoutVersion,
      emptyNames,
    }).toEqual({
      logsWithoutItems: 0,
      prescriptionsWithoutVersion: 0,
      emptyNames: 0,
    });
  });
});

/** A copy of `value` with the leaf at a dotted path ("input.items.0.setsLeft") set. */
function withValue(
  value: Record<string, unknown>,
  path: string,
  leaf: unknown,
): Record<string, unknown> {
  const copy = structuredClone(value);
  const keys = path.split('.');
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] as string] = leaf;
  return copy;
}

/** Every leaf of a variables object, as dotted paths. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object')
    return prefix ? [prefix] : [];
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return prefix ? [prefix] : [];
  return entries.flatMap(([key, child]) =>
    leafPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}
