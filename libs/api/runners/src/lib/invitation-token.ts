import { createHash, randomBytes } from 'node:crypto';

/** Invitation links live at most 72 hours (RELIABILITY.md). */
export const INVITATION_LIFETIME_MS = 72 * 3_600_000;

/** A new link token: 256 random bits, URL-safe. */
export function newInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored: the SHA-256 of the token, never the token itself. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The link a runner opens. The token travels in the fragment, which browsers never
 * send to servers or in Referer headers; the web app removes it from the address bar
 * at once.
 */
export function invitationUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/join#token=${token}`;
}
