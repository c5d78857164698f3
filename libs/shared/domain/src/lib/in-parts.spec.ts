import { mapInParts } from './in-parts';

describe('mapInParts', () => {
  it('maps every item once, in parts of the size, and answers in order', async () => {
    const seen: number[][] = [];
    const sums = await mapInParts([1, 2, 3, 4, 5, 6, 7], 3, 2, async (part) => {
      seen.push(part);
      return part.reduce((a, b) => a + b, 0);
    });
    expect(sums).toEqual([6, 15, 7]);
    expect(seen.flat().sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('runs at most `concurrency` parts at once', async () => {
    let running = 0;
    let most = 0;
    await mapInParts(
      Array.from({ length: 10 }, (_, i) => i),
      1,
      2,
      async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
      },
    );
    expect(most).toBe(2);
  });

  it('answers nothing for nothing', async () => {
    expect(await mapInParts([], 5, 2, async () => 1)).toEqual([]);
  });
});
