import { parse } from 'graphql';
import { inputGuardPlugin, inputProblems } from './input-guard';

const CONTROL = 'must not contain control characters';

describe('inputProblems', () => {
  it('names every text holding a NUL by its argument path, from variables and literals', () => {
    expect(
      inputProblems(
        parse(
          'mutation ($i: X, $id: ID) { f(input: $i, id: $id, note: "a\\u0000") }',
        ),
        {
          i: { note: 'fine', items: [{ cue: 'a\u0000b' }, { cue: 'ok' }] },
          id: '\u0000',
        },
      ),
    ).toEqual([
      { field: 'input.items.0.cue', message: CONTROL },
      { field: 'id', message: CONTROL },
      { field: 'note', message: CONTROL },
    ]);
  });

  it('refuses a page of 1,000,000, written in or as a variable', () => {
    const range = 'must be an integer from 1 to 100';
    expect(
      inputProblems(parse('{ runners(page: { size: 1000000 }) { totalCount } }')),
    ).toEqual([{ field: 'page.size', message: range }]);
    expect(
      inputProblems(
        parse('query ($p: PageInput) { runners(page: $p) { totalCount } }'),
        {
          p: { size: 1_000_000 },
        },
      ),
    ).toEqual([{ field: 'page.size', message: range }]);
    expect(
      inputProblems(parse('{ runners(page: { size: 100 }) { totalCount } }')),
    ).toEqual([]);
  });

  it('lets everything else through, emoji and right-to-left text included', () => {
    expect(
      inputProblems(parse('mutation ($i: X) { f(input: $i, s: "🏃") }'), {
        i: { note: '🏃‍♀️ مرحبا', n: 3, b: true, z: null },
      }),
    ).toEqual([]);
  });
});

describe('inputGuardPlugin', () => {
  it('answers a problem as BAD_USER_INPUT with the fields, before the operation runs', async () => {
    const hooks = await inputGuardPlugin().requestDidStart?.({} as never);
    await expect(
      hooks?.didResolveOperation?.({
        request: { variables: { i: { note: 'a\u0000' } } },
        document: parse('mutation ($i: X) { f(input: $i) }'),
      } as never),
    ).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.note', message: CONTROL }],
      },
    });
  });
});
