import { BadUserInputError } from './app-error';

/**
 * Opaque keyset cursors: the sort key of the last item of a page, as base64url
 * JSON. Clients only hand them back; a cursor that does not decode is bad input.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(
  cursor: string,
  arity: number,
  field = 'page.cursor',
): (string | number)[] {
  try {
    const key: unknown = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    );
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((part) => typeof part === 'string' || typeof part === 'number')
    ) {
      return key;
    }
  } catch {
    // falls through to the error below
  }
  throw new BadUserInputError([
    { field, message: 'is not a cursor this API handed out' },
  ]);
}
