// A PostgreSQL cluster of the harness's own (initdb in a temporary folder, on another
// port), so that it can be stopped and started without touching the shared server.
import { spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian keeps the server programs out of PATH, under /usr/lib/postgresql/<major>/bin. */
function pgBin(program) {
  const found = spawnSync('sh', [
    '-c',
    `ls -d /usr/lib/postgresql/*/bin/${program} 2>/dev/null | sort -V | tail -n 1`,
  ]);
  const path = found.stdout.toString().trim();
  return path || program;
}

/** PostgreSQL refuses to run as root; the harness runs the cluster as `postgres` then. */
function asServerUser(args) {
  const command =
    process.getuid?.() === 0
      ? ['runuser', '-u', 'postgres', '--', ...args]
      : args;
  const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(
      `${args.join(' ')} failed: ${result.stderr || result.stdout}`,
    );
  return result.stdout;
}

export function throwawayCluster(port) {
  const dir = mkdtempSync(join(tmpdir(), 'rehabit-fault-pg-'));
  if (process.getuid?.() === 0) {
    const id = (name) =>
      Number(spawnSync('id', [name, 'postgres']).stdout.toString());
    chownSync(dir, id('-u'), id('-g'));
  }
  const data = join(dir, 'data');
  asServerUser([
    pgBin('initdb'),
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '--no-sync',
  ]);
  const pgCtl = (...args) =>
    asServerUser([pgBin('pg_ctl'), '-D', data, ...args]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}`,
    start: () =>
      pgCtl('-o', options, '-l', join(dir, 'server.log'), '-w', 'start'),
    /** Like a crash: no checkpoint, clients cut off at once. */
    stopImmediately: () => pgCtl('-m', 'immediate', '-w', 'stop'),
    remove() {
      try {
        pgCtl('-m', 'immediate', '-w', 'stop');
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
