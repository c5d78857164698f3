import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { PrismaService } from '@rehabit/api-db';
import { GRAPHQL_LIMITS } from '@rehabit/api-core';
import request from 'supertest';
import { createClinic, signIn } from './clinic-fixture';
import { createTestApp, gql, testDatabaseName } from './test-app';

const ROOT = join(__dirname, '../../../..');
const REFUSED_BEFORE_RESOLVERS = [
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
];

/** Every operation the web app sends, from its generated documents. */
function webOperations(): { name: string; query: string }[] {
  const generated = readFileSync(
    join(ROOT, 'libs/web/shared/data-access/src/lib/generated/graphql.ts'),
    'utf8',
  );
  // Each operation as the web app sends it: its text, with the fragments it uses.
  return [
    ...generated.matchAll(
      /export const (\w+Document) = new TypedDocumentString\(`([^`]*)`\)/g,
    ),
  ].map(([, name, query]) => ({ name, query }));
}

describe(`GraphQL shape limits on ${testDatabaseName()}`, () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  /** Sends a body and answers the HTTP status, the error codes and the SQL statements it cost. */
  async function send(body: unknown, cookie?: string) {
    const db = app.get(PrismaService);
    const before = db.statementsSent;
    const req = request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json');
    if (cookie) req.set('cookie', cookie);
    const res = await req.send(body as object);
    const errors: {
      message: string;
      extensions?: { code?: string; fields?: { field: string }[] };
    }[] = res.body?.errors ?? [];
    return {
      status: res.status,
      codes: errors.map((e) => e.extensions?.code),
      fields: errors.flatMap((e) => e.extensions?.fields ?? []),
      messages: errors.map((e) => e.message).join(' '),
      statements: db.statementsSent - before,
    };
  }

  it('refuses a page of 1,000,000 and a NUL character before any database query, even signed in', async () => {
    const clinic = await createClinic(app, 'limits');
    const coach = await signIn(app, clinic.coach);
    const RUNNERS =
      'query ($p: PageInput) { runners(page: $p) { totalCount } }';
    const huge = await send(
      { query: RUNNERS, variables: { p: { size: 1_000_000 } } },
      coach,
    );
    expect(huge).toMatchObject({
      status: 200,
      codes: ['BAD_USER_INPUT'],
      fields: [
        { field: 'page.size', message: 'must be an integer from 1 to 100' },
      ],
      statements: 0,
    });
    const nul = await send(
      {
        query:
          'mutation ($c: String!, $id: ID!) { commentOnSessionLog(comment: $c, logId: $id) { id } }',
        variables: {
          c: 'a\u0000b',
          id: '00000000-0000-0000-0000-000000000000',
        },
      },
      coach,
    );
    expect(nul).toMatchObject({
      status: 200,
      codes: ['BAD_USER_INPUT'],
      fields: [{ field: 'comment' }],
      statements: 0,
    });
    // The positive control: the largest page allowed runs, and costs statements.
    const allowed = await send(
      { query: RUNNERS, variables: { p: { size: 100 } } },
      coach,
    );
    expect(allowed.codes).toEqual([]);
    expect(allowed.statements).toBeGreaterThan(0);
  });

  it('lets every operation of the web app through the limits', async () => {
    const operations = webOperations();
    expect(operations.length).toBeGreaterThan(40);
    for (const { name, query } of operations) {
      const res = await gql(app, query, {});
      const refused = (res.errors ?? []).filter(
        (e) =>
          REFUSED_BEFORE_RESOLVERS.includes(e.extensions.code as string) &&
          // Variables are not sent here: a missing one is not a limit.
          !/Variable "\$\w+" of required type/.test(e.message),
      );
      expect({ name, refused }).toEqual({ name, refused: [] });
    }
  });

  it('refuses a depth-20 query before any database query', async () => {
    const deep = `{ me { ${'clinic { '.repeat(19)}id${' }'.repeat(19)} } }`;
    const res = await send({ query: deep });
    expect(new Set(res.codes)).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    expect(res.messages).toContain('Query depth limit of 8 exceeded');
    expect(res.statements).toBe(0);
  });

  it('refuses 100 aliases', async () => {
    const aliases = Array.from(
      { length: 100 },
      (_, i) => `a${i}: needsSetup`,
    ).join(' ');
    const res = await send({ query: `{ ${aliases} }` });
    expect(res.codes[0]).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.messages).toContain('Aliases limit');
    expect(res.statements).toBe(0);
  });

  it(`refuses a query of more than ${GRAPHQL_LIMITS.queryCharacters} characters, and one of more than ${GRAPHQL_LIMITS.tokens} tokens`, async () => {
    const long = await send({ query: `{ needsSetup }${' '.repeat(20_000)}` });
    expect(long.status).toBe(400);
    expect(long.messages).toContain('at most 15000 characters');
    expect(long.statements).toBe(0);
    const tokens = await send({ query: `{ ${'needsSetup '.repeat(1_200)} }` });
    expect(tokens.codes[0]).toMatch(
      /GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED/,
    );
    expect(tokens.statements).toBe(0);
  });

  it('refuses a batch of 50 operations', async () => {
    const batch = Array.from({ length: 50 }, () => ({
      query: '{ needsSetup }',
    }));
    const res = await send(batch);
    expect(res.status).toBe(400);
    expect(res.statements).toBe(0);
  });

  it('hides the schema: no introspection, no field suggestions', async () => {
    const introspection = await send({
      query: '{ __schema { types { name } } }',
    });
    expect(introspection.codes[0]).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.statements).toBe(0);
    const typo = await send({ query: '{ needsSetu }' });
    expect(typo.messages).not.toContain('Did you mean');
  });
});
