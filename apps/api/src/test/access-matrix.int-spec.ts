import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { buildSchema } from 'graphql';
import { createClinic, signIn } from './clinic-fixture';
import { createTestApp, gql, testDatabaseName } from './test-app';

const ROOT = join(__dirname, '../../../..');

type Column = 'anonymous' | 'runner' | 'coach' | 'admin';

/** The policy table of docs/security.md: operation → column → allowed. */
function policyFromDocs(): Map<string, Record<Column, boolean>> {
  const doc = readFileSync(join(ROOT, 'docs/security.md'), 'utf8');
  const rows = doc.split('\n').filter((line) => /^\|\s*`\w+`\s*\|/.test(line));
  return new Map(
    rows.map((line) => {
      const cells = line.split('|').map((c) => c.trim());
      const allowed = (cell: string | undefined) => {
        if (cell !== '✓' && cell !== '✗')
          throw new Error(
            `docs/security.md: "${line}" has a cell that is neither ✓ nor ✗`,
          );
        return cell === '✓';
      };
      return [
        (cells[1] as string).replace(/`/g, ''),
        {
          anonymous: allowed(cells[2]),
          runner: allowed(cells[3]),
          coach: allowed(cells[4]),
          admin: allowed(cells[5]),
        },
      ];
    }),
  );
}

/** A clinic exercise refused for its empty name, so the matrix writes nothing. */
const EXERCISE_INPUT = {
  name: '',
  aliases: [],
  category: 'STRETCH',
  bodyRegion: 'HIP',
  targetMuscles: [],
  startingPosition: '',
  steps: [],
  cues: [],
  safetyNotes: '',
  contraindications: '',
  equipment: [],
  mediaUrl: null,
  defaultDose: {
    holdSeconds: null,
    reps: 1,
    sets: 1,
    side: 'NONE',
    restSeconds: 0,
    timesPerDay: 1,
    daysOfWeek: [1],
    intensity: null,
    load: null,
  },
};

/** A session log refused for its pain of 11, so the matrix writes nothing. */
const SESSION_INPUT = {
  clientId: randomUUID(),
  prescriptionId: randomUUID(),
  localDate: '2026-01-01',
  slot: 1,
  startedAt: '2026-01-01T08:00:00Z',
  completedAt: '2026-01-01T08:10:00Z',
  painBefore: 11,
  painAfter: 0,
  effort: 0,
  warningSigns: [],
  note: '',
  items: [],
};

/** One call of each operation, with arguments that get past the gate (bad ones where it writes). */
const CALLS: Record<
  string,
  { query: string; variables?: Record<string, unknown> }
> = {
  exercises: { query: '{ exercises { totalCount } }' },
  exercise: {
    query: 'query ($id: ID!) { exercise(id: $id) { id } }',
    variables: { id: randomUUID() },
  },
  needsSetup: { query: '{ needsSetup }' },
  setupClinic: {
    query:
      'mutation ($i: SetupClinicInput!) { setupClinic(input: $i) { email } }',
    variables: {
      i: {
        clinicName: 'X',
        adminName: 'Y',
        adminEmail: 'not-an-email',
        password: 'short',
      },
    },
  },
  acceptRunnerInvitation: {
    query:
      'mutation ($i: AcceptRunnerInvitationInput!) { acceptRunnerInvitation(input: $i) { email } }',
    variables: { i: { token: 'none', password: 'short' } },
  },
  me: { query: '{ me { userId } }' },
  runner: {
    query: 'query ($id: ID!) { runner(id: $id) { id } }',
    variables: { id: randomUUID() },
  },
  runners: { query: '{ runners { totalCount } }' },
  addRunner: {
    query: 'mutation ($i: AddRunnerInput!) { addRunner(input: $i) { url } }',
    variables: {
      i: { name: 'Matrix', email: 'not-an-email', timeZone: 'UTC' },
    },
  },
  resendRunnerInvitation: {
    query:
      'mutation ($id: ID!) { resendRunnerInvitation(runnerId: $id) { url } }',
    variables: { id: randomUUID() },
  },
  resetPassword: {
    query:
      'mutation ($i: ResetPasswordInput!) { resetPassword(input: $i) { email } }',
    variables: { i: { token: 'none', password: 'long enough password' } },
  },
  createPasswordResetLink: {
    query:
      'mutation { createPasswordResetLink(email: "nobody@test.example") { url } }',
  },
  inviteCoach: {
    query:
      'mutation ($i: InviteCoachInput!) { inviteCoach(input: $i) { url } }',
    variables: { i: { name: 'Matrix', email: 'not-an-email' } },
  },
  reassignRunner: {
    query:
      'mutation ($r: ID!, $c: ID!) { reassignRunner(runnerId: $r, coachId: $c) { id } }',
    variables: { r: randomUUID(), c: randomUUID() },
  },
  passwordResetByEmail: { query: '{ passwordResetByEmail }' },
  requestPasswordReset: {
    query: 'mutation { requestPasswordReset(email: "nobody@test.example") }',
  },
  staffMembers: { query: '{ staffMembers { id } }' },
  createExercise: {
    query: 'mutation ($i: ExerciseInput!) { createExercise(input: $i) { id } }',
    variables: { i: EXERCISE_INPUT },
  },
  updateExercise: {
    query:
      'mutation ($id: ID!, $i: ExerciseInput!) { updateExercise(id: $id, input: $i) { id } }',
    variables: { id: randomUUID(), i: EXERCISE_INPUT },
  },
  archiveExercise: {
    query: 'mutation ($id: ID!) { archiveExercise(id: $id) { id } }',
    variables: { id: randomUUID() },
  },
  duplicateExercise: {
    query: 'mutation ($id: ID!) { duplicateExercise(id: $id) { id } }',
    variables: { id: randomUUID() },
  },
  templates: { query: '{ templates { id } }' },
  template: {
    query: 'query ($id: ID!) { template(id: $id) { id } }',
    variables: { id: randomUUID() },
  },
  createTemplate: {
    query: 'mutation ($i: TemplateInput!) { createTemplate(input: $i) { id } }',
    variables: { i: { name: '', phases: [] } },
  },
  updateTemplate: {
    query:
      'mutation ($id: ID!, $i: TemplateInput!) { updateTemplate(id: $id, input: $i) { id } }',
    variables: { id: randomUUID(), i: { name: '', phases: [] } },
  },
  duplicateTemplate: {
    query: 'mutation ($id: ID!) { duplicateTemplate(id: $id) { id } }',
    variables: { id: randomUUID() },
  },
  archiveTemplate: {
    query: 'mutation ($id: ID!) { archiveTemplate(id: $id) }',
    variables: { id: randomUUID() },
  },
  runnerPrescriptions: {
    query: 'query ($r: ID!) { runnerPrescriptions(runnerId: $r) { id } }',
    variables: { r: randomUUID() },
  },
  upcomingSessions: {
    query: 'query ($r: ID!) { upcomingSessions(runnerId: $r) { date } }',
    variables: { r: randomUUID() },
  },
  prescribeTemplate: {
    query:
      'mutation ($i: PrescribeInput!) { prescribeTemplate(input: $i) { id } }',
    variables: {
      i: { templateId: randomUUID(), runnerIds: [], startDate: 'soon' },
    },
  },
  revisePrescription: {
    query:
      'mutation ($i: RevisePrescriptionInput!) { revisePrescription(input: $i) { id } }',
    variables: {
      i: { prescriptionId: randomUUID(), effectiveFrom: 'x', phases: [] },
    },
  },
  pausePrescription: {
    query:
      'mutation ($id: ID!) { pausePrescription(id: $id, from: "2026-01-01") { id } }',
    variables: { id: randomUUID() },
  },
  resumePrescription: {
    query:
      'mutation ($id: ID!) { resumePrescription(id: $id, on: "2026-01-01") { id } }',
    variables: { id: randomUUID() },
  },
  endPrescription: {
    query:
      'mutation ($id: ID!) { endPrescription(id: $id, lastDay: "2026-01-01") { id } }',
    variables: { id: randomUUID() },
  },
  runnerToday: { query: '{ runnerToday { date } }' },
  sessionLogs: {
    query:
      'query ($r: ID!) { sessionLogs(runnerId: $r, from: "2026-01-01", to: "2026-01-31") { id } }',
    variables: { r: randomUUID() },
  },
  runnerProgress: { query: '{ runnerProgress { streak } }' },
  commentOnSessionLog: {
    query:
      'mutation ($id: ID!) { commentOnSessionLog(logId: $id, comment: "Nice work") { id } }',
    variables: { id: randomUUID() },
  },
  rosterReport: { query: '{ rosterReport { rows { runnerId } } }' },
  clinicReport: { query: '{ clinicReport { overall { runners } } }' },
  runnerReport: {
    query: 'query ($r: ID!) { runnerReport(runnerId: $r) { from } }',
    variables: { r: randomUUID() },
  },
  myExcusedDays: { query: '{ myExcusedDays { id } }' },
  reportExcusedDay: {
    query:
      'mutation { reportExcusedDay(input: { date: "soon", reason: ILLNESS }) { id } }',
  },
  excuseDay: {
    query:
      'mutation ($r: ID!) { excuseDay(runnerId: $r, input: { date: "2026-01-01", reason: RACE }) { id } }',
    variables: { r: randomUUID() },
  },
  confirmExcusedDay: {
    query: 'mutation ($id: ID!) { confirmExcusedDay(id: $id) { id } }',
    variables: { id: randomUUID() },
  },
  undoExcusedDay: {
    query: 'mutation ($id: ID!) { undoExcusedDay(id: $id) { id } }',
    variables: { id: randomUUID() },
  },
  logSession: {
    query: 'mutation ($i: LogSessionInput!) { logSession(input: $i) { id } }',
    variables: { i: SESSION_INPUT },
  },
  correctSession: {
    query:
      'mutation ($c: ID!, $i: LogSessionInput!) { correctSession(correctsId: $c, input: $i) { id } }',
    variables: { c: randomUUID(), i: SESSION_INPUT },
  },
  recordNextMorningPain: {
    query:
      'mutation ($id: ID!) { recordNextMorningPain(sessionLogId: $id, pain: 3) { id } }',
    variables: { id: randomUUID() },
  },
  dischargeRunner: {
    query: 'mutation ($r: ID!) { dischargeRunner(runnerId: $r) }',
    variables: { r: randomUUID() },
  },
  unlockAccount: {
    query: 'mutation { unlockAccount(email: "nobody@test.example") }',
  },
  eraseRunner: {
    query: 'mutation ($i: EraseRunnerInput!) { eraseRunner(input: $i) }',
    variables: { i: { runnerId: randomUUID(), confirmName: 'Nobody' } },
  },
};

function operationsInSchema(): string[] {
  const schema = buildSchema(
    readFileSync(join(ROOT, 'apps/api/schema.graphql'), 'utf8'),
  );
  return [schema.getQueryType(), schema.getMutationType()]
    .flatMap((type) => Object.keys(type?.getFields() ?? {}))
    .sort();
}

describe(`authorization matrix on ${testDatabaseName()}`, () => {
  const policy = policyFromDocs();
  const operations = operationsInSchema();

  it('has every operation of the schema in the docs/security.md table and in this test', () => {
    expect(operations.filter((op) => !policy.has(op))).toEqual([]);
    expect(operations.filter((op) => !CALLS[op])).toEqual([]);
    expect([...policy.keys()].filter((op) => !operations.includes(op))).toEqual(
      [],
    );
  });

  const callers = [
    'anonymous',
    'runner A',
    'runner B',
    'coach of A',
    'other coach',
    'other clinic’s coach',
    'admin',
  ] as const;
  let app: INestApplication;
  const cookies = new Map<string, string | undefined>();

  beforeAll(async () => {
    app = await createTestApp();
    const clinic = await createClinic(app, 'matrix');
    const other = await createClinic(app, 'matrix-other');
    const people = {
      'runner A': clinic.runnerA,
      'runner B': clinic.runnerB,
      'coach of A': clinic.coach,
      'other coach': clinic.otherCoach,
      'other clinic’s coach': other.coach,
      admin: clinic.admin,
    };
    for (const [caller, person] of Object.entries(people))
      cookies.set(caller, await signIn(app, person));
  });

  afterAll(async () => {
    await app?.close();
  });

  describe.each(callers)('as %s', (caller) => {
    const column: Column =
      caller === 'anonymous'
        ? 'anonymous'
        : caller.startsWith('runner')
          ? 'runner'
          : caller === 'admin'
            ? 'admin'
            : 'coach';

    it.each(operations)('%s', async (operation) => {
      const call = CALLS[operation] as {
        query: string;
        variables?: Record<string, unknown>;
      };
      const res = await gql(
        app,
        call.query,
        call.variables,
        cookies.get(caller),
      );
      const codes = (res.errors ?? []).map((e) => e.extensions.code);
      const allowed = policy.get(operation)?.[column];
      if (allowed) {
        expect(codes).not.toContain('UNAUTHENTICATED');
        expect(codes).not.toContain('FORBIDDEN');
        expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      } else {
        expect(codes).toEqual([
          column === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
        ]);
      }
    });
  });
});
