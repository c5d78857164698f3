import { randomBytes, randomUUID } from 'node:crypto';
import type { PrismaClient } from '@rehabit/api-db';
import { serializeSignedCookie } from 'better-call';
import type { Response } from 'express';
import type { Auth } from './auth-instance';

/** RELIABILITY.md: runner sessions (14 days) are rotated; a new token every day. */
export const RUNNER_ROTATE_AFTER_MS = 24 * 3_600_000;
/** The replaced token keeps working this long, for requests already on their way. */
export const ROTATION_GRACE_MS = 60_000;

interface LiveSession {
  id: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
  ipAddress?: string | null;
  userAgent?: string | null;
}

/**
 * Replaces a day-old runner session with a new token of the same absolute expiry, so
 * a token copied from a phone stops working within a day of its copying. The old
 * session is cut to a short grace period (one conditional UPDATE: of two concurrent
 * requests only one rotates), the new one is created and its signed cookie is set in
 * better-auth's own format.
 */
export async function rotateSessionIfDue(
  deps: { prisma: PrismaClient; auth: Auth },
  session: LiveSession,
  res: Response,
  now = new Date(),
): Promise<boolean> {
  if (
    now.getTime() - new Date(session.createdAt).getTime() <
    RUNNER_ROTATE_AFTER_MS
  )
    return false;
  const graceEnd = new Date(now.getTime() + ROTATION_GRACE_MS);
  const token = randomBytes(32).toString('base64url');
  const rotated = await deps.prisma.$transaction(async (tx) => {
    const retired = await tx.session.updateMany({
      where: { id: session.id, expiresAt: { gt: graceEnd } },
      data: { expiresAt: graceEnd },
    });
    if (retired.count === 0) return false;
    await tx.session.create({
      data: {
        id: randomUUID(),
        token,
        userId: session.userId,
        expiresAt: session.expiresAt,
        ipAddress: session.ipAddress ?? null,
        userAgent: session.userAgent ?? null,
        createdAt: now,
        updatedAt: now,
      },
    });
    return true;
  });
  if (!rotated) return false;
  const context = await deps.auth.$context;
  const cookie = context.authCookies.sessionToken;
  const maxAge = Math.floor(
    (new Date(session.expiresAt).getTime() - now.getTime()) / 1000,
  );
  res.append(
    'Set-Cookie',
    await serializeSignedCookie(cookie.name, token, context.secret, {
      ...cookie.attributes,
      maxAge,
    }),
  );
  return true;
}
