import { GraphQLError } from 'graphql';
import { BadUserInputError, NotFoundError } from './app-error';
import {
  formatGraphqlError,
  variableFieldErrors,
} from './format-graphql-error';

const fromResolver = (original: Error) =>
  new GraphQLError(original.message, {
    path: ['exercise'],
    originalError: original,
  });

describe('formatGraphqlError', () => {
  it('passes application errors with their code and fields, without a stack trace', () => {
    const report = jest.fn();
    const bad = new BadUserInputError([
      { field: 'page.size', message: 'must be an integer from 1 to 100' },
    ]);
    const error = fromResolver(bad);
    const formatted = formatGraphqlError(
      {
        message: error.message,
        path: ['exercises'],
        extensions: { ...bad.extensions, stacktrace: ['at x'] },
      },
      error,
      'req-1',
      report,
    );
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'page.size', message: 'must be an integer from 1 to 100' },
      ],
    });
    expect(report).not.toHaveBeenCalled();
  });

  it('passes NOT_FOUND as it is', () => {
    const error = fromResolver(new NotFoundError('Exercise'));
    const formatted = formatGraphqlError(
      { message: error.message, extensions: { code: 'NOT_FOUND' } },
      error,
      'r',
      jest.fn(),
    );
    expect(formatted).toEqual({
      message: 'Exercise not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('hides anything else behind INTERNAL_SERVER_ERROR and a correlation id, and reports it', () => {
    const report = jest.fn();
    const secret = new Error(
      'duplicate key value violates unique constraint: note "my knee hurts"',
    );
    const formatted = formatGraphqlError(
      {
        message: secret.message,
        path: ['logSession'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
      fromResolver(secret),
      'req-42',
      report,
    );
    expect(formatted).toEqual({
      message: 'Internal error. Reference: req-42',
      path: ['logSession'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: 'req-42' },
    });
    expect(JSON.stringify(formatted)).not.toContain('knee');
    expect(report).toHaveBeenCalledWith(secret, 'req-42');
  });

  it('does not let a thrown plain error pose as a client error by its code', () => {
    const sneaky = Object.assign(new Error('boom'), {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const formatted = formatGraphqlError(
      { message: 'boom', extensions: { code: 'BAD_USER_INPUT' } },
      fromResolver(sneaky),
      'r',
      jest.fn(),
    );
    expect(formatted.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
  });

  it('names the field of a variable of the wrong type, as a field error', () => {
    expect(
      variableFieldErrors(
        'Variable "$input" got invalid value 3.5 at "input.painAfter"; Int cannot represent non-integer value: 3.5',
      ),
    ).toEqual([
      { field: 'input.painAfter', message: 'must be a whole number' },
    ]);
    expect(
      variableFieldErrors(
        'Variable "$input" got invalid value null at "input.items[0].setsLeft"; Expected non-nullable type "Int!" not to be null.',
      ),
    ).toEqual([
      { field: 'input.items.0.setsLeft', message: 'must not be null' },
    ]);
    expect(
      variableFieldErrors(
        'Variable "$pain" got invalid value "7"; Int cannot represent non-integer value: "7"',
      ),
    ).toEqual([{ field: 'pain', message: 'must be a whole number' }]);
    expect(
      variableFieldErrors(
        'Variable "$id" of non-null type "ID!" must not be null.',
      ),
    ).toEqual([{ field: 'id', message: 'must not be null' }]);
    expect(
      variableFieldErrors(
        'Variable "$id" of required type "ID!" was not provided.',
      ),
    ).toEqual([{ field: 'id', message: 'is required' }]);
    expect(
      variableFieldErrors('Syntax Error: Unexpected Name "x"'),
    ).toBeUndefined();
  });
});
