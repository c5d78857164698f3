import {
  checkText,
  isValidTimeZone,
  type FieldError,
} from '@rehabit/shared-domain';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkName(field: string, value: string): FieldError[] {
  const errors = checkText(field, value, 120, false);
  if (errors.length === 0 && value.trim() === '')
    return [{ field, message: 'is required' }];
  return errors;
}

export function checkEmail(field: string, value: string): FieldError[] {
  return value.length <= 254 && EMAIL.test(value)
    ? []
    : [{ field, message: 'must be an email address' }];
}

/** Account ids are better-auth's (32 letters and digits) or UUIDs. */
const ACCOUNT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function checkAccountId(field: string, value: string): FieldError[] {
  return typeof value === 'string' && ACCOUNT_ID.test(value)
    ? []
    : [{ field, message: 'must be an account id' }];
}

export function checkTimeZone(field: string, value: string): FieldError[] {
  return isValidTimeZone(value) && (value.includes('/') || value === 'UTC')
    ? []
    : [{ field, message: 'must be an IANA time zone such as "Europe/London"' }];
}
