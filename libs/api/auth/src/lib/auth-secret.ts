import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The secret that signs session cookies: AUTH_SECRET when given; otherwise one made
 * at first start and kept in a file readable by its owner only, so sessions survive
 * restarts. It is never stored in the database.
 */
export function resolveAuthSecret(
  given: string | undefined,
  file: string,
): string {
  if (given) return given;
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
