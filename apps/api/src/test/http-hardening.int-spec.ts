import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@rehabit/api-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createClinic, signIn } from './clinic-fixture';
import { piriformisTemplate } from './program-fixture';
import {
  createTestApp,
  gql,
  INJECTED_FAILURE,
  prismaOf,
  testDatabaseName,
  withInjectedFailure,
} from './test-app';

// RELIABILITY.md "GraphQL and HTTP hardening": the headers, the body limit, CSRF
// prevention, no stack traces, and the production defaults when NODE_ENV is unset.
describe(`HTTP hardening on ${testDatabaseName()}`, () => {
  let app: INestApplication;
  // A built web app of two files, so that static answers are served too.
  const webDist = mkdtempSync(join(tmpdir(), 'rehabit-web-'));
  const script = `console.log(${JSON.stringify('Rehabit '.repeat(2_000))});`;

  beforeAll(async () => {
    writeFileSync(
      join(webDist, 'index.html'),
      '<!doctype html><rh-root></rh-root>',
    );
    writeFileSync(join(webDist, 'main-TESTHASH.js'), script);
    // What a deployment that forgot NODE_ENV gets: loadConfig's default.
    const unset = loadConfig({}).NODE_ENV;
    expect(unset).toBe('production');
    app = await createTestApp({ NODE_ENV: unset, WEB_DIST: webDist });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(webDist, { recursive: true, force: true });
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

  it("serves the web app's files and routes, never in place of an API path", async () => {
    const server = request(app.getHttpServer());
    const route = await server.get('/today');
    expect(route.status).toBe(200);
    expect(route.text).toContain('<rh-root>');
    expect(route.headers['cache-control']).toBe('no-cache');
    const asset = await server.get('/main-TESTHASH.js');
    expect(asset.headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const path of ['/api/nothing-here', '/api/auth/no-such-endpoint']) {
      const res = await server.get(path);
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('<rh-root>');
    }
  });

  it('gzips the web app and GraphQL answers, never a sign-in answer (it holds the session token)', async () => {
    const asset = await request(app.getHttpServer())
      .get('/main-TESTHASH.js')
      .set('accept-encoding', 'gzip');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.text).toBe(script);

    // A name long enough that both answers are over the 1 kB below which nothing is
    // compressed: the sign-in answer must stay plain for what it is, not for its size.
    const clinic = await createClinic(app, 'compression');
    const longName = `Coach ${'n'.repeat(1_500)}`;
    await prismaOf(app).user.update({
      where: { email: clinic.coach.email },
      data: { name: longName },
    });
    const signInAnswer = await request(app.getHttpServer())
      .post('/api/auth/sign-in/email')
      .set('content-type', 'application/json')
      .set('accept-encoding', 'gzip')
      .send({ email: clinic.coach.email, password: clinic.coach.password });
    expect(signInAnswer.status).toBe(200);
    expect(signInAnswer.text).toContain(longName);
    expect(signInAnswer.headers['content-encoding']).toBeUndefined();

    const cookie = await signIn(app, clinic.coach);
    const me = await post({ query: '{ me { name } }' })
      .set('cookie', cookie)
      .set('accept-encoding', 'gzip');
    expect(me.body.data.me.name).toBe(longName);
    expect(me.headers['content-encoding']).toBe('gzip');
  });
});
