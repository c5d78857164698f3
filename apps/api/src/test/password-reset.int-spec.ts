import type { INestApplication } from '@nestjs/common';
import { createClinic, signIn, type ClinicFixture } from './clinic-fixture';
import { createTestApp, gql, prismaOf, testDatabaseName } from './test-app';

const CREATE =
  'mutation ($e: String!) { createPasswordResetLink(email: $e) { url expiresAt } }';
const RESET =
  'mutation ($i: ResetPasswordInput!) { resetPassword(input: $i) { email } }';
const tokenOf = (url: string) => url.split('#token=')[1] as string;

describe(`handed-over password reset links on ${testDatabaseName()}`, () => {
  let app: INestApplication;
  let clinic: ClinicFixture;

  beforeAll(async () => {
    app = await createTestApp();
    clinic = await createClinic(app, 'reset');
  });

  afterAll(async () => {
    await app?.close();
  });

  const linkFor = async (cookie: string, email: string) =>
    gql<{ createPasswordResetLink: { url: string; expiresAt: string } }>(
      app,
      CREATE,
      { e: email },
      cookie,
    );

  it('lets a runner’s coach make a single-use link that sets a new password and ends old sessions', async () => {
    const coach = await signIn(app, clinic.coach);
    const oldSession = await signIn(app, clinic.runnerA);
    const res = await linkFor(coach, clinic.runnerA.email);
    expect(res.data?.createPasswordResetLink.url).toMatch(/\/reset#token=/);
    const token = tokenOf(res.data?.createPasswordResetLink.url as string);

    expect(
      (
        await gql(app, RESET, {
          i: { token, password: 'a brand new password' },
        })
      ).data,
    ).toEqual({
      resetPassword: { email: clinic.runnerA.email },
    });
    expect(
      (await gql(app, '{ me { userId } }', {}, oldSession)).errors?.[0]
        ?.extensions.code,
    ).toBe('UNAUTHENTICATED');
    await expect(
      signIn(app, {
        email: clinic.runnerA.email,
        password: 'a brand new password',
      }),
    ).resolves.toMatch(/session/);
    const again = await gql(app, RESET, {
      i: { token, password: 'yet another password' },
    });
    expect(again.errors?.[0]?.extensions.fields).toEqual([
      { field: 'input.token', message: 'has already been used' },
    ]);
  });

  it('invalidates the previous link when a new one is made', async () => {
    const admin = await signIn(app, clinic.admin);
    const first = tokenOf(
      (await linkFor(admin, clinic.runnerB.email)).data?.createPasswordResetLink
        .url as string,
    );
    await linkFor(admin, clinic.runnerB.email);
    const res = await gql(app, RESET, {
      i: { token: first, password: 'a brand new password' },
    });
    expect(res.errors?.[0]?.extensions.fields).toEqual([
      { field: 'input.token', message: 'was replaced by a newer link' },
    ]);
  });

  it('refuses an expired link and leaves the password as it was', async () => {
    const own = await createClinic(app, 'reset-expired');
    const admin = await signIn(app, own.admin);
    const url = (await linkFor(admin, own.runnerA.email)).data
      ?.createPasswordResetLink.url as string;
    await prismaOf(app).passwordReset.updateMany({
      where: { userId: own.runnerA.userId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const res = await gql(app, RESET, {
      i: { token: tokenOf(url), password: 'a brand new password' },
    });
    expect(res.errors?.[0]?.extensions.fields).toEqual([
      { field: 'input.token', message: 'has expired: ask for a new one' },
    ]);
    await expect(signIn(app, own.runnerA)).resolves.toMatch(/session/);
  });

  it('holds staff to 12 characters', async () => {
    const own = await createClinic(app, 'reset-staff');
    const admin = await signIn(app, own.admin);
    const token = tokenOf(
      (await linkFor(admin, own.otherCoach.email)).data?.createPasswordResetLink
        .url as string,
    );
    const short = await gql(app, RESET, {
      i: { token, password: 'only11chars' },
    });
    expect(short.errors?.[0]?.extensions.fields).toEqual([
      { field: 'input.password', message: 'must be at least 12 characters' },
    ]);
    expect(
      (await gql(app, RESET, { i: { token, password: 'twelve chars ok' } }))
        .errors,
    ).toBeUndefined();
  });

  it('answers NOT_FOUND for accounts outside the caller’s scope', async () => {
    const otherCoach = await signIn(app, clinic.otherCoach);
    expect(
      (await linkFor(otherCoach, clinic.runnerB.email)).errors?.[0]?.extensions
        .code,
    ).toBe('NOT_FOUND');
    const coach = await signIn(app, clinic.coach);
    expect(
      (await linkFor(coach, clinic.admin.email)).errors?.[0]?.extensions.code,
    ).toBe('NOT_FOUND');
  });

  it('lets an admin invite a coach, who chooses a password with the welcome link and sees the clinic', async () => {
    const admin = await signIn(app, clinic.admin);
    const email = `new-coach-${clinic.clinicId.slice(0, 8)}@test.example`;
    const INVITE =
      'mutation ($i: InviteCoachInput!) { inviteCoach(input: $i) { url } }';
    const res = await gql<{ inviteCoach: { url: string } }>(
      app,
      INVITE,
      { i: { name: 'New Coach', email } },
      admin,
    );
    expect(res.data?.inviteCoach.url).toMatch(/\/welcome#token=/);
    await expect(
      signIn(app, { email, password: 'anything at all' }),
    ).rejects.toThrow(/401/);
    const token = tokenOf(res.data?.inviteCoach.url as string);
    expect(
      (await gql(app, RESET, { i: { token, password: 'coach password 1' } }))
        .errors,
    ).toBeUndefined();
    const cookie = await signIn(app, { email, password: 'coach password 1' });
    const me = await gql<{ me: { role: string; clinic: { id: string } } }>(
      app,
      '{ me { role clinic { id } } }',
      {},
      cookie,
    );
    expect(me.data?.me).toEqual({
      role: 'coach',
      clinic: { id: clinic.clinicId },
    });
    const twice = await gql(
      app,
      INVITE,
      { i: { name: 'Again', email } },
      admin,
    );
    expect(twice.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });
});
