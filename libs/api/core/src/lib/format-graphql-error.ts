import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { AppError, ErrorCode } from './app-error';
import { isDatabaseUnavailable } from './database-unavailable';

/** Apollo's own codes for documents it refused before any resolver ran. */
const CLIENT_FACING_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export interface ErrorReport {
  (error: unknown, correlationId: string): void;
}

/**
 * The one place that decides what a client sees of an error. Application errors and
 * Apollo's request-validation errors pass (without stack traces); anything else is
 * reported to the server log with a correlation id, and the client sees only that id
 * and SERVICE_UNAVAILABLE (the database cannot be reached: try again) or
 * INTERNAL_SERVER_ERROR.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  correlationId: string,
  report: ErrorReport,
): GraphQLFormattedError {
  const original =
    error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const code = formatted.extensions?.['code'];
  if (
    original instanceof AppError ||
    (typeof code === 'string' &&
      CLIENT_FACING_CODES.has(code) &&
      !isWrapped(error))
  ) {
    const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
    const fields =
      code === 'BAD_USER_INPUT' && !extensions['fields']
        ? variableFieldErrors(formatted.message)
        : undefined;
    return {
      ...formatted,
      extensions: fields ? { ...extensions, fields } : extensions,
    };
  }
  report(original, correlationId);
  if (isDatabaseUnavailable(original))
    return {
      message: `Rehabit cannot reach its database just now; nothing was saved. Try again in a moment. Reference: ${correlationId}`,
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, correlationId },
    };
  return {
    message: `Internal error. Reference: ${correlationId}`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
  };
}

/** True when a resolver threw something that is not an application error. */
function isWrapped(error: unknown): boolean {
  return (
    error instanceof GraphQLError &&
    error.originalError !== undefined &&
    !(error.originalError instanceof GraphQLError)
  );
}

/** graphql-js's three ways of refusing a variable before any resolver runs. */
const VARIABLE_ERRORS: {
  pattern: RegExp;
  reason: (m: RegExpExecArray) => string;
}[] = [
  {
    // Variable "$input" got invalid value 3.5 at "input.painAfter"; Int cannot …
    // Variable "$pain" got invalid value 3.5; Int cannot …
    pattern:
      /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s,
    reason: (m) => m[3] as string,
  },
  {
    pattern: /^Variable "\$(\w+)" of non-null type ".*" must not be null\.$/s,
    reason: () => 'must not be null',
  },
  {
    pattern: /^Variable "\$(\w+)" of required type ".*" was not provided\.$/s,
    reason: () => 'is required',
  },
];

/**
 * GraphQL refuses a variable of the wrong type before any resolver runs ("Variable
 * "$input" got invalid value 3.5 at "input.painAfter"; Int cannot represent
 * non-integer value: 3.5"). This names the field the way our own errors do
 * ("input.items.0.setsLeft": list indexes as path segments), so a form can show it
 * beside the input.
 */
export function variableFieldErrors(
  message: string,
): { field: string; message: string }[] | undefined {
  for (const { pattern, reason } of VARIABLE_ERRORS) {
    const match = pattern.exec(message);
    if (!match) continue;
    const path = (match[2] ?? match[1]) as string;
    const field = path.replace(/\[(\d+)\]/g, '.$1');
    return [{ field, message: plainWording(reason(match)) }];
  }
  return undefined;
}

function plainWording(reason: string): string {
  return /Int cannot represent/.test(reason)
    ? 'must be a whole number'
    : /Float cannot represent/.test(reason)
      ? 'must be a number'
      : /(String|ID) cannot represent/.test(reason)
        ? 'must be text'
        : /Boolean cannot represent/.test(reason)
          ? 'must be true or false'
          : /does not exist in ".*" enum|Enum ".*" cannot represent/.test(
                reason,
              )
            ? 'must be one of the listed values'
            : /must not be null|not to be null/.test(reason)
              ? 'must not be null'
              : reason;
}
