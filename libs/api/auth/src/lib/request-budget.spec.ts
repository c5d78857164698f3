import { budgetVerdict } from './request-budget';

describe('budgetVerdict', () => {
  const spend = (now: string) => ({
    key: 'graphql:198.51.100.7',
    limit: 3,
    now: new Date(now),
  });

  it('allows a spend up to the limit and refuses the one after', () => {
    expect(budgetVerdict(spend('2026-11-27T10:00:05Z'), 3).allowed).toBe(true);
    expect(budgetVerdict(spend('2026-11-27T10:00:05Z'), 4).allowed).toBe(false);
  });

  it('asks to wait until the minute ends, rounded up to whole seconds', () => {
    expect(
      budgetVerdict(spend('2026-11-27T10:00:05.000Z'), 4).retryAfterSeconds,
    ).toBe(55);
    expect(
      budgetVerdict(spend('2026-11-27T10:00:59.200Z'), 4).retryAfterSeconds,
    ).toBe(1);
    expect(
      budgetVerdict(spend('2026-11-27T10:00:00.000Z'), 4).retryAfterSeconds,
    ).toBe(60);
  });
});
