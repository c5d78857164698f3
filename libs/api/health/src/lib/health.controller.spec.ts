import { HttpException } from '@nestjs/common';
import type { PrismaService } from '@rehabit/api-db';
import { HealthController } from './health.controller';

function controllerWith(reachable: boolean): HealthController {
  const prisma = {
    kind: 'PostgreSQL',
    isReachable: async () => reachable,
  } as unknown as PrismaService;
  return new HealthController(prisma);
}

describe('HealthController', () => {
  it('says the process is up whatever the database does', () => {
    expect(controllerWith(false).health()).toEqual({ status: 'ok' });
  });

  it('is ready when the database answers', async () => {
    await expect(controllerWith(true).ready()).resolves.toEqual({
      status: 'ready',
      database: 'PostgreSQL',
    });
  });

  it('answers 503 when it does not', async () => {
    const error = await controllerWith(false)
      .ready()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpException);
    expect((error as HttpException).getStatus()).toBe(503);
    expect((error as HttpException).getResponse()).toEqual({
      status: 'unavailable',
      reason: 'database unreachable',
    });
  });
});
