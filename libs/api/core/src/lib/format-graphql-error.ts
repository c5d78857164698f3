import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { AppError } from './app-error';

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
 * reported to the server log with a correlation id, and the client sees only
 * INTERNAL_SERVER_ERROR and that id.
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

const VARIABLE_ERROR =
  /^Variable "\$\w+" got invalid value .* at "([^"]+)"; (.*)$/s;

/**
 * GraphQL refuses a variable of the wrong type before any resolver runs ("Variable
 * "$input" got invalid value 3.5 at "input.painAfter"; Int cannot represent
 * non-integer value: 3.5"). This names the field the way our own errors do, so a form
 * can show it beside the input.
 */
export function variableFieldErrors(
  message: string,
): { field: string; message: string }[] | undefined {
  const match = VARIABLE_ERROR.exec(message);
  if (!match) return undefined;
  const [, field, reason] = match as unknown as [string, string, string];
  const wording = /Int cannot represent/.test(reason)
    ? 'must be a whole number'
    : /Float cannot represent/.test(reason)
      ? 'must be a number'
      : /String cannot represent/.test(reason)
        ? 'must be text'
        : /Boolean cannot represent/.test(reason)
          ? 'must be true or false'
          : /does not exist in ".*" enum/.test(reason)
            ? 'must be one of the listed values'
            : reason;
  return [{ field, message: wording }];
}
