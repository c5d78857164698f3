import { Injectable } from '@nestjs/common';
import {
  assertValid,
  decodeCursor,
  encodeCursor,
  NotFoundError,
  type Page,
} from '@rehabit/api-core';
import {
  checkText,
  checkUuid,
  PAGE_SIZE,
  validatePage,
  type FieldError,
  type PageRequest,
} from '@rehabit/shared-domain';
import type { ExerciseFilter } from './exercise-filter.input';
import { toExercise, type Exercise } from '@rehabit/api-exercise-model';
import type { ExerciseScope } from './exercise-scope';
import {
  ExercisesRepository,
  type ExerciseSortKey,
} from './exercises.repository';

const SEARCH_MAX_LENGTH = 100;
const SEARCH_MAX_WORDS = 8;

/** Splits a search into lower-case words on anything that is not a letter or digit. */
export function searchWords(search: string | null | undefined): string[] {
  return (search ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

function validateFilter(
  filter: ExerciseFilter | null | undefined,
): FieldError[] {
  const errors = checkText('filter.search', filter?.search, SEARCH_MAX_LENGTH);
  if (
    errors.length === 0 &&
    searchWords(filter?.search).length > SEARCH_MAX_WORDS
  ) {
    errors.push({
      field: 'filter.search',
      message: `must have at most ${SEARCH_MAX_WORDS} words`,
    });
  }
  return errors;
}

@Injectable()
export class ExercisesService {
  constructor(private readonly repository: ExercisesRepository) {}

  async list(
    scope: ExerciseScope,
    filter: ExerciseFilter | null | undefined,
    page: PageRequest | null | undefined,
  ): Promise<Page<Exercise>> {
    assertValid([...validateFilter(filter), ...validatePage(page)]);
    const after = page?.cursor
      ? (decodeCursor(page.cursor, 2) as ExerciseSortKey)
      : null;
    const result = await this.repository.findPage(
      scope,
      {
        words: searchWords(filter?.search),
        category: filter?.category ?? null,
        bodyRegion: filter?.bodyRegion ?? null,
      },
      page?.size ?? PAGE_SIZE.default,
      after,
    );
    return {
      items: result.rows.map(toExercise),
      nextCursor:
        result.hasMore && result.lastKey ? encodeCursor(result.lastKey) : null,
      totalCount: result.totalCount,
    };
  }

  async get(scope: ExerciseScope, id: string): Promise<Exercise> {
    assertValid(checkUuid('id', id));
    const row = await this.repository.findVisible(scope, id);
    if (!row) throw new NotFoundError('Exercise');
    return toExercise(row);
  }
}
