import { runnersVisibleTo, type Viewer } from '@rehabit/api-auth';
import {
  checkEmail,
  checkName,
  checkTimeZone,
} from './runner-input.validation';

const viewer = (
  role: Viewer['role'],
  runnerId: string | null = null,
): Viewer => ({
  userId: 'u1',
  name: 'N',
  email: 'n@x.test',
  clinicId: 'c1',
  role,
  runnerId,
});

describe('runnersVisibleTo', () => {
  it('always scopes by the viewer’s clinic, and narrows to a coach’s own runners or a runner themself, never an erased one', () => {
    expect(runnersVisibleTo(viewer('admin'))).toEqual({
      clinicId: 'c1',
      erasedAt: null,
    });
    expect(runnersVisibleTo(viewer('coach'))).toEqual({
      clinicId: 'c1',
      coachId: 'u1',
      erasedAt: null,
    });
    expect(runnersVisibleTo(viewer('runner', 'r1'))).toEqual({
      clinicId: 'c1',
      id: 'r1',
      erasedAt: null,
    });
  });

  it('shows a runner without a profile nothing', () => {
    expect(runnersVisibleTo(viewer('runner', null))).toEqual({
      clinicId: 'c1',
      id: '00000000-0000-0000-0000-000000000000',
      erasedAt: null,
    });
  });
});

describe('runner input checks', () => {
  it('names the field and the rule', () => {
    expect(checkName('input.name', '')).toEqual([
      { field: 'input.name', message: 'is required' },
    ]);
    expect(checkName('input.name', 'Ana')).toEqual([]);
    expect(checkEmail('input.email', 'ana@x')).toEqual([
      { field: 'input.email', message: 'must be an email address' },
    ]);
    expect(checkEmail('input.email', 'ana@x.test')).toEqual([]);
    expect(checkTimeZone('input.timeZone', 'Pacific/Auckland')).toEqual([]);
    expect(checkTimeZone('input.timeZone', 'UTC')).toEqual([]);
    expect(checkTimeZone('input.timeZone', 'EST')).toEqual([
      {
        field: 'input.timeZone',
        message: 'must be an IANA time zone such as "Europe/London"',
      },
    ]);
  });
});
