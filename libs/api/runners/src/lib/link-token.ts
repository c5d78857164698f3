import { createHash, randomBytes } from 'node:crypto';

/** Invitation links live at most 72 hours (RELIABILITY.md). */
export const INVITATION_LIFETIME_MS = 72 * 3_600_000;
/** A handed-over password reset link lives 24 hours. */
export const RESET_LIFETIME_MS = 24 * 3_600_000;

/** A new single-use link token: 256 random bits, URL-safe. */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored: the SHA-256 of the token, never the token itself. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The link a person opens, e.g. /join or /reset. The token travels in the fragment,
 * which browsers never send to servers or in Referer headers; the web app removes
 * it from the address bar at once.
 */
export function linkUrl(
  publicUrl: string,
  page: 'join' | 'reset' | 'welcome',
  token: string,
): string {
  return `${publicUrl.replace(/\/$/, '')}/${page}#token=${token}`;
}
