import { checkUuid, isUuid } from './field-error';
import { validatePage } from './paging';

describe('isUuid / checkUuid', () => {
  it('accepts canonical UUIDs only', () => {
    expect(isUuid('3f2b8c1e-5d4a-4b7e-9c1f-0a1b2c3d4e5f')).toBe(true);
    expect(isUuid('not-a-uuid')).toBe(false);
    expect(isUuid('3f2b8c1e5d4a4b7e9c1f0a1b2c3d4e5f')).toBe(false);
    expect(isUuid(42)).toBe(false);
    expect(checkUuid('id', 'not-a-uuid')).toEqual([
      { field: 'id', message: 'must be a UUID (e.g. 3f2b8c1e-…)' },
    ]);
  });
});

describe('validatePage', () => {
  it('accepts no page, and sizes from 1 to 100', () => {
    expect(validatePage(undefined)).toEqual([]);
    expect(validatePage({ size: 1 })).toEqual([]);
    expect(validatePage({ size: 100 })).toEqual([]);
  });

  it.each([0, 101, 100000, -1])(
    'refuses size %p naming page.size and the range',
    (size) => {
      expect(validatePage({ size })).toEqual([
        { field: 'page.size', message: 'must be an integer from 1 to 100' },
      ]);
    },
  );
});
