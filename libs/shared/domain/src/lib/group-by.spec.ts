import { groupBy } from './group-by';

describe('groupBy', () => {
  it('groups in order, by key', () => {
    const groups = groupBy(['ab', 'b', 'ac', 'c'], (s) => s[0]);
    expect([...groups]).toEqual([
      ['a', ['ab', 'ac']],
      ['b', ['b']],
      ['c', ['c']],
    ]);
  });
});
