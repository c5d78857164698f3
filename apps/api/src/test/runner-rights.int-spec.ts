import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { addDays } from '@rehabit/shared-domain';
import { createClinic, signIn, type ClinicFixture } from './clinic-fixture';
import {
  prescribePiriformis,
  sessionLogInput,
  todayIn,
} from './program-fixture';
import {
  createTestApp,
  download,
  gql,
  pdfText,
  prismaOf,
  testDatabaseName,
} from './test-app';

const LOG = `mutation ($i: LogSessionInput!) { logSession(input: $i) { id } }`;
const COMMENT =
  'mutation ($id: ID!, $c: String!) { commentOnSessionLog(logId: $id, comment: $c) { coachComment } }';
const REPORT_DAY = `mutation ($i: ExcuseDayInput!) { reportExcusedDay(input: $i) { id } }`;
const ERASE = 'mutation ($i: EraseRunnerInput!) { eraseRunner(input: $i) }';
const RUNNER = 'query ($id: ID!) { runner(id: $id) { id name } }';
const ME = '{ me { name } }';

describe(`the runner's rights (export and erasure) on ${testDatabaseName()}`, () => {
  let app: INestApplication;
  let clinic: ClinicFixture;
  let otherClinic: ClinicFixture;
  let admin: string;
  let coach: string;
  let runner: string;
  let runnerId: string;
  let runnerName: string;
  // Unique markers in every kind of free text, to find them (or not) anywhere.
  const marker = `marker-${randomUUID()}`;
  const zone = 'Europe/London';

  beforeAll(async () => {
    app = await createTestApp();
    clinic = await createClinic(app, 'rights');
    otherClinic = await createClinic(app, 'rights-other');
    admin = await signIn(app, clinic.admin);
    coach = await signIn(app, clinic.coach);
    runnerId = clinic.runnerA.runnerId;
    const { prescriptionIds, stretchItemId } = await prescribePiriformis(
      app,
      coach,
      [runnerId],
      addDays(todayIn(zone), -3),
    );
    runner = await signIn(app, clinic.runnerA);
    const logged = await gql<{ logSession: { id: string } }>(
      app,
      LOG,
      {
        i: sessionLogInput(
          { prescriptionId: prescriptionIds[0], stretchItemId, zone },
          { note: `session ${marker}`, painAfter: 6 },
        ),
      },
      runner,
    );
    const logId = logged.data?.logSession.id as string;
    await gql(app, COMMENT, { id: logId, c: `comment ${marker}` }, coach);
    await gql(
      app,
      REPORT_DAY,
      {
        i: {
          date: addDays(todayIn(zone), 2),
          reason: 'TRAVEL',
          note: `away ${marker}`,
        },
      },
      runner,
    );
    runnerName = (
      await prismaOf(app).runnerProfile.findUniqueOrThrow({
        where: { id: runnerId },
      })
    ).name;
  });

  afterAll(async () => {
    await app?.close();
  });

  const recordPath = (format: string, id = runnerId) =>
    `/api/admin/runners/${id}/record.${format}`;
  const auditCount = (action: string) =>
    prismaOf(app).auditEvent.count({ where: { runnerId, action } });

  describe('export', () => {
    it('gives an admin everything held about the runner as JSON, audited, with no secrets', async () => {
      const before = await auditCount('runner.record.export');
      const res = await download(app, recordPath('json'), admin);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/json; charset=utf-8',
      );
      expect(res.headers['cache-control']).toBe('no-store');
      const text = (res.body as Buffer).toString('utf8');
      const record = JSON.parse(text);
      expect(record.runner).toMatchObject({
        id: runnerId,
        name: runnerName,
        email: clinic.runnerA.email,
        timeZone: 'Europe/London',
      });
      expect(record.account.email).toBe(clinic.runnerA.email);
      expect(record.prescriptions[0].versions[0].phases[0].items.length).toBe(
        1,
      );
      expect(record.sessionLogs).toHaveLength(1);
      expect(record.sessionLogs[0]).toMatchObject({
        painAfter: 6,
        note: `session ${marker}`,
        coachComment: `comment ${marker}`,
      });
      expect(record.excusedDays[0]).toMatchObject({
        reason: 'TRAVEL',
        note: `away ${marker}`,
      });
      expect(record.accessLog.map((r: { action: string }) => r.action)).toEqual(
        expect.arrayContaining(['session.log', 'excused-day.report']),
      );
      for (const secret of ['tokenHash', 'token_hash', 'password', 'bodyHash'])
        expect(text).not.toContain(secret);
      expect(await auditCount('runner.record.export')).toBe(before + 1);
    });

    it('gives the same record as a PDF to hand to the runner, the notes whole', async () => {
      const res = await download(app, recordPath('pdf'), admin);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const text = pdfText(res.body as Buffer);
      expect(text).toContain(`Everything Rehabit holds about ${runnerName}`);
      expect(text).toContain(clinic.runnerA.email);
      // Long cells wrap instead of ending in "…": every marker is there in full.
      for (const words of ['session', 'comment', 'away'])
        expect(text.replace(/\s+/g, '')).toContain(`${words}${marker}`);
    });

    it('is for admins of the runner’s clinic only, and names what is wrong', async () => {
      const otherAdmin = await signIn(app, otherClinic.admin);
      const statuses = {
        anonymous: (await download(app, recordPath('json'))).status,
        runner: (await download(app, recordPath('json'), runner)).status,
        coach: (await download(app, recordPath('json'), coach)).status,
        otherClinicAdmin: (await download(app, recordPath('json'), otherAdmin))
          .status,
        randomId: (await download(app, recordPath('json', randomUUID()), admin))
          .status,
        xml: (await download(app, recordPath('xml'), admin)).status,
      };
      expect(statuses).toEqual({
        anonymous: 401,
        runner: 403,
        coach: 403,
        otherClinicAdmin: 404,
        randomId: 404,
        xml: 404,
      });
      const bad = await download(app, recordPath('json', 'not-a-uuid'), admin);
      expect(bad.status).toBe(400);
      expect(JSON.parse((bad.body as Buffer).toString('utf8'))).toMatchObject({
        fields: [{ field: 'runnerId' }],
      });
    });
  });

  describe('erasure', () => {
    it('refuses a coach, another clinic’s admin and a wrong name, changing nothing', async () => {
      const otherAdmin = await signIn(app, otherClinic.admin);
      const input = { runnerId, confirmName: runnerName };
      const asCoach = await gql(app, ERASE, { i: input }, coach);
      expect(asCoach.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const asOther = await gql(app, ERASE, { i: input }, otherAdmin);
      expect(asOther.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      const misnamed = await gql(
        app,
        ERASE,
        { i: { runnerId, confirmName: 'Someone Else' } },
        admin,
      );
      expect(misnamed.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'input.confirmName',
            message: 'must be the runner’s name exactly as shown',
          },
        ],
      });
      const row = await prismaOf(app).runnerProfile.findUniqueOrThrow({
        where: { id: runnerId },
      });
      expect(row).toMatchObject({ name: runnerName, erasedAt: null });
      expect((await gql(app, ME, {}, runner)).data).toEqual({
        me: { name: runnerName },
      });
    });

    it('erases name, email, account and every note, keeps the numbers, and is audited', async () => {
      const prisma = prismaOf(app);
      const logsBefore = await prisma.sessionLog.findMany({
        where: { runnerId },
        select: { localDate: true, painAfter: true, effort: true },
      });
      const res = await gql(
        app,
        ERASE,
        // Typed as a person would: other case, spaces around.
        { i: { runnerId, confirmName: `  ${runnerName.toUpperCase()} ` } },
        admin,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ eraseRunner: true });

      // The runner's session ends at once; the account is gone.
      expect(
        (await gql(app, ME, {}, runner)).errors?.[0]?.extensions.code,
      ).toBe('UNAUTHENTICATED');
      expect(
        await prisma.user.count({ where: { id: clinic.runnerA.userId } }),
      ).toBe(0);
      // The numbers stay, for the clinic's aggregates.
      expect(
        await prisma.sessionLog.findMany({
          where: { runnerId },
          select: { localDate: true, painAfter: true, effort: true },
        }),
      ).toEqual(logsBefore);
      // The runner reads as a random id, even to the admin.
      const read = await gql(app, RUNNER, { id: runnerId }, admin);
      expect(read.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect(await auditCount('runner.erase')).toBe(1);
    });

    it('leaves the name, email and notes nowhere in the database', async () => {
      const prisma = prismaOf(app);
      const tables = await prisma.$queryRaw<{ table_name: string }[]>`
        SELECT table_name::text AS table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
          AND table_name <> '_prisma_migrations'`;
      expect(tables.length).toBeGreaterThan(20);
      const traces = async (needle: string) => {
        const found: string[] = [];
        for (const { table_name } of tables) {
          const [{ n }] = await prisma.$queryRawUnsafe<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM "${table_name}" t WHERE t::text ILIKE '%' || $1 || '%'`,
            needle,
          );
          if (n > 0) found.push(table_name);
        }
        return found;
      };
      expect(await traces(marker)).toEqual([]);
      expect(await traces(clinic.runnerA.email)).toEqual([]);
      expect(await traces(runnerName)).toEqual([]);
      // The positive control: the same search finds what is still there.
      expect(await traces(clinic.runnerB.email)).toEqual(
        expect.arrayContaining(['app_user', 'runner']),
      );
    });

    it('answers a second erasure like a random id', async () => {
      const again = await gql(
        app,
        ERASE,
        { i: { runnerId, confirmName: 'Erased runner' } },
        admin,
      );
      expect(again.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    });
  });
});
