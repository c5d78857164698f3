import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** A client may name its request (x-request-id) if the name is short and plain. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function requestIdFor(req: Request): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given)
    ? given
    : randomUUID();
}

/**
 * Express middleware that gives every request an id, echoes it in the x-request-id
 * response header and keeps it in async context, so that the log lines and the
 * correlation id of an internal error name the same request.
 */
export function requestContextMiddleware(
  req: Request,
  res: Response,
  next: NextFunction,
): void {
  const requestId = requestIdFor(req);
  (req as Request & { id?: string }).id = requestId;
  res.setHeader('x-request-id', requestId);
  storage.run({ requestId }, next);
}

/** The id of the request being served, if any. */
export function requestIdInContext(): string | undefined {
  return storage.getStore()?.requestId;
}

/** The current request's id, or a fresh one outside any request. */
export function currentRequestId(): string {
  return requestIdInContext() ?? randomUUID();
}
