import { randomUUID } from 'node:crypto';
import type { Prisma } from '@rehabit/api-db';

/**
 * Writes a better-auth user with an email-and-password credential, and its clinic
 * membership, inside the caller's transaction: the accounts work adds behaviour
 * to better-auth's tables rather than keeping a second user table.
 */
export async function createMemberWithPassword(
  tx: Prisma.TransactionClient,
  person: {
    name: string;
    email: string;
    clinicId: string;
    role: 'admin' | 'coach' | 'runner';
    passwordHash: string;
  },
): Promise<string> {
  const userId = randomUUID();
  await tx.user.create({
    data: {
      id: userId,
      name: person.name,
      email: person.email,
      emailVerified: true,
    },
  });
  await tx.account.create({
    data: {
      id: randomUUID(),
      userId,
      accountId: userId,
      providerId: 'credential',
      password: person.passwordHash,
    },
  });
  await tx.member.create({
    data: {
      id: randomUUID(),
      organizationId: person.clinicId,
      userId,
      role: person.role,
    },
  });
  return userId;
}
