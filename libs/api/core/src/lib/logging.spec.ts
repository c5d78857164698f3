import { describeError } from './logging';

describe('describeError', () => {
  it('keeps the kind, code and stack frames of an error but never its message', () => {
    const error = Object.assign(
      new Error('pain note: "sharp pain in left buttock"'),
      { code: 'P2002' },
    );
    const described = describeError(error);
    expect(described).toMatchObject({ name: 'Error', code: 'P2002' });
    expect(JSON.stringify(described)).not.toContain('buttock');
    expect((described['stack'] as string[]).length).toBeGreaterThan(0);
  });
});
