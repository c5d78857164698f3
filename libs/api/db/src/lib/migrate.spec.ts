import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { applyMigrations, findMigrationsDir } from './migrate';

describe('applyMigrations on PGlite', () => {
  it('applies prisma/migrations once, recording each as Prisma Migrate does', async () => {
    const db = await PGlite.create('memory://');
    try {
      const dir = findMigrationsDir();
      expect(dir).toMatch(/prisma[\\/]migrations$/);
      const first = await applyMigrations(db, dir);
      expect(first).toContain('20261126000000_init');
      expect(await applyMigrations(db, dir)).toEqual([]);

      const { rows } = await db.query<{
        migration_name: string;
        checksum: string;
      }>(
        'SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name',
      );
      expect(rows.map((r) => r.migration_name)).toEqual(first);
      const sql = readFileSync(
        join(dir, first[0] as string, 'migration.sql'),
        'utf8',
      );
      expect(rows[0]?.checksum).toBe(
        createHash('sha256').update(sql).digest('hex'),
      );
      const tables = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('exercise', 'session_log', 'audit_event')",
      );
      expect(tables.rows[0]?.n).toBe(3);
    } finally {
      await db.close();
    }
  });

  it('rolls a failing migration back and names it', async () => {
    const db = await PGlite.create('memory://');
    const dir = join(__dirname, '__fixtures__', 'broken-migrations');
    try {
      await expect(applyMigrations(db, dir)).rejects.toThrow(
        /migration 0001_broken failed/,
      );
      const { rows } = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half_made'",
      );
      expect(rows[0]?.n).toBe(0);
    } finally {
      await db.close();
    }
  });
});
