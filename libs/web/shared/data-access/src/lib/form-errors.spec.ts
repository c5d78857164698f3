import { fieldErrorsOf, formErrorsOf } from './session';

const badInput = {
  errors: [
    {
      message: 'input.email must be an email address',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.email', message: 'must be an email address' }],
      },
    },
  ],
};
const conflict = {
  errors: [
    {
      message: 'A runner with this email is already in your clinic.',
      extensions: { code: 'CONFLICT' },
    },
  ],
};

describe('errors a form shows', () => {
  it('takes field errors by field', () => {
    expect(fieldErrorsOf(badInput)).toEqual({
      'input.email': 'must be an email address',
    });
    expect(formErrorsOf(badInput, 'fallback')).toEqual({
      'input.email': 'must be an email address',
    });
  });

  it('shows a conflict as the server words it, and anything else as the fallback', () => {
    expect(formErrorsOf(conflict, 'fallback')).toEqual({
      form: 'A runner with this email is already in your clinic.',
    });
    expect(formErrorsOf(new Error('offline'), 'Try again.')).toEqual({
      form: 'Try again.',
    });
  });
});
