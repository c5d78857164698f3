import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveAuthSecret } from './auth-secret';

describe('resolveAuthSecret', () => {
  it('uses AUTH_SECRET when given', () => {
    expect(resolveAuthSecret('x'.repeat(40), '/nonexistent/secret')).toBe(
      'x'.repeat(40),
    );
  });

  it('otherwise makes one secret, readable by its owner only, and keeps using it', () => {
    const file = join(
      mkdtempSync(join(tmpdir(), 'rehabit-secret-')),
      'nested',
      'auth-secret',
    );
    const first = resolveAuthSecret(undefined, file);
    expect(first.length).toBeGreaterThanOrEqual(43);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret(undefined, file)).toBe(first);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
  });
});
