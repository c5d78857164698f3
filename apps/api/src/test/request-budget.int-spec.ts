import { randomInt } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp, prismaOf, testDatabaseName } from './test-app';

// The tests connect from this host, which plays the operator's reverse proxy, so each
// test can be a client address of its own.
const BEHIND_PROXY = { TRUSTED_PROXIES: ['127.0.0.1', '::1'] };
const someClient = () => `198.51.${randomInt(0, 255)}.${randomInt(1, 255)}`;

function ask(app: INestApplication, client: string) {
  return request(app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('x-forwarded-for', client)
    .send({ query: '{ needsSetup }' });
}

describe(`GraphQL request budget on ${testDatabaseName()}`, () => {
  it('answers 429 with Retry-After past the limit, per client address, and only for valid operations', async () => {
    const app = await createTestApp({
      ...BEHIND_PROXY,
      GRAPHQL_LIMIT_PER_MINUTE: 3,
    });
    try {
      const client = someClient();
      const statuses = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await ask(app, client)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await ask(app, client);
      expect(refused.status).toBe(429);
      const wait = Number(refused.headers['retry-after']);
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(60);
      expect(refused.body.errors[0]).toMatchObject({
        message: `Too many requests: try again in ${wait} s.`,
        extensions: { code: 'TOO_MANY_REQUESTS' },
      });
      expect(JSON.stringify(refused.body)).not.toContain('retry-after');
      // Another address has its own budget.
      expect((await ask(app, someClient())).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  // Two API instances need one database: on PostgreSQL (CI), not on an in-memory one.
  if (process.env['DATABASE_URL'])
    it('counts across two API instances on one PostgreSQL database', async () => {
      const first = await createTestApp({
        ...BEHIND_PROXY,
        GRAPHQL_LIMIT_PER_MINUTE: 4,
      });
      const second = await createTestApp({
        ...BEHIND_PROXY,
        GRAPHQL_LIMIT_PER_MINUTE: 4,
      });
      try {
        const client = someClient();
        const statuses = [];
        for (const app of [first, second, first, second, first])
          statuses.push((await ask(app, client)).status);
        expect(statuses).toEqual([200, 200, 200, 200, 429]);
      } finally {
        await first.close();
        await second.close();
      }
    });

  it('keeps the counters out of the write-ahead log (UNLOGGED): a spend waits for no disk flush', async () => {
    const app = await createTestApp();
    try {
      const [table] = await prismaOf(app).$queryRaw<{ persistence: string }[]>`
        SELECT relpersistence::text AS persistence FROM pg_class
        WHERE oid = 'request_budget'::regclass`;
      expect(table?.persistence).toBe('u');
    } finally {
      await app.close();
    }
  });
});
