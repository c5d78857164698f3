import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { hashPassword } from '@rehabit/api-auth';
import request from 'supertest';
import { prismaOf } from './test-app';

export interface Person {
  userId: string;
  email: string;
  password: string;
  runnerId?: string;
}

export interface ClinicFixture {
  clinicId: string;
  admin: Person;
  coach: Person;
  otherCoach: Person;
  runnerA: Person & { runnerId: string };
  runnerB: Person & { runnerId: string };
}

/**
 * A clinic of its own for one test file: an admin, two coaches, and two runners of
 * the first coach, all with passwords, every id and email random so that test files
 * never see each other's data.
 */
export async function createClinic(
  app: INestApplication,
  label = 'clinic',
): Promise<ClinicFixture> {
  const prisma = prismaOf(app);
  const clinicId = randomUUID();
  const tag = clinicId.slice(0, 8);
  const password = `pw-${randomUUID()}`;
  const passwordHash = await hashPassword(password);
  await prisma.organization.create({
    data: { id: clinicId, name: `${label} ${tag}`, slug: clinicId },
  });

  const person = async (
    role: 'admin' | 'coach' | 'runner',
    name: string,
  ): Promise<Person> => {
    const userId = randomUUID();
    const email = `${name}-${tag}@test.example`;
    await prisma.user.create({
      data: { id: userId, name: `${name} ${tag}`, email, emailVerified: true },
    });
    await prisma.account.create({
      data: {
        id: randomUUID(),
        userId,
        accountId: userId,
        providerId: 'credential',
        password: passwordHash,
      },
    });
    await prisma.member.create({
      data: { id: randomUUID(), organizationId: clinicId, userId, role },
    });
    return { userId, email, password };
  };
  const admin = await person('admin', 'admin');
  const coach = await person('coach', 'coach');
  const otherCoach = await person('coach', 'other-coach');
  const runner = async (name: string) => {
    const p = await person('runner', name);
    const profile = await prisma.runnerProfile.create({
      data: {
        clinicId,
        coachId: coach.userId,
        userId: p.userId,
        name: `${name} ${tag}`,
        email: p.email,
        timeZone: 'Europe/London',
        status: 'ACTIVE',
      },
    });
    return { ...p, runnerId: profile.id };
  };
  return {
    clinicId,
    admin,
    coach,
    otherCoach,
    runnerA: await runner('runner-a'),
    runnerB: await runner('runner-b'),
  };
}

/** Signs in through better-auth's endpoint and returns the session cookie. */
export async function signIn(
  app: INestApplication,
  who: { email: string; password: string },
): Promise<string> {
  const res = await request(app.getHttpServer())
    .post('/api/auth/sign-in/email')
    .set('content-type', 'application/json')
    .send({ email: who.email, password: who.password });
  if (res.status !== 200)
    throw new Error(
      `sign-in of ${who.email} failed: ${res.status} ${JSON.stringify(res.body)}`,
    );
  const cookie = ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('better-auth.session_token='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0] as string;
}
