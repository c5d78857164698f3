/**
 * Maps `items` in parts of `size`, at most `concurrency` parts at a time, answering the
 * results in the order of the parts.
 */
export async function mapInParts<T, R>(
  items: readonly T[],
  size: number,
  concurrency: number,
  map: (part: T[]) => Promise<R>,
): Promise<R[]> {
  const parts: T[][] = [];
  for (let at = 0; at < items.length; at += size)
    parts.push(items.slice(at, at + size));
  const results: R[] = new Array(parts.length);
  let next = 0;
  const worker = async () => {
    while (next < parts.length) {
      const index = next++;
      results[index] = await map(parts[index]);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(concurrency, parts.length) }, worker),
  );
  return results;
}
