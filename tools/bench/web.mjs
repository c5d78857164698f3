// The web app's weight on a phone: the initial JavaScript and what the patient's Today
// route loads on top of it (from the build's esbuild metafile), raw and gzip, and a
// Lighthouse mobile performance score of /today served by the real API.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist/apps/web';

const sizes = (files) =>
  files.reduce(
    (sum, file) => {
      const bytes = readFileSync(join(DIST, 'browser', file));
      return {
        raw: sum.raw + bytes.length,
        gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length,
      };
    },
    { raw: 0, gzip: 0 },
  );

/** A chunk and every chunk it imports statically, transitively. */
function withStaticImports(outputs, start) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of outputs[file]?.imports ?? [])
      if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(start);
  return seen;
}

export function webWeight() {
  const stats = JSON.parse(readFileSync(join(DIST, 'stats.json'), 'utf8'));
  const outputs = stats.outputs;
  // The metafile names the browser bundle's files as they are served.
  const main = Object.keys(outputs).find((f) => /^main-.*\.js$/.test(f));
  const initial = withStaticImports(outputs, main);
  // The lazy chunk whose inputs hold the patient's Today feature.
  const todayEntry = Object.entries(outputs).find(
    ([file, out]) =>
      file.endsWith('.js') &&
      Object.keys(out.inputs ?? {}).some((input) =>
        input.includes('libs/web/patient/feature-today/src/lib/today-page'),
      ),
  )?.[0];
  const today = new Set([
    ...initial,
    ...withStaticImports(outputs, todayEntry),
  ]);
  return {
    initial: sizes([...initial]),
    today: sizes([...today]),
    todayOnly: sizes([...today].filter((f) => !initial.has(f))),
  };
}

/**
 * Lighthouse (mobile, simulated throttling) with Debian's Chromium: the median of `runs`
 * runs (by score; its FCP, LCP and TBT are shown), with every run's score, because one
 * simulated run of a page this small moves by 10 points from one run to the next, as
 * tasks that ran apart in one run run together in the next. `cpuSlowdownMultiplier`
 * defaults to Lighthouse's own (4×).
 */
export async function lighthouseScore(
  url,
  cookie,
  chromePath,
  { runs = 3, ...throttling } = {},
) {
  const scored = [];
  let failed;
  for (let run = 0; run < runs; run++) {
    const result = await lighthouseRun(url, cookie, chromePath, throttling);
    if (result.error) failed = result;
    else scored.push(result);
  }
  if (scored.length === 0) return failed;
  scored.sort((a, b) => a.score - b.score);
  return {
    ...scored[Math.floor((scored.length - 1) / 2)],
    scores: scored.map((r) => r.score),
  };
}

/** One Lighthouse run, tried again once when Lighthouse itself fails. */
async function lighthouseRun(url, cookie, chromePath, throttling) {
  let last;
  for (let attempt = 1; attempt <= 2; attempt++) {
    last = await lighthouseOnce(url, cookie, chromePath, throttling);
    if (!last.error) return last;
  }
  return last;
}

/**
 * The CPU slowdown that makes this host a mid-tier phone, from its BenchmarkIndex, by
 * the table of Lighthouse's docs/throttling.md ("Calibrating the CPU slowdown"): the
 * default 4× assumes a high-end desktop (1500–2000); a low-end desktop (1000–1500) or a
 * high-end phone (800–1200) takes 2×; a host already in the mid-tier phone bracket
 * (125–800) takes 1×. The table stops at 2000: a faster host gets the slowdown that
 * brings it where 4× brings the middle of the high-end desktop bracket (1750), so
 * that a fast machine does not flatter the score.
 */
export function calibratedCpuSlowdown(benchmarkIndex) {
  if (benchmarkIndex > 2000) return Math.round((4 * benchmarkIndex) / 1750);
  if (benchmarkIndex >= 1500) return 4;
  if (benchmarkIndex >= 800) return 2;
  return 1;
}

async function lighthouseOnce(url, cookie, chromePath, throttling) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        onlyCategories: ['performance'],
        extraHeaders: { Cookie: cookie },
        logLevel: 'error',
        output: 'json',
      },
      throttling.cpuSlowdownMultiplier
        ? {
            extends: 'lighthouse:default',
            settings: {
              throttling: {
                ...(await import('lighthouse/core/config/constants.js'))
                  .throttling.mobileSlow4G,
                cpuSlowdownMultiplier: throttling.cpuSlowdownMultiplier,
              },
            },
          }
        : undefined,
    );
    const lhr = result.lhr;
    if (lhr.runtimeError)
      return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    const audits = lhr.audits;
    return {
      score: Math.round(lhr.categories.performance.score * 100),
      fcp: audits['first-contentful-paint'].displayValue,
      lcp: audits['largest-contentful-paint'].displayValue,
      tbt: audits['total-blocking-time'].displayValue,
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      cpuSlowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier,
    };
  } finally {
    chrome.kill();
  }
}
