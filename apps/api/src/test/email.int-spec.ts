import type { INestApplication } from '@nestjs/common';
import { createClinic, signIn, type ClinicFixture } from './clinic-fixture';
import { eventually, startSmtpCapture } from './smtp-capture';
import { createTestApp, gql, prismaOf, testDatabaseName } from './test-app';

const ADD_RUNNER = `mutation ($i: AddRunnerInput!) {
  addRunner(input: $i) { url emailed runner { email } } }`;
const INVITE_COACH = `mutation ($i: InviteCoachInput!) {
  inviteCoach(input: $i) { url emailed } }`;
const REQUEST_RESET =
  'mutation ($e: String!) { requestPasswordReset(email: $e) }';
const RESET =
  'mutation ($i: ResetPasswordInput!) { resetPassword(input: $i) { email } }';

const linkIn = (raw: string) =>
  /https?:\/\/\S+#token=[A-Za-z0-9_-]+/.exec(raw)?.[0];

describe(`email (SMTP configured) on ${testDatabaseName()}`, () => {
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  let app: INestApplication;
  let clinic: ClinicFixture;
  let coach: string;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    app = await createTestApp({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Clinic <clinic@test.example>',
    });
    clinic = await createClinic(app, 'email');
    coach = await signIn(app, clinic.coach);
  });

  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  it('emails a new runner the same invitation link the coach sees', async () => {
    const email = `emailed-${Date.now()}@test.example`;
    const res = await gql<{ addRunner: { url: string; emailed: boolean } }>(
      app,
      ADD_RUNNER,
      { i: { name: 'Mail Runner', email, timeZone: 'Europe/Dublin' } },
      coach,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.addRunner.emailed).toBe(true);
    const [mail] = smtp.mailsTo(email);
    expect(mail?.raw).toContain('From: Clinic <clinic@test.example>');
    expect(mail?.raw).toMatch(/Subject: .*invited you to email/);
    expect(linkIn(mail?.raw ?? '')).toBe(res.data?.addRunner.url);
  });

  it('emails an invited coach their welcome link', async () => {
    const admin = await signIn(app, clinic.admin);
    const email = `new-coach-${Date.now()}@test.example`;
    const res = await gql<{ inviteCoach: { url: string; emailed: boolean } }>(
      app,
      INVITE_COACH,
      { i: { name: 'New Coach', email } },
      admin,
    );
    expect(res.data?.inviteCoach.emailed).toBe(true);
    expect(linkIn(smtp.mailsTo(email)[0]?.raw ?? '')).toBe(
      res.data?.inviteCoach.url,
    );
  });

  it('emails a reset link on request, which sets a new password', async () => {
    expect((await gql(app, '{ passwordResetByEmail }')).data).toEqual({
      passwordResetByEmail: true,
    });
    const who = clinic.runnerB;
    const res = await gql(app, REQUEST_RESET, { e: who.email.toUpperCase() });
    expect(res.data).toEqual({ requestPasswordReset: true });
    const mail = await eventually(() => smtp.mailsTo(who.email)[0]);
    const url = linkIn(mail.raw) as string;
    expect(url).toMatch(/\/reset#token=/);
    const token = url.split('#token=')[1];
    expect(
      (
        await gql(app, RESET, {
          i: { token, password: 'emailed new password' },
        })
      ).data,
    ).toEqual({ resetPassword: { email: who.email } });
    await expect(
      signIn(app, { email: who.email, password: 'emailed new password' }),
    ).resolves.toMatch(/session/);
  });

  it('answers an unknown address exactly like a known one, and sends nothing', async () => {
    const before = smtp.mails.length;
    const res = await gql(app, REQUEST_RESET, {
      e: 'nobody-here@test.example',
    });
    expect(res).toEqual({
      status: 200,
      data: { requestPasswordReset: true },
      errors: undefined,
    });
    // A known address's email goes out within milliseconds here; give it time to show.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.mails.length).toBe(before);
  });

  it('sends one emailed link per account every 5 minutes, however often it is asked for', async () => {
    const who = clinic.otherCoach;
    for (let i = 0; i < 3; i++) {
      expect((await gql(app, REQUEST_RESET, { e: who.email })).data).toEqual({
        requestPasswordReset: true,
      });
    }
    await eventually(() => smtp.mailsTo(who.email)[0]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.mailsTo(who.email)).toHaveLength(1);
    const outcomes = await prismaOf(app).auditEvent.findMany({
      where: { action: 'auth.reset.request', actorUserId: who.userId },
      select: { outcome: true },
    });
    expect(outcomes.map((o) => o.outcome).sort()).toEqual([
      'DENIED',
      'DENIED',
      'SUCCESS',
    ]);
  });

  it('refuses a malformed address, naming the field', async () => {
    const res = await gql(app, REQUEST_RESET, { e: 'not an email' });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', message: 'must be an email address' }],
    });
  });
});

describe(`email (mail server down) on ${testDatabaseName()}`, () => {
  let app: INestApplication;

  beforeAll(async () => {
    const smtp = await startSmtpCapture();
    const url = smtp.url;
    await smtp.close(); // nothing listens there any more
    app = await createTestApp({ SMTP_URL: url });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('still adds the runner and hands the link to the coach', async () => {
    const clinic = await createClinic(app, 'mail-down');
    const coach = await signIn(app, clinic.coach);
    const res = await gql<{ addRunner: { url: string; emailed: boolean } }>(
      app,
      ADD_RUNNER,
      {
        i: {
          name: 'Offline Mail',
          email: `down-${Date.now()}@test.example`,
          timeZone: 'UTC',
        },
      },
      coach,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.addRunner).toMatchObject({ emailed: false });
    expect(res.data?.addRunner.url).toMatch(/\/join#token=/);
  });
});

describe(`email (no SMTP) on ${testDatabaseName()}`, () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('says no link can be emailed, for any address, so the page can send people to their clinic', async () => {
    expect((await gql(app, '{ passwordResetByEmail }')).data).toEqual({
      passwordResetByEmail: false,
    });
    const clinic = await createClinic(app, 'no-smtp');
    for (const e of [clinic.runnerA.email, 'unknown@test.example']) {
      expect((await gql(app, REQUEST_RESET, { e })).data).toEqual({
        requestPasswordReset: false,
      });
    }
    expect(
      await prismaOf(app).passwordReset.count({
        where: { userId: clinic.runnerA.userId },
      }),
    ).toBe(0);
  });
});
