import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@rehabit/api-core';
import request from 'supertest';
import { createClinic, signIn } from './clinic-fixture';
import { piriformisTemplate } from './program-fixture';
import {
  createTestApp,
  gql,
  INJECTED_FAILURE,
  testDatabaseName,
  withInjectedFailure,
} from './test-app';

// RELIABILITY.md "GraphQL and HTTP hardening": the headers, the body limit, CSRF
// prevention, no stack traces, and the production defaults when NODE_ENV is unset.
describe(`HTTP hardening on ${testDatabaseName()}`, () => {
  let app: INestApplication;

  beforeAll(async () => {
    // What a deployment that forgot NODE_ENV gets: loadConfig's default.
    const unset = loadConfig({}).NODE_ENV;
    expect(unset).toBe('production');
    app = await createTestApp({ NODE_ENV: unset });
  });

  afterAll(async () => {
    await app?.close();
  });

  const post = (body: unknown) =>
    request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(body as object);

  it('answers with HSTS, a CSP, nosniff, no referrer and no caching', async () => {
    const res = await post({ query: '{ needsSetup }' });
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({
      'strict-transport-security': expect.stringMatching(/max-age=\d{6,}/),
      'content-security-policy': expect.stringContaining(
        "frame-ancestors 'none'",
      ),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('refuses a body over 1 MB before GraphQL reads it', async () => {
    const res = await post({
      query: 'mutation ($n: String!) { requestPasswordReset(email: $n) }',
      variables: { n: 'x'.repeat(1_100_000) },
    });
    expect(res.status).toBe(413);
  });

  it('refuses a request a browser could send across sites without a preflight (CSRF)', async () => {
    const res = await request(app.getHttpServer())
      .get('/graphql')
      .query({ query: '{ needsSetup }' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/i);
  });

  it('keeps introspection and the landing page off, and never sends a stack trace', async () => {
    const introspection = await gql(app, '{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    // What a browser opening /graphql gets (past the CSRF check): no landing page.
    const landing = await request(app.getHttpServer())
      .get('/graphql')
      .set('accept', 'text/html')
      .set('apollo-require-preflight', 'true');
    expect(landing.headers['content-type']).not.toMatch(/text\/html/);
    expect(landing.text).not.toMatch(/<html|sandbox|explorer/i);

    // An internal failure, injected: the client sees a reference, nothing of the cause.
    const clinic = await createClinic(app, 'hardening');
    const coach = await signIn(app, clinic.coach);
    await withInjectedFailure(
      app,
      'template',
      `NEW.clinic_id = '${clinic.clinicId}'`,
      async () => {
        const failed = await gql(
          app,
          'mutation ($i: TemplateInput!) { createTemplate(input: $i) { id } }',
          { i: await piriformisTemplate(app) },
          coach,
        );
        expect(failed.errors?.[0]?.extensions.code).toBe(
          'INTERNAL_SERVER_ERROR',
        );
        expect(JSON.stringify(failed.errors)).not.toMatch(
          new RegExp(`${INJECTED_FAILURE}|stacktrace|at \\w+ \\(`),
        );
      },
    );
  });
});
