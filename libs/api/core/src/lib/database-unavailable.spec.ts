import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from './database-unavailable';
import { formatGraphqlError } from './format-graphql-error';

const withCode = (code: string, message = 'x') =>
  Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a reset socket', withCode('ECONNRESET')],
    ['a server shutting down (57P01)', withCode('57P01')],
    ['a server in crash recovery (57P03)', withCode('57P03')],
    ['a connection exception class 08', withCode('08006')],
    ['Prisma cannot reach the server (P1001)', withCode('P1001')],
    ['a driver adapter error kind', { kind: 'DatabaseNotReachable' }],
    [
      'pg’s "Connection terminated unexpectedly"',
      new Error('Connection terminated unexpectedly'),
    ],
    [
      'a cause two levels down',
      new Error('query failed', {
        cause: new Error('wrapped', { cause: withCode('ECONNREFUSED') }),
      }),
    ],
  ])('says yes to %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505')],
    ['a check violation', withCode('23514')],
    ['a statement timeout', withCode('57014')],
    ['a programming error', new TypeError('x is undefined')],
    ['nothing', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('says no to %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('makes the client’s error SERVICE_UNAVAILABLE, and still reports it to the log', () => {
    const report = jest.fn();
    const original = withCode(
      'ECONNREFUSED',
      'connect ECONNREFUSED 127.0.0.1:5432',
    );
    const error = new GraphQLError(original.message, {
      path: ['logSession'],
      originalError: original,
    });
    const formatted = formatGraphqlError(
      { message: error.message, path: ['logSession'] },
      error,
      'req-9',
      report,
    );
    expect(formatted.extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      correlationId: 'req-9',
    });
    expect(formatted.message).not.toContain('5432');
    expect(report).toHaveBeenCalledWith(original, 'req-9');
  });
});
