import { PASSWORD_LENGTH, validatePassword } from './password-policy';

describe('validatePassword', () => {
  it('asks staff for 12 characters and runners for 8, counting characters, not bytes', () => {
    expect(validatePassword('a'.repeat(11), 'staff')).toEqual([
      { field: 'password', message: 'must be at least 12 characters' },
    ]);
    expect(validatePassword('a quiet hill', 'staff')).toEqual([]);
    expect(validatePassword('7 chars', 'runner', 'input.password')).toEqual([
      { field: 'input.password', message: 'must be at least 8 characters' },
    ]);
    // Eight characters, some outside ASCII: long enough.
    expect(validatePassword('🏃🏃ñé hill', 'runner')).toEqual([]);
  });

  it('takes up to 128 characters and refuses more instead of truncating', () => {
    expect(validatePassword('p'.repeat(PASSWORD_LENGTH.max), 'staff')).toEqual(
      [],
    );
    expect(
      validatePassword('p'.repeat(PASSWORD_LENGTH.max + 1), 'staff'),
    ).toEqual([
      { field: 'password', message: 'must be at most 128 characters' },
    ]);
  });

  it('has no composition rules: a plain lower-case phrase is fine', () => {
    expect(validatePassword('slow easy miles', 'runner')).toEqual([]);
  });

  it('refuses the most common passwords, whatever their case', () => {
    const refused = validatePassword('Password123', 'runner');
    expect(refused).toHaveLength(1);
    expect(refused[0]?.message).toMatch(/common/);
    expect(validatePassword('marathon1', 'runner')[0]?.message).toMatch(
      /common/,
    );
  });

  it('refuses what is not text', () => {
    expect(validatePassword(undefined, 'runner')).toEqual([
      { field: 'password', message: 'is required' },
    ]);
  });
});
