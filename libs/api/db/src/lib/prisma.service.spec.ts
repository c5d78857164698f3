import { PrismaService } from './prisma.service';

describe('PrismaService without DATABASE_URL', () => {
  it('opens the embedded database with the migrations applied, and reports reachability', async () => {
    const service = new PrismaService({ pgliteDir: 'memory://' });
    await service.onModuleInit();
    try {
      expect(service.kind).toBe('PGlite');
      expect(await service.isReachable()).toBe(true);
      expect(await service.client.exercise.count()).toBe(0);
    } finally {
      await service.onModuleDestroy();
    }
    expect(await service.isReachable()).toBe(false);
  });
});

describe('PrismaService with DATABASE_URL', () => {
  it('answers "unreachable" instead of hanging when PostgreSQL does not answer', async () => {
    // Port 1 on loopback: nothing listens, the connection is refused.
    const service = new PrismaService({
      databaseUrl: 'postgresql://nobody@127.0.0.1:1/none',
      pgliteDir: 'unused',
    });
    await service.onModuleInit();
    try {
      expect(service.kind).toBe('PostgreSQL');
      const started = Date.now();
      expect(await service.isReachable(2_000)).toBe(false);
      // Not a timing test: it only shows the probe gives up instead of hanging
      // (generous bound, as CI machines are shared and busy).
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await service.onModuleDestroy();
    }
  });
});
