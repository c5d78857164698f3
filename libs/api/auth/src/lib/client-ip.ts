import type { NextFunction, Request, Response } from 'express';

/** The private header that carries the client's address to better-auth. */
export const CLIENT_IP_HEADER = 'x-rehabit-client-ip';

/**
 * better-auth reads the client IP only from headers. Without a proxy in front, the
 * address comes from the socket, overwriting anything the client sent, so a forged
 * X-Forwarded-For neither spreads one attacker over many addresses nor blames another.
 */
export function clientIpMiddleware(
  req: Request,
  _res: Response,
  next: NextFunction,
): void {
  req.headers[CLIENT_IP_HEADER] = req.socket.remoteAddress ?? 'unknown';
  next();
}
