import { Injectable } from '@nestjs/common';
import { PrismaService, type Prisma } from '@rehabit/api-db';

/** RELIABILITY.md: a progressive delay after 5 failures, a lock after 10 in 15 minutes. */
export const LOCKOUT = {
  window: 15 * 60_000,
  delayAfter: 5,
  lockAfter: 10,
  maxDelayMs: 5_000,
} as const;

export interface LockoutStatus {
  locked: boolean;
  /** How long to wait before checking the password, growing with each failure past 5. */
  delayMs: number;
}

/**
 * Per-account sign-in attempt limits. Attempts are rows in PostgreSQL, so that every
 * API instance counts the same; an unknown email is counted like a real one, so the
 * lock says nothing about which accounts exist.
 */
@Injectable()
export class SignInLockout {
  constructor(private readonly prisma: PrismaService) {}

  async status(email: string, now = new Date()): Promise<LockoutStatus> {
    const failures = await this.prisma.client.signInAttempt.count({
      where: {
        email: normalizeEmail(email),
        succeeded: false,
        clearedAt: null,
        at: { gt: new Date(now.getTime() - LOCKOUT.window) },
      },
    });
    const past = failures - LOCKOUT.delayAfter + 1;
    return {
      locked: failures >= LOCKOUT.lockAfter,
      delayMs: past > 0 ? Math.min(past * 500, LOCKOUT.maxDelayMs) : 0,
    };
  }

  /** Which of these accounts are locked now (for the people who can unlock them). */
  async lockedAmong(emails: string[], now = new Date()): Promise<Set<string>> {
    if (emails.length === 0) return new Set();
    const counts = await this.prisma.client.signInAttempt.groupBy({
      by: ['email'],
      where: {
        email: { in: emails.map(normalizeEmail) },
        succeeded: false,
        clearedAt: null,
        at: { gt: new Date(now.getTime() - LOCKOUT.window) },
      },
      _count: { _all: true },
    });
    return new Set(
      counts
        .filter((row) => row._count._all >= LOCKOUT.lockAfter)
        .map((row) => row.email),
    );
  }

  async record(
    email: string,
    ip: string | null,
    succeeded: boolean,
  ): Promise<void> {
    const normalized = normalizeEmail(email);
    await this.prisma.client.signInAttempt.create({
      data: { email: normalized, ip, succeeded },
    });
    // A successful sign-in clears the failures before it: the count is about guessing.
    if (succeeded) {
      await this.prisma.client.signInAttempt.updateMany({
        where: { email: normalized, succeeded: false, clearedAt: null },
        data: { clearedAt: new Date() },
      });
    }
  }

  /** An admin's unlock: the failures so far stop counting. Returns how many were cleared. */
  async unlock(
    email: string,
    tx: Prisma.TransactionClient = this.prisma.client,
  ): Promise<number> {
    const { count } = await tx.signInAttempt.updateMany({
      where: {
        email: normalizeEmail(email),
        succeeded: false,
        clearedAt: null,
      },
      data: { clearedAt: new Date() },
    });
    return count;
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
