import type { FieldError } from './field-error';

/**
 * Password rules (RELIABILITY.md): staff at least 12 characters, runners at least 8,
 * at most 128 (never truncated), no composition rules, and none of the most common
 * passwords.
 */
export const PASSWORD_LENGTH = { staff: 12, runner: 8, max: 128 } as const;

export type PasswordHolder = 'staff' | 'runner';

/** The most common passwords of public breach lists that are long enough to pass the length rule. */
const COMMON_PASSWORDS = new Set([
  '12345678',
  '123456789',
  '1234567890',
  '12345678910',
  '123456789012',
  '1234567890123',
  'password',
  'password1',
  'password12',
  'password123',
  'password1234',
  'passw0rd',
  'iloveyou',
  'princess1',
  'sunshine1',
  'football',
  'football1',
  'baseball',
  'superman',
  'qwertyuiop',
  'qwerty123',
  'qwerty1234',
  'qwertyuiop123',
  '1q2w3e4r',
  '1q2w3e4r5t',
  '1qaz2wsx',
  'zaq12wsx',
  'abc12345',
  'abcd1234',
  'aa123456',
  '11111111',
  '111111111',
  '1111111111',
  '00000000',
  '000000000',
  '88888888',
  '87654321',
  '987654321',
  '9876543210',
  'asdfghjkl',
  'asdfasdf',
  'letmein1',
  'welcome1',
  'welcome123',
  'trustno1',
  'starwars',
  'whatever',
  'computer',
  'michelle',
  'jennifer',
  'basketball',
  'liverpool',
  'chocolate',
  'internet',
  'samsung1',
  'charlie1',
  'passwordpassword',
  'administrator',
  'changeme',
  'changeme123',
  'letmeinplease',
  'iloveyou123',
  'monkey123',
  'dragon123',
  'master123',
  'qwertyqwerty',
  'runner123',
  'running1',
  'marathon',
  'marathon1',
  'rehabit123',
  'rehabilitation',
]);

export function validatePassword(
  password: unknown,
  holder: PasswordHolder,
  field = 'password',
): FieldError[] {
  const min = PASSWORD_LENGTH[holder];
  if (typeof password !== 'string') return [{ field, message: 'is required' }];
  const length = [...password].length;
  if (length < min)
    return [{ field, message: `must be at least ${min} characters` }];
  if (length > PASSWORD_LENGTH.max)
    return [
      { field, message: `must be at most ${PASSWORD_LENGTH.max} characters` },
    ];
  if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    return [
      { field, message: 'is one of the most common passwords; choose another' },
    ];
  }
  return [];
}
