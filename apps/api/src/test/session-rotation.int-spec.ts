import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createClinic, signIn, type ClinicFixture } from './clinic-fixture';
import { createTestApp, prismaOf, testDatabaseName } from './test-app';

const ME = JSON.stringify({ query: '{ me { userId } }' });
const DAY_MS = 24 * 3_600_000;

/** Asks `me` with a cookie; returns who answered and any new session cookie. */
async function me(app: INestApplication, cookie: string) {
  const res = await request(app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('cookie', cookie)
    .send(ME);
  const rotated = ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('better-auth.session_token='));
  return {
    userId: (res.body.data?.me?.userId as string | undefined) ?? null,
    code: res.body.errors?.[0]?.extensions?.code as string | undefined,
    rotated,
  };
}

describe(`runner session rotation on ${testDatabaseName()}`, () => {
  let app: INestApplication;
  let clinic: ClinicFixture;

  beforeAll(async () => {
    app = await createTestApp();
    clinic = await createClinic(app, 'rotation');
  });

  afterAll(async () => {
    await app?.close();
  });

  /** Makes every session of a user look as if it was created this long ago. */
  const age = (userId: string, ms: number) =>
    prismaOf(app).session.updateMany({
      where: { userId },
      data: { createdAt: new Date(Date.now() - ms) },
    });

  it('keeps a fresh runner session as it is', async () => {
    const cookie = await signIn(app, clinic.runnerA);
    const answer = await me(app, cookie);
    expect(answer.userId).toBe(clinic.runnerA.userId);
    expect(answer.rotated).toBeUndefined();
  });

  it('gives a day-old runner session a new token with the same end, and retires the old one within a minute', async () => {
    const who = clinic.runnerB;
    const cookie = await signIn(app, who);
    const [before] = await prismaOf(app).session.findMany({
      where: { userId: who.userId },
    });
    await age(who.userId, DAY_MS + 60_000);

    const answer = await me(app, cookie);
    expect(answer.userId).toBe(who.userId);
    expect(answer.rotated).toMatch(/HttpOnly/);
    expect(answer.rotated).toMatch(/SameSite=Lax/);
    const newCookie = (answer.rotated as string).split(';')[0] as string;
    expect(newCookie).not.toBe(cookie);

    const sessions = await prismaOf(app).session.findMany({
      where: { userId: who.userId },
      orderBy: { createdAt: 'asc' },
    });
    expect(sessions).toHaveLength(2);
    const [old, fresh] = sessions;
    expect(old?.id).toBe(before?.id);
    expect(old?.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
    expect(fresh?.expiresAt.getTime()).toBe(before?.expiresAt.getTime());

    // The new cookie works and is not rotated again; the old one still works during
    // its grace minute without starting a second rotation.
    expect(await me(app, newCookie)).toEqual({
      userId: who.userId,
      code: undefined,
      rotated: undefined,
    });
    expect(await me(app, cookie)).toEqual({
      userId: who.userId,
      code: undefined,
      rotated: undefined,
    });

    // Once the grace minute is over, the old token is refused.
    await prismaOf(app).session.update({
      where: { id: old?.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await me(app, cookie)).code).toBe('UNAUTHENTICATED');
    expect((await me(app, newCookie)).userId).toBe(who.userId);
  });

  it('rotates only once when two requests arrive together with the old token', async () => {
    const who = clinic.runnerA;
    await prismaOf(app).session.deleteMany({ where: { userId: who.userId } });
    const cookie = await signIn(app, who);
    await age(who.userId, DAY_MS + 60_000);
    const answers = await Promise.all([me(app, cookie), me(app, cookie)]);
    expect(answers.map((a) => a.userId)).toEqual([who.userId, who.userId]);
    expect(answers.filter((a) => a.rotated)).toHaveLength(1);
    expect(
      await prismaOf(app).session.count({ where: { userId: who.userId } }),
    ).toBe(2);
  });

  it('does not rotate staff sessions (they end after 12 hours anyway)', async () => {
    const cookie = await signIn(app, clinic.coach);
    await age(clinic.coach.userId, DAY_MS / 2 - 60_000);
    const answer = await me(app, cookie);
    expect(answer.userId).toBe(clinic.coach.userId);
    expect(answer.rotated).toBeUndefined();
  });
});
