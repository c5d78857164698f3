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

export function checkTimeZone(field: string, value: string): FieldError[] {
  return isValidTimeZone(value) && (value.includes('/') || value === 'UTC')
    ? []
    : [{ field, message: 'must be an IANA time zone such as "Europe/London"' }];
}
