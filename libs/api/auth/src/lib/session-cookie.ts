import { createHmac, timingSafeEqual } from 'node:crypto';
import { parseCookies } from 'better-call';

/** better-call's signature: base64 (with padding) of a 32-byte HMAC-SHA256. */
const SIGNATURE_LENGTH = 44;

/**
 * The session token in a request's cookie header, when its signature is right; null
 * when the cookie is missing, malformed or signed with another secret.
 *
 * The cookie is better-auth's own (`token.signature`, HMAC-SHA256 with the auth secret,
 * as better-call's getSignedCookie checks it). It is read here, with node:crypto and one
 * comparison in constant time, because every request reads it: better-auth's getSession
 * spent more time importing a WebCrypto key and reading the session and its user in two
 * ORM queries than the rest of a session log took (docs/benchmarks.md).
 */
export function sessionTokenOf(
  cookieHeader: string | undefined,
  cookieName: string,
  secret: string,
): string | null {
  if (!cookieHeader) return null;
  const value = parseCookies(cookieHeader).get(cookieName);
  if (!value) return null;
  const dot = value.lastIndexOf('.');
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1));
  if (signature.length !== SIGNATURE_LENGTH) return null;
  const expected = Buffer.from(
    createHmac('sha256', secret).update(token).digest('base64'),
  );
  return timingSafeEqual(signature, expected) ? token : null;
}
