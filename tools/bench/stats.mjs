// Figures: medians and percentiles of timings, and a table printer.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs fn n times after a warm-up, answering the median wall time in ms and, apart, the
 * time of the very first call (a report's first read computes every day; later reads
 * find the ended days kept: docs/adherence.md, "Days kept").
 */
export async function timeRuns(fn, { runs = 7, warmUp = 2 } = {}) {
  const elapsed = async () => {
    const start = process.hrtime.bigint();
    await fn();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const first = await elapsed();
  for (let i = 1; i < warmUp; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await elapsed());
  return { first, median: median(times) };
}

export const ms = (n) => `${n.toFixed(1)} ms`;
export const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** A Markdown table (what docs/benchmarks.md holds). */
export function table(columns, rows) {
  const widths = columns.map((c, i) =>
    Math.max(c.length, ...rows.map((r) => String(r[i]).length)),
  );
  const line = (cells) =>
    `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [
    line(columns),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}
