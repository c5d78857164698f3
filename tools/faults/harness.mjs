// What the fault harnesses share: timestamped progress, checks that count, the verdict.
import { queryOnce } from './database.mjs';
const started = Date.now();
const failures = [];

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function say(line) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  console.log(`[${seconds} s] ${line}`);
}

/** Records one property of the outcome: printed as ✓ or ✗, and any ✗ fails the run. */
export function check(holds, what) {
  console.log(`  ${holds ? '✓' : '✗'} ${what}`);
  if (!holds) failures.push(what);
}

/** Prints the verdict and sets the exit code. */
export function report(name) {
  if (failures.length === 0) {
    say(`${name}: every check held`);
    return;
  }
  say(`${name}: FAILED — ${failures.join('; ')}`);
  process.exitCode = 1;
}

/** The check every drill ends with: each acknowledged session log is in the database. */
export async function checkStored(databaseUrl, acknowledgedIds) {
  const [{ n }] = await queryOnce(
    databaseUrl,
    'SELECT count(*)::int AS n FROM session_log WHERE id = ANY($1::uuid[])',
    [acknowledgedIds],
  );
  check(
    acknowledgedIds.length > 0 && n === acknowledgedIds.length,
    `every acknowledged log is stored (${n} of ${acknowledgedIds.length})`,
  );
}

/** Runs a drill: its checks decide the exit code; an exception fails it too. */
export function runDrill(name, drill) {
  drill().then(
    () => report(name),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
