import type { FieldError } from '@rehabit/shared-domain';
import { GraphQLError } from 'graphql';

/**
 * The error codes a client can see, each mapped once to GraphQL `extensions.code`.
 * Anything else that escapes a resolver becomes INTERNAL_SERVER_ERROR with a
 * correlation id and no detail (see format-graphql-error.ts).
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** The database cannot be reached just now: nothing was done; try again. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

/** An error meant for the client: its message and extensions reach it unchanged. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

/**
 * Bad input, naming every offending field and its rule:
 * "page.size must be an integer from 1 to 100".
 */
export class BadUserInputError extends AppError {
  constructor(readonly fieldErrors: readonly FieldError[]) {
    super(
      ErrorCode.BAD_USER_INPUT,
      fieldErrors.map((e) => `${e.field} ${e.message}`).join('; '),
      { fields: fieldErrors },
    );
  }
}

/** Throws BadUserInputError when any check found a problem. */
export function assertValid(fieldErrors: readonly FieldError[]): void {
  if (fieldErrors.length > 0) throw new BadUserInputError(fieldErrors);
}

/**
 * Not found, or not visible to the caller: both answer exactly alike, so that
 * another clinic's objects cannot be told apart from random ids.
 */
export class NotFoundError extends AppError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} not found`);
  }
}
