import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import type { ClinicFixture } from './clinic-fixture';
import { runnerOnRoutine, sessionLogInput } from './program-fixture';
import {
  asSchemaOwner,
  createTestApp,
  gql,
  prismaOf,
  testDatabaseName,
  withInjectedFailure,
} from './test-app';

const LOG = `mutation ($i: LogSessionInput!) { logSession(input: $i) { id } }`;
const INSUFFICIENT_PRIVILEGE = '42501';

/** The SQLSTATE PostgreSQL answers a statement with, or "ok". */
async function outcomeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe(`the audit trail on ${testDatabaseName()}`, () => {
  let app: INestApplication;
  let clinic: ClinicFixture;
  let runner: string;
  let prescriptionId: string;
  let stretchItemId: string;
  const zone = 'Europe/London';

  beforeAll(async () => {
    app = await createTestApp();
    ({ clinic, runner, prescriptionId, stretchItemId } = await runnerOnRoutine(
      app,
      'audit-trail',
      2,
    ));
  });

  afterAll(async () => {
    await app?.close();
  });

  const logSession = () =>
    gql(
      app,
      LOG,
      { i: sessionLogInput({ prescriptionId, stretchItemId, zone }) },
      runner,
    );
  const logsOfRunner = () =>
    prismaOf(app).sessionLog.count({
      where: { runnerId: clinic.runnerA.runnerId },
    });
  const auditRowsOfRunner = () =>
    prismaOf(app).auditEvent.count({
      where: { runnerId: clinic.runnerA.runnerId },
    });

  it('writes a change and its audit row in one transaction: a refused audit row undoes the change', async () => {
    const logsBefore = await logsOfRunner();
    const auditBefore = await auditRowsOfRunner();
    // The injected failure: the database refuses this runner's next audit row.
    await withInjectedFailure(
      app,
      'audit_event',
      `NEW.runner_id = '${clinic.runnerA.runnerId}'`,
      async () => {
        const refused = await logSession();
        expect(refused.errors?.[0]?.extensions.code).toBe(
          'INTERNAL_SERVER_ERROR',
        );
        expect(await logsOfRunner()).toBe(logsBefore);
        expect(await auditRowsOfRunner()).toBe(auditBefore);
      },
    );

    // The positive control: without the failure, the log and its audit row both land.
    const saved = await logSession();
    expect(saved.errors).toBeUndefined();
    expect(await logsOfRunner()).toBe(logsBefore + 1);
    expect(
      await prismaOf(app).auditEvent.count({
        where: { runnerId: clinic.runnerA.runnerId, action: 'session.log' },
      }),
    ).toBeGreaterThan(0);
  });

  it('refuses to update, delete or empty audit rows, whoever asks (the append-only trigger)', async () => {
    const before = await prismaOf(app).auditEvent.count();
    const attempts = [
      `UPDATE audit_event SET action = 'rewritten' WHERE runner_id = '${clinic.runnerA.runnerId}'`,
      `DELETE FROM audit_event WHERE runner_id = '${clinic.runnerA.runnerId}'`,
      'TRUNCATE audit_event',
    ];
    // PGlite's Prisma adapter drops the database's message, so it is matched on PostgreSQL.
    const refusal = process.env['MIGRATION_DATABASE_URL']
      ? /audit_event is append-only/
      : /Raw query failed/;
    for (const sql of attempts)
      await expect(asSchemaOwner(app, sql)).rejects.toThrow(refusal);
    // The positive control: the same path changes any other table.
    await expect(
      asSchemaOwner(
        app,
        `UPDATE runner SET name = name WHERE id = '${clinic.runnerA.runnerId}'`,
      ),
    ).resolves.toBeUndefined();
    expect(await prismaOf(app).auditEvent.count()).toBe(before);
    expect(
      await prismaOf(app).auditEvent.count({ where: { action: 'rewritten' } }),
    ).toBe(0);
  });

  // Grants are checked only on PostgreSQL (CI runs this): PGlite runs everything as one
  // superuser (docs/security.md says so), so there only the trigger above protects the trail.
  if (process.env['MIGRATION_DATABASE_URL'])
    it('connects the API as a role that may add audit rows but not change them, nor the schema', async () => {
      const api = new Client({ connectionString: process.env['DATABASE_URL'] });
      await api.connect();
      try {
        const { rows } = await api.query<{ who: string; superuser: string }>(
          "SELECT current_user AS who, current_setting('is_superuser') AS superuser",
        );
        expect(rows[0]).toEqual({ who: 'rehabit_api_test', superuser: 'off' });
        const outcomes = {
          insert: await outcomeOf(() =>
            api.query(
              `INSERT INTO audit_event (id, actor_user_id, action, outcome)
               VALUES (gen_random_uuid(), NULL, 'test.positive-control', 'SUCCESS')`,
            ),
          ),
          select: await outcomeOf(() =>
            api.query('SELECT count(*) FROM audit_event'),
          ),
          update: await outcomeOf(() =>
            api.query(`UPDATE audit_event SET action = 'rewritten'`),
          ),
          delete: await outcomeOf(() => api.query('DELETE FROM audit_event')),
          truncate: await outcomeOf(() => api.query('TRUNCATE audit_event')),
          dropTrigger: await outcomeOf(() =>
            api.query('DROP TRIGGER audit_event_append_only ON audit_event'),
          ),
          createTable: await outcomeOf(() =>
            api.query('CREATE TABLE test_not_allowed (x int)'),
          ),
          migrations: await outcomeOf(() =>
            api.query('SELECT count(*) FROM "_prisma_migrations"'),
          ),
        };
        expect(outcomes).toEqual({
          insert: 'ok',
          select: 'ok',
          update: INSUFFICIENT_PRIVILEGE,
          delete: INSUFFICIENT_PRIVILEGE,
          truncate: INSUFFICIENT_PRIVILEGE,
          dropTrigger: INSUFFICIENT_PRIVILEGE,
          createTable: INSUFFICIENT_PRIVILEGE,
          migrations: INSUFFICIENT_PRIVILEGE,
        });
      } finally {
        await api.end();
      }
    });
});
