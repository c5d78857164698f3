import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ExerciseDetailDocument } from './generated/graphql';
import { GraphqlClient, GraphqlErrors } from './graphql-client';

// An operation of the app's with variables; the client sends any document the same way.
const EXERCISE = ExerciseDetailDocument;

function setUp() {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting()],
  });
  return {
    client: TestBed.inject(GraphqlClient),
    http: TestBed.inject(HttpTestingController),
  };
}

/** The client's answer to one query, with the server's reply given by `reply`. */
async function answerTo(
  reply: (req: ReturnType<HttpTestingController['expectOne']>) => void,
) {
  const { client, http } = setUp();
  const answer = firstValueFrom(
    client.query({ query: EXERCISE, variables: { id: 'e-1' } }),
  );
  const req = http.expectOne('/graphql');
  reply(req);
  http.verify();
  return { answer, req };
}

describe('GraphqlClient', () => {
  it('posts the document as text with its variables, and answers with the data', async () => {
    const { answer, req } = await answerTo((r) =>
      r.flush({
        data: { exercise: { id: 'e-1', name: 'Figure-four stretch' } },
      }),
    );
    expect(req.request.method).toBe('POST');
    expect(req.request.body.variables).toEqual({ id: 'e-1' });
    expect(req.request.body.query).toContain('query ExerciseDetail($id: ID!)');
    expect(req.request.headers.get('accept')).toContain(
      'application/graphql-response+json',
    );
    expect((await answer).data.exercise.name).toBe('Figure-four stretch');
  });

  it('fails with the errors of an answer that has them, codes included', async () => {
    const errors = [
      {
        message: 'Not found',
        extensions: { code: 'NOT_FOUND' },
        path: ['exercise'],
      },
    ];
    const { answer } = await answerTo((r) => r.flush({ data: null, errors }));
    const error = await answer.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphqlErrors);
    expect((error as GraphqlErrors).errors).toEqual(errors);
    expect((error as GraphqlErrors).message).toBe('Not found');
  });

  it('reads the errors of a refusal sent with an error status (a budget, a database down)', async () => {
    const errors = [
      {
        message: 'Too many requests',
        extensions: { code: 'TOO_MANY_REQUESTS' },
      },
    ];
    const { answer } = await answerTo((r) =>
      r.flush({ errors }, { status: 429, statusText: 'Too Many Requests' }),
    );
    const error = await answer.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphqlErrors);
    expect((error as GraphqlErrors).errors[0].extensions?.code).toBe(
      'TOO_MANY_REQUESTS',
    );
  });

  it('passes on a failure without an answer (no network) as it is, with no errors', async () => {
    const { answer } = await answerTo((r) =>
      r.error(new ProgressEvent('error'), { status: 0 }),
    );
    const error = await answer.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect((error as { errors?: unknown }).errors).toBeUndefined();
  });

  it('passes on an answer that is not GraphQL (a proxy page) as it is', async () => {
    const { answer } = await answerTo((r) =>
      r.flush('<html>Bad gateway</html>', {
        status: 502,
        statusText: 'Bad Gateway',
      }),
    );
    const error = await answer.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect((error as HttpErrorResponse).status).toBe(502);
  });
});
