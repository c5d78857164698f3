/** One problem with one input field, phrased for the person who typed it. */
export interface FieldError {
  /** Path of the field in the input, e.g. "page.size" or "dose.sets". */
  field: string;
  /** What the field must be, e.g. "must be an integer from 1 to 20". */
  message: string;
}

/** Checks an integer that must lie in [min, max]; null or undefined pass only when optional. */
export function checkIntInRange(
  field: string,
  value: unknown,
  range: { min: number; max: number },
  optional = false,
): FieldError[] {
  if (value === null || value === undefined) {
    return optional
      ? []
      : [
          {
            field,
            message: `is required (an integer from ${range.min} to ${range.max})`,
          },
        ];
  }
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < range.min ||
    value > range.max
  ) {
    return [
      {
        field,
        message: `must be an integer from ${range.min} to ${range.max}`,
      },
    ];
  }
  return [];
}

/**
 * Checks free text: at most maxLength characters (Unicode code points, so an emoji
 * counts once) and no NUL or other control characters except tab and line breaks,
 * which PostgreSQL refuses or which have no place in text a person typed.
 */
export function checkText(
  field: string,
  value: unknown,
  maxLength: number,
  optional = true,
): FieldError[] {
  if (value === null || value === undefined) {
    return optional ? [] : [{ field, message: 'is required' }];
  }
  if (typeof value !== 'string') return [{ field, message: 'must be text' }];
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value)) {
    return [{ field, message: 'must not contain control characters' }];
  }
  if ([...value].length > maxLength)
    return [{ field, message: `must be at most ${maxLength} characters` }];
  return [];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID in its canonical text form (any version). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function checkUuid(field: string, value: unknown): FieldError[] {
  return isUuid(value)
    ? []
    : [{ field, message: 'must be a UUID (e.g. 3f2b8c1e-…)' }];
}
