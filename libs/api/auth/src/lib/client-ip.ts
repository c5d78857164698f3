import { isIP } from 'node:net';
import type { NextFunction, Request, Response } from 'express';

/** The private header that carries the client's address to better-auth. */
export const CLIENT_IP_HEADER = 'x-rehabit-client-ip';

/** "::ffff:10.0.0.1" and "10.0.0.1" are one client. */
function canonicalIp(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4
    ? trimmed.slice(7)
    : trimmed;
}

/**
 * The client's address. It comes from the socket, unless the socket is one of the
 * operator's reverse proxies (TRUSTED_PROXIES): then X-Forwarded-For is read from the
 * right, skipping the trusted proxies, and the first other address is the client. A
 * client can prepend anything to that header, so only what trusted hops appended counts.
 */
export function clientIpOf(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: ReadonlySet<string>,
): string {
  const socket = canonicalIp(socketAddress ?? 'unknown');
  if (!trustedProxies.has(socket) || !forwardedFor) return socket;
  const hops = (
    Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor
  )
    .split(',')
    .map(canonicalIp)
    .filter((hop) => isIP(hop) !== 0);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] as string;
    if (!trustedProxies.has(hop)) return hop;
  }
  return hops[0] ?? socket;
}

/**
 * better-auth reads the client IP only from headers, so this sets a private header
 * from clientIpOf, overwriting anything the client sent: a forged X-Forwarded-For
 * neither spreads one attacker over many addresses nor blames another.
 */
export function clientIpMiddleware(trustedProxies: readonly string[]) {
  const trusted = new Set(trustedProxies.map(canonicalIp));
  return (req: Request, _res: Response, next: NextFunction): void => {
    req.headers[CLIENT_IP_HEADER] = clientIpOf(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for'],
      trusted,
    );
    next();
  };
}
