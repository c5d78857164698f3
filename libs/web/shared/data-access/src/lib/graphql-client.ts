import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { catchError, map, type Observable, throwError } from 'rxjs';

/** A GraphQL error as the API sends it; `extensions.code` says what kind. */
export interface GraphqlError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * The API answered, and said no: `errors` holds its errors. A failure without
 * `errors` (no network, a proxy's HTML page) is the HttpErrorResponse itself.
 */
export class GraphqlErrors extends Error {
  constructor(readonly errors: readonly GraphqlError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'GraphqlErrors';
  }
}

/** A document made by `graphql(...)`: its text, typed by its result and variables. */
type Document<TResult, TVariables> = DocumentTypeDecoration<
  TResult,
  TVariables
> & { toString(): string };

interface Answer<TResult> {
  data?: TResult | null;
  errors?: GraphqlError[];
}

/**
 * The app's GraphQL client: one POST to the same origin's /graphql per operation.
 * Every screen asks the server afresh (a coach's data changes under other coaches'
 * hands; the runner's offline copy is kept in IndexedDB), so there is no cache, and
 * no GraphQL parser, printer or normalising cache to load and run on a phone: the
 * documents are sent as the text they were written in.
 */
@Injectable({ providedIn: 'root' })
export class GraphqlClient {
  private readonly http = inject(HttpClient);

  query<TResult, TVariables>(options: {
    query: Document<TResult, TVariables>;
    variables?: TVariables;
  }): Observable<{ data: TResult }> {
    return this.send(options.query, options.variables);
  }

  mutate<TResult, TVariables>(options: {
    mutation: Document<TResult, TVariables>;
    variables?: TVariables;
  }): Observable<{ data: TResult }> {
    return this.send(options.mutation, options.variables);
  }

  private send<TResult, TVariables>(
    document: Document<TResult, TVariables>,
    variables: TVariables | undefined,
  ): Observable<{ data: TResult }> {
    return this.http
      .post<Answer<TResult>>(
        '/graphql',
        { query: document.toString(), variables },
        {
          headers: {
            accept: 'application/graphql-response+json, application/json',
          },
        },
      )
      .pipe(
        // A refusal may come with a 4xx or 5xx status (variables the schema refuses,
        // the request budget, a database that is down): its body says why.
        catchError((error: unknown) =>
          throwError(() => errorsIn(error) ?? error),
        ),
        map((answer) => {
          if (answer.errors?.length) throw new GraphqlErrors(answer.errors);
          return { data: answer.data as TResult };
        }),
      );
  }
}

function errorsIn(error: unknown): GraphqlErrors | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const errors = (error.error as Answer<unknown> | null)?.errors;
  return Array.isArray(errors) && errors.length > 0
    ? new GraphqlErrors(errors)
    : null;
}
