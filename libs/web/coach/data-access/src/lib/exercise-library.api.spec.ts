import { errorCode } from './exercise-library.api';

describe('errorCode', () => {
  it('reads the code of the first GraphQL error, and nothing from other failures', () => {
    expect(
      errorCode({
        errors: [
          { extensions: { code: 'NOT_FOUND' } },
          { extensions: { code: 'X' } },
        ],
      }),
    ).toBe('NOT_FOUND');
    expect(errorCode(new Error('network'))).toBeUndefined();
    expect(
      errorCode({ errors: [{ extensions: { code: 42 } }] }),
    ).toBeUndefined();
  });
});
