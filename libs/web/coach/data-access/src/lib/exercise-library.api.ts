import { Injectable, inject } from '@angular/core';
import type {
  ExerciseDetailQuery,
  ExerciseFilter,
  ExerciseLibraryQuery,
} from '@rehabit/web-shared-data-access';
import { map, type Observable } from 'rxjs';
import { EXERCISE_DETAIL, EXERCISE_LIBRARY } from './exercise-library.queries';
import { GraphqlClient } from '@rehabit/web-shared-data-access';

export type ExerciseLibraryPage = ExerciseLibraryQuery['exercises'];
export type ExerciseListItem = ExerciseLibraryPage['items'][number];
export type ExerciseDetail = ExerciseDetailQuery['exercise'];

/** The error code the API put on the first error, e.g. "NOT_FOUND". */
export function errorCode(error: unknown): string | undefined {
  const errors = (error as { errors?: { extensions?: { code?: unknown } }[] })
    .errors;
  const code = errors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

const PAGE_SIZE = 24;

@Injectable({ providedIn: 'root' })
export class ExerciseLibraryApi {
  private readonly graphql = inject(GraphqlClient);

  /** One page of the library for a filter; `cursor` continues a previous page. */
  search(
    filter: ExerciseFilter,
    cursor: string | null = null,
  ): Observable<ExerciseLibraryPage> {
    return this.graphql
      .query({
        query: EXERCISE_LIBRARY,
        variables: { filter, page: { size: PAGE_SIZE, cursor } },
      })
      .pipe(map((result) => (result.data as ExerciseLibraryQuery).exercises));
  }

  detail(id: string): Observable<ExerciseDetail> {
    return this.graphql
      .query({
        query: EXERCISE_DETAIL,
        variables: { id },
      })
      .pipe(map((result) => (result.data as ExerciseDetailQuery).exercise));
  }
}
