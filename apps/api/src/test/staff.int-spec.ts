import type { INestApplication } from '@nestjs/common';
import { LOCKOUT } from '@rehabit/api-auth';
import { createClinic, signIn, type ClinicFixture } from './clinic-fixture';
import { createTestApp, gql, prismaOf, testDatabaseName } from './test-app';

const STAFF = '{ staffMembers { id name email role joined signInLocked } }';
const ROSTER = '{ runners { items { email signInLocked } } }';

describe(`the clinic's staff and locked accounts, for an admin, on ${testDatabaseName()}`, () => {
  let app: INestApplication;
  let clinic: ClinicFixture;
  let admin: string;

  beforeAll(async () => {
    app = await createTestApp();
    clinic = await createClinic(app, 'staff');
    admin = await signIn(app, clinic.admin);
  });

  afterAll(async () => {
    await app?.close();
  });

  /** Ten failed sign-ins, as if guessed just now. */
  const lockOut = (email: string) =>
    prismaOf(app).signInAttempt.createMany({
      data: Array.from({ length: LOCKOUT.lockAfter }, () => ({
        email,
        ip: '198.51.100.1',
        succeeded: false,
      })),
    });

  it('lists the admins and coaches, with who has joined, and no runners', async () => {
    const invited = await gql<{ inviteCoach: { url: string } }>(
      app,
      'mutation ($i: InviteCoachInput!) { inviteCoach(input: $i) { url } }',
      { i: { name: 'Zed Invited', email: `zed-${Date.now()}@test.example` } },
      admin,
    );
    expect(invited.errors).toBeUndefined();
    const res = await gql<{
      staffMembers: { email: string; role: string; joined: boolean }[];
    }>(app, STAFF, {}, admin);
    const byEmail = new Map(res.data?.staffMembers.map((s) => [s.email, s]));
    expect(byEmail.get(clinic.admin.email)).toMatchObject({
      role: 'admin',
      joined: true,
    });
    expect(byEmail.get(clinic.coach.email)).toMatchObject({
      role: 'coach',
      joined: true,
    });
    expect(
      res.data?.staffMembers.find((s) => s.email.startsWith('zed-')),
    ).toMatchObject({ role: 'coach', joined: false });
    expect(byEmail.has(clinic.runnerA.email)).toBe(false);
    expect(res.data?.staffMembers).toHaveLength(4);
  });

  it('shows a locked coach and a locked runner as locked until the admin unlocks them', async () => {
    await lockOut(clinic.otherCoach.email);
    await lockOut(clinic.runnerA.email);
    const lockedStaff = async () =>
      (
        await gql<{ staffMembers: { email: string; signInLocked: boolean }[] }>(
          app,
          STAFF,
          {},
          admin,
        )
      ).data?.staffMembers
        .filter((s) => s.signInLocked)
        .map((s) => s.email);
    const lockedRunners = async () =>
      (
        await gql<{
          runners: { items: { email: string; signInLocked: boolean }[] };
        }>(app, ROSTER, {}, admin)
      ).data?.runners.items
        .filter((r) => r.signInLocked)
        .map((r) => r.email);

    expect(await lockedStaff()).toEqual([clinic.otherCoach.email]);
    expect(await lockedRunners()).toEqual([clinic.runnerA.email]);

    for (const email of [clinic.otherCoach.email, clinic.runnerA.email]) {
      const res = await gql(
        app,
        'mutation ($e: String!) { unlockAccount(email: $e) }',
        { e: email },
        admin,
      );
      expect(res.data).toEqual({ unlockAccount: true });
    }
    expect(await lockedStaff()).toEqual([]);
    expect(await lockedRunners()).toEqual([]);
  });

  it('does not show another clinic its staff', async () => {
    const other = await createClinic(app, 'staff-other');
    const otherAdmin = await signIn(app, other.admin);
    const res = await gql<{ staffMembers: { email: string }[] }>(
      app,
      STAFF,
      {},
      otherAdmin,
    );
    expect(res.data?.staffMembers.map((s) => s.email).sort()).toEqual(
      [other.admin.email, other.coach.email, other.otherCoach.email].sort(),
    );
  });
});
