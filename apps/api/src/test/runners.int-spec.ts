import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { createClinic, signIn, type ClinicFixture } from './clinic-fixture';
import { createTestApp, gql, prismaOf, testDatabaseName } from './test-app';

const ADD = `mutation ($i: AddRunnerInput!) { addRunner(input: $i) { url expiresAt runner { id status coach { id } } } }`;
const RESEND = `mutation ($id: ID!) { resendRunnerInvitation(runnerId: $id) { url } }`;
const ACCEPT = `mutation ($i: AcceptRunnerInvitationInput!) { acceptRunnerInvitation(input: $i) { email } }`;
const RUNNER = `query ($id: ID!) { runner(id: $id) { id name coach { id } } }`;
const RUNNERS = `query ($p: PageInput) { runners(page: $p) { totalCount nextCursor items { id name } } }`;

const tokenOf = (url: string) => url.split('#token=')[1] as string;

describe(`runners and invitations on ${testDatabaseName()}`, () => {
  let app: INestApplication;
  let clinic: ClinicFixture;
  let other: ClinicFixture;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    app = await createTestApp();
    clinic = await createClinic(app, 'runners');
    other = await createClinic(app, 'other');
    for (const [key, person] of Object.entries({
      admin: clinic.admin,
      coach: clinic.coach,
      otherCoach: clinic.otherCoach,
      runnerA: clinic.runnerA,
      runnerB: clinic.runnerB,
      foreignCoach: other.coach,
    })) {
      cookies[key] = await signIn(app, person);
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  const addRunner = async (
    cookie: string,
    overrides: Record<string, string> = {},
  ) =>
    gql<{ addRunner: { url: string; runner: { id: string } } }>(
      app,
      ADD,
      {
        i: {
          name: 'Nia Runner',
          email: `nia-${randomUUID()}@test.example`,
          timeZone: 'Pacific/Auckland',
          ...overrides,
        },
      },
      cookie,
    );

  describe('a coach adds a runner and the runner joins', () => {
    it('gives a single-use link of 256 bits that expires within 72 hours, storing only its hash', async () => {
      const res = await addRunner(cookies['coach'] as string);
      expect(res.errors).toBeUndefined();
      const { url, runner } = res.data?.addRunner as {
        url: string;
        runner: { id: string };
      };
      const token = tokenOf(url);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      const stored = await prismaOf(app).runnerInvitation.findFirstOrThrow({
        where: { runnerId: runner.id },
      });
      expect(stored.tokenHash).not.toContain(token);
      expect(stored.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(
        72 * 3_600_000,
      );
    });

    it('of 20 simultaneous uses of one link, exactly one succeeds', async () => {
      const { url } = (await addRunner(cookies['coach'] as string)).data
        ?.addRunner as { url: string };
      const attempts = await Promise.all(
        Array.from({ length: 20 }, () =>
          gql(app, ACCEPT, {
            i: { token: tokenOf(url), password: 'a fine password' },
          }),
        ),
      );
      expect(attempts.filter((a) => a.errors === undefined)).toHaveLength(1);
      expect(
        attempts.filter(
          (a) => a.errors?.[0]?.extensions.code === 'BAD_USER_INPUT',
        ),
      ).toHaveLength(19);
    });

    it('lets the runner sign in with the password they set, into their own clinic', async () => {
      const email = `joiner-${randomUUID()}@test.example`;
      const { url, runner } = (
        await addRunner(cookies['coach'] as string, { email })
      ).data?.addRunner as {
        url: string;
        runner: { id: string };
      };
      expect(
        (
          await gql(app, ACCEPT, {
            i: { token: tokenOf(url), password: 'my own password' },
          })
        ).data,
      ).toEqual({
        acceptRunnerInvitation: { email },
      });
      const cookie = await signIn(app, { email, password: 'my own password' });
      const me = await gql<{
        me: { role: string; runnerId: string; clinic: { id: string } };
      }>(app, '{ me { role runnerId clinic { id } } }', {}, cookie);
      expect(me.data?.me).toEqual({
        role: 'runner',
        runnerId: runner.id,
        clinic: { id: clinic.clinicId },
      });
    });

    it('invalidates the old link when a new one is sent, and says why a link cannot be used', async () => {
      const { url: first, runner } = (
        await addRunner(cookies['coach'] as string)
      ).data?.addRunner as {
        url: string;
        runner: { id: string };
      };
      const second = (
        await gql<{ resendRunnerInvitation: { url: string } }>(
          app,
          RESEND,
          { id: runner.id },
          cookies['coach'],
        )
      ).data?.resendRunnerInvitation.url as string;
      const old = await gql(app, ACCEPT, {
        i: { token: tokenOf(first), password: 'a fine password' },
      });
      expect(old.errors?.[0]?.extensions.fields).toEqual([
        {
          field: 'input.token',
          message:
            'was replaced by a newer link: use the latest one your coach sent',
        },
      ]);
      await prismaOf(app).runnerInvitation.updateMany({
        where: { runnerId: runner.id, usedAt: null, invalidatedAt: null },
        data: { expiresAt: new Date(Date.now() - 1000) },
      });
      const expired = await gql(app, ACCEPT, {
        i: { token: tokenOf(second), password: 'a fine password' },
      });
      expect(expired.errors?.[0]?.extensions.fields).toEqual([
        {
          field: 'input.token',
          message: 'has expired: ask your coach for a new link',
        },
      ]);
      const made = await gql(app, ACCEPT, {
        i: { token: 'made-up', password: 'a fine password' },
      });
      expect(made.errors?.[0]?.extensions.fields).toEqual([
        { field: 'input.token', message: 'is not a valid invitation link' },
      ]);
    });

    it('refuses a short or common password without using up the link', async () => {
      const { url } = (await addRunner(cookies['coach'] as string)).data
        ?.addRunner as { url: string };
      for (const [password, message] of [
        ['short', 'must be at least 8 characters'],
        ['password123', 'is one of the most common passwords; choose another'],
        ['x'.repeat(129), 'must be at most 128 characters'],
      ]) {
        const res = await gql(app, ACCEPT, {
          i: { token: tokenOf(url), password },
        });
        expect(res.errors?.[0]?.extensions).toEqual({
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'input.password', message }],
        });
      }
      expect(
        (
          await gql(app, ACCEPT, {
            i: { token: tokenOf(url), password: 'now a good one' },
          })
        ).errors,
      ).toBeUndefined();
    });

    it.each([
      [{ email: 'not-an-email' }, 'input.email', 'must be an email address'],
      [
        { timeZone: 'Mars/Olympus' },
        'input.timeZone',
        'must be an IANA time zone such as "Europe/London"',
      ],
      [{ name: '   ' }, 'input.name', 'is required'],
      [
        { name: 'a\u0000b' },
        'input.name',
        'must not contain control characters',
      ],
    ])(
      'refuses %p with a field error and adds nobody',
      async (overrides, field, message) => {
        const before = await prismaOf(app).runnerProfile.count({
          where: { clinicId: clinic.clinicId },
        });
        const res = await addRunner(cookies['coach'] as string, overrides);
        expect(res.errors?.[0]?.extensions).toEqual({
          code: 'BAD_USER_INPUT',
          fields: [{ field, message }],
        });
        expect(
          await prismaOf(app).runnerProfile.count({
            where: { clinicId: clinic.clinicId },
          }),
        ).toBe(before);
      },
    );

    it('refuses a second runner with the same email in the clinic', async () => {
      const email = `twice-${randomUUID()}@test.example`;
      await addRunner(cookies['coach'] as string, { email });
      const again = await addRunner(cookies['coach'] as string, {
        email: email.toUpperCase(),
      });
      expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
    });
  });

  describe('nobody sees what is not theirs', () => {
    it('answers NOT_FOUND alike for a random id, another runner, another coach’s runner and another clinic’s runner', async () => {
      const random = await gql(
        app,
        RUNNER,
        { id: randomUUID() },
        cookies['coach'],
      );
      expect(random.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
      for (const who of ['runnerB', 'otherCoach', 'foreignCoach']) {
        const res = await gql(
          app,
          RUNNER,
          { id: clinic.runnerA.runnerId },
          cookies[who],
        );
        expect(res.errors).toEqual(random.errors);
      }
    });

    it('lets the runner, their coach and the admin read the runner', async () => {
      for (const who of ['runnerA', 'coach', 'admin']) {
        const res = await gql<{ runner: { id: string } }>(
          app,
          RUNNER,
          { id: clinic.runnerA.runnerId },
          cookies[who],
        );
        expect(res.data?.runner.id).toBe(clinic.runnerA.runnerId);
      }
    });

    it('lists a coach’s own runners only, and all of the clinic’s for the admin', async () => {
      const coachList = await gql<{ runners: { items: { id: string }[] } }>(
        app,
        RUNNERS,
        { p: { size: 100 } },
        cookies['coach'],
      );
      const otherList = await gql<{ runners: { items: { id: string }[] } }>(
        app,
        RUNNERS,
        { p: { size: 100 } },
        cookies['otherCoach'],
      );
      const adminList = await gql<{ runners: { totalCount: number } }>(
        app,
        RUNNERS,
        {},
        cookies['admin'],
      );
      const foreign = await gql<{ runners: { items: { id: string }[] } }>(
        app,
        RUNNERS,
        { p: { size: 100 } },
        cookies['foreignCoach'],
      );
      const mine = coachList.data?.runners.items.map((r) => r.id) ?? [];
      expect(mine).toEqual(
        expect.arrayContaining([
          clinic.runnerA.runnerId,
          clinic.runnerB.runnerId,
        ]),
      );
      expect(otherList.data?.runners.items).toEqual([]);
      expect(adminList.data?.runners.totalCount).toBe(mine.length);
      expect(foreign.data?.runners.items.map((r) => r.id)).not.toContain(
        clinic.runnerA.runnerId,
      );
    });

    it('refuses a runner calling a coach mutation, and asks an anonymous caller to sign in', async () => {
      expect(
        (await addRunner(cookies['runnerA'] as string)).errors?.[0]?.extensions
          .code,
      ).toBe('FORBIDDEN');
      expect((await gql(app, RUNNERS, {})).errors?.[0]?.extensions.code).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('takes the clinic and the coach from the session: smuggled ids are refused', async () => {
      const res = await gql(
        app,
        ADD,
        {
          i: {
            name: 'Smuggled',
            email: `s-${randomUUID()}@test.example`,
            timeZone: 'UTC',
            clinicId: other.clinicId,
          },
        },
        cookies['coach'],
      );
      expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toContain('clinicId');
      const made = await addRunner(cookies['coach'] as string);
      const row = await prismaOf(app).runnerProfile.findUniqueOrThrow({
        where: { id: made.data?.addRunner.runner.id },
      });
      expect(row).toMatchObject({
        clinicId: clinic.clinicId,
        coachId: clinic.coach.userId,
      });
    });

    it('lets the admin hand a runner to another coach of the clinic, and no one outside it', async () => {
      const REASSIGN =
        'mutation ($r: ID!, $c: ID!) { reassignRunner(runnerId: $r, coachId: $c) { id coach { id } } }';
      const { runner } = (await addRunner(cookies['coach'] as string)).data
        ?.addRunner as { runner: { id: string } };
      const foreign = await gql(
        app,
        REASSIGN,
        { r: runner.id, c: other.coach.userId },
        cookies['admin'],
      );
      expect(foreign.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      const moved = await gql<{ reassignRunner: { coach: { id: string } } }>(
        app,
        REASSIGN,
        { r: runner.id, c: clinic.otherCoach.userId },
        cookies['admin'],
      );
      expect(moved.data?.reassignRunner.coach.id).toBe(
        clinic.otherCoach.userId,
      );
      expect(
        (await gql(app, RUNNER, { id: runner.id }, cookies['coach']))
          .errors?.[0]?.extensions.code,
      ).toBe('NOT_FOUND');
      expect(
        (await gql(app, RUNNER, { id: runner.id }, cookies['otherCoach']))
          .errors,
      ).toBeUndefined();
    });

    it('audits reads of a runner by anyone but that runner, and no read by the runner', async () => {
      const count = () =>
        prismaOf(app).auditEvent.count({
          where: { runnerId: clinic.runnerB.runnerId, action: 'runner.read' },
        });
      const before = await count();
      await gql(app, RUNNER, { id: clinic.runnerB.runnerId }, cookies['coach']);
      await gql(
        app,
        RUNNER,
        { id: clinic.runnerB.runnerId },
        cookies['runnerB'],
      );
      expect(await count()).toBe(before + 1);
    });
  });
});
