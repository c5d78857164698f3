import { createHash, randomBytes } from 'node:crypto';
import { BadUserInputError } from '@rehabit/api-core';

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

/** What a single-use link row records about its state. */
export interface LinkState {
  usedAt: Date | null;
  invalidatedAt: Date | null;
}

/** What the person is told when a link cannot be used, by the reason it cannot. */
export interface UnusableLinkMessages {
  unknown: string;
  used: string;
  replaced: string;
  expired: string;
}

/**
 * Why a link that could not be consumed is unusable, as the field error on
 * `input.token` (the link was unknown, used, replaced by a newer one, or expired).
 */
export function unusableLinkError(
  link: LinkState | null,
  messages: UnusableLinkMessages,
): BadUserInputError {
  const message = !link
    ? messages.unknown
    : link.usedAt
      ? messages.used
      : link.invalidatedAt
        ? messages.replaced
        : messages.expired;
  return new BadUserInputError([{ field: 'input.token', message }]);
}
