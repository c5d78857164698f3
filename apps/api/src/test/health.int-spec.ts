import type { INestApplication } from '@nestjs/common';
import { PrismaService } from '@rehabit/api-db';
import request from 'supertest';
import { TcpProxy } from './tcp-proxy';
import { createTestApp, testDatabaseName } from './test-app';

async function readyStatus(app: INestApplication): Promise<number> {
  return (await request(app.getHttpServer()).get('/ready')).status;
}

async function eventually(
  check: () => Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe(`health probes on ${testDatabaseName()}`, () => {
  it('/health answers from the API, as JSON, not from the web app', async () => {
    const app = await createTestApp();
    try {
      const res = await request(app.getHttpServer()).get('/health');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok' });
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers['content-security-policy']).toContain(
        "default-src 'self'",
      );
    } finally {
      await app.close();
    }
  });

  const postgresUrl = process.env['DATABASE_URL'];

  // Each database shows the 503 its own way: PostgreSQL behind a proxy that is cut and
  // restored, the embedded database by closing it.
  if (postgresUrl) {
    it('/ready is 200 with PostgreSQL reachable, 503 while it is not, and 200 again by itself', async () => {
      const target = new URL(postgresUrl as string);
      const proxy = new TcpProxy(
        { host: target.hostname, port: Number(target.port || 5432) },
        35432 + (process.pid % 1000),
      );
      await proxy.start();
      const viaProxy = new URL(postgresUrl as string);
      viaProxy.port = String(proxy.port);
      const app = await createTestApp({ DATABASE_URL: viaProxy.toString() });
      try {
        expect(await readyStatus(app)).toBe(200);
        await proxy.cut();
        const started = Date.now();
        const res = await request(app.getHttpServer()).get('/ready');
        expect(res.status).toBe(503);
        expect(res.body).toMatchObject({ status: 'unavailable' });
        // It gives up rather than hanging (a generous bound: shared, busy CI machines).
        expect(Date.now() - started).toBeLessThan(10_000);
        await proxy.start();
        await eventually(async () => (await readyStatus(app)) === 200);
      } finally {
        await app.close();
        await proxy.cut();
      }
    });
  } else {
    it('/ready is 200 with the embedded database open and 503 once it is closed', async () => {
      const app = await createTestApp();
      try {
        expect(await readyStatus(app)).toBe(200);
        await app.get(PrismaService).onModuleDestroy();
        expect(await readyStatus(app)).toBe(503);
      } finally {
        await app.close();
      }
    });
  }
});
