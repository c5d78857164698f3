import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createClinic, signIn, type ClinicFixture } from './clinic-fixture';
import { createTestApp, gql, prismaOf, testDatabaseName } from './test-app';

const ME = '{ me { userId role clinic { id } } }';

const post = (
  app: INestApplication,
  path: string,
  body: object,
  headers: Record<string, string> = {},
) =>
  request(app.getHttpServer())
    .post(`/api/auth${path}`)
    .set({ 'content-type': 'application/json', ...headers })
    .send(body);

describe(`accounts and sessions on ${testDatabaseName()}`, () => {
  let app: INestApplication;
  let clinic: ClinicFixture;

  beforeAll(async () => {
    app = await createTestApp();
    clinic = await createClinic(app, 'auth');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('signs in with an HttpOnly SameSite cookie and never puts the token in the body', async () => {
    const res = await post(app, '/sign-in/email', {
      email: clinic.coach.email,
      password: clinic.coach.password,
    });
    expect(res.status).toBe(200);
    const cookie = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .join(';');
    expect(cookie).toMatch(/better-auth\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(res.body).not.toHaveProperty('token');
    expect(JSON.stringify(res.body)).not.toContain(
      cookie.split('=')[1]?.split('.')[0] ?? 'x',
    );
  });

  it('answers a wrong password and an unknown account exactly alike', async () => {
    const wrong = await post(app, '/sign-in/email', {
      email: clinic.runnerA.email,
      password: 'not the password',
    });
    const unknown = await post(app, '/sign-in/email', {
      email: `nobody-${randomUUID()}@test.example`,
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(wrong.status);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('has no open sign-up', async () => {
    const email = `signup-${randomUUID()}@test.example`;
    const res = await post(app, '/sign-up/email', {
      email,
      password: 'a long enough password',
      name: 'Eve',
    });
    expect(res.status).not.toBe(200);
    expect(await prismaOf(app).user.count({ where: { email } })).toBe(0);
  });

  it('lets nobody create a clinic or send invitations through better-auth', async () => {
    const cookie = await signIn(app, clinic.admin);
    const before = await prismaOf(app).organization.count();
    const create = await post(
      app,
      '/organization/create',
      { name: 'Rogue', slug: `rogue-${randomUUID()}` },
      { cookie },
    );
    expect(create.status).not.toBe(200);
    const invite = await post(
      app,
      '/organization/invite-member',
      {
        email: 'x@test.example',
        role: 'admin',
        organizationId: clinic.clinicId,
      },
      { cookie },
    );
    expect(invite.status).not.toBe(200);
    expect(await prismaOf(app).organization.count()).toBe(before);
  });

  it('ends the session on sign-out', async () => {
    const cookie = await signIn(app, clinic.runnerA);
    expect((await gql(app, ME, {}, cookie)).errors).toBeUndefined();
    expect((await post(app, '/sign-out', {}, { cookie })).status).toBe(200);
    expect((await gql(app, ME, {}, cookie)).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('ends the other sessions when the password changes', async () => {
    const person = (await createClinic(app, 'pw')).runnerA;
    const first = await signIn(app, person);
    const second = await signIn(app, person);
    const res = await post(
      app,
      '/change-password',
      { currentPassword: person.password, newPassword: `new-${randomUUID()}` },
      { cookie: first },
    );
    expect(res.status).toBe(200);
    expect((await gql(app, ME, {}, second)).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('gives staff a 12-hour session and runners a 14-day one', async () => {
    await signIn(app, clinic.otherCoach);
    await signIn(app, clinic.runnerB);
    const sessions = await prismaOf(app).session.findMany({
      where: {
        userId: { in: [clinic.otherCoach.userId, clinic.runnerB.userId] },
      },
      orderBy: { createdAt: 'desc' },
    });
    const hours = (userId: string) => {
      const s = sessions.find((x) => x.userId === userId);
      return s
        ? (s.expiresAt.getTime() - s.createdAt.getTime()) / 3_600_000
        : NaN;
    };
    expect(hours(clinic.otherCoach.userId)).toBeCloseTo(12, 0);
    expect(hours(clinic.runnerB.userId)).toBeCloseTo(14 * 24, 0);
  });

  it('ends a staff session after 30 minutes without activity', async () => {
    const cookie = await signIn(app, clinic.admin);
    await prismaOf(app).session.updateMany({
      where: { userId: clinic.admin.userId },
      data: { updatedAt: new Date(Date.now() - 31 * 60_000) },
    });
    expect((await gql(app, ME, {}, cookie)).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('answers a cookie with a forged signature, or an unknown token, as signed out', async () => {
    const cookie = await signIn(app, clinic.runnerB);
    const signedIn = await gql<{ me: { userId: string } }>(app, ME, {}, cookie);
    expect(signedIn.data?.me.userId).toBe(clinic.runnerB.userId);
    const [name, value] = cookie.split('=') as [string, string];
    const [token, signature] = decodeURIComponent(value).split('.') as [
      string,
      string,
    ];
    const otherSignature = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    const forged = `${name}=${encodeURIComponent(`${token}.${otherSignature}`)}`;
    const unsigned = `${name}=${token}`;
    const unknown = `${name}=${encodeURIComponent(`${randomUUID()}.${signature}`)}`;
    for (const bad of [forged, unsigned, unknown])
      expect((await gql(app, ME, {}, bad)).errors?.[0]?.extensions.code).toBe(
        'UNAUTHENTICATED',
      );
  });

  it('ends a session at its expiry and removes it', async () => {
    const cookie = await signIn(app, clinic.otherCoach);
    const token = decodeURIComponent(cookie.split('=')[1] ?? '').split('.')[0];
    await prismaOf(app).session.updateMany({
      where: { token },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    expect((await gql(app, ME, {}, cookie)).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await prismaOf(app).session.count({ where: { token } })).toBe(0);
  });

  it('locks an account after 10 failures in 15 minutes, from any address, until an admin unlocks it', async () => {
    const victim = (await createClinic(app, 'lock')).coach;
    for (let i = 0; i < 10; i++) {
      const res = await post(
        app,
        '/sign-in/email',
        { email: victim.email, password: `guess-${i}` },
        { 'x-forwarded-for': `10.0.0.${i}` },
      );
      expect([401, 403]).toContain(res.status);
    }
    const locked = await post(
      app,
      '/sign-in/email',
      { email: victim.email, password: victim.password },
      { 'x-forwarded-for': '192.0.2.77' },
    );
    expect(locked.status).toBe(403);
    expect(locked.body.code).toBe('ACCOUNT_LOCKED');

    const adminOfVictim = (
      await prismaOf(app).member.findFirstOrThrow({
        where: { userId: victim.userId },
      })
    ).organizationId;
    const admin = await prismaOf(app).member.findFirstOrThrow({
      where: { organizationId: adminOfVictim, role: 'admin' },
      include: { user: true },
    });
    const adminCookie = await signIn(app, {
      email: admin.user.email,
      password: victim.password,
    });
    const unlock = await gql(
      app,
      'mutation ($e: String!) { unlockAccount(email: $e) }',
      { e: victim.email },
      adminCookie,
    );
    expect(unlock.data).toEqual({ unlockAccount: true });
    await expect(signIn(app, victim)).resolves.toMatch(
      /^better-auth\.session_token=/,
    );
  });

  it('audits sign-ins, successful and failed', async () => {
    const before = await prismaOf(app).auditEvent.count({
      where: { action: 'auth.sign-in' },
    });
    await signIn(app, clinic.runnerB);
    await post(app, '/sign-in/email', {
      email: clinic.runnerB.email,
      password: 'wrong wrong',
    });
    const rows = await prismaOf(app).auditEvent.findMany({
      where: { action: 'auth.sign-in' },
      orderBy: { occurredAt: 'desc' },
      take: 2,
    });
    expect(
      await prismaOf(app).auditEvent.count({
        where: { action: 'auth.sign-in' },
      }),
    ).toBe(before + 2);
    expect(rows.map((r) => r.outcome).sort()).toEqual(['FAILURE', 'SUCCESS']);
  });
});

describe('the per-address sign-in limit (fresh embedded database)', () => {
  it('answers 429 past the limit, whatever X-Forwarded-For says', async () => {
    const app = await createTestApp({
      DATABASE_URL: undefined,
      SIGN_IN_LIMIT_PER_HOUR: 3,
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await post(
          app,
          '/sign-in/email',
          { email: `x${i}@test.example`, password: 'whatever pw' },
          { 'x-forwarded-for': `198.51.100.${i}` },
        );
        statuses.push(res.status);
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toEqual([429, 429]);
    } finally {
      await app.close();
    }
  });

  it('behind a trusted proxy, counts each client address the proxy forwards', async () => {
    // The tests connect from this host, which plays the operator's reverse proxy.
    const app = await createTestApp({
      DATABASE_URL: undefined,
      SIGN_IN_LIMIT_PER_HOUR: 2,
      TRUSTED_PROXIES: ['127.0.0.1', '::1'],
    });
    try {
      const attempt = (client: string) =>
        post(
          app,
          '/sign-in/email',
          { email: 'nobody@test.example', password: 'whatever pw' },
          // What a client prepends is ignored: the proxy's own entry is the last one.
          { 'x-forwarded-for': `203.0.113.250, ${client}` },
        ).then((res) => res.status);
      const first = [
        await attempt('198.51.100.1'),
        await attempt('198.51.100.1'),
        await attempt('198.51.100.1'),
      ];
      expect(first).toEqual([401, 401, 429]);
      expect(await attempt('198.51.100.2')).toBe(401);
    } finally {
      await app.close();
    }
  });
});
