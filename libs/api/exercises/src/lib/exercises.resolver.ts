import { Args, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { PageInput, PageOf } from '@rehabit/api-core';
import { ExerciseFilter } from './exercise-filter.input';
import { Exercise } from './exercise.model';
import type { ExerciseScope } from './exercise-scope';
import { ExercisesService } from './exercises.service';

@ObjectType()
export class ExercisePage extends PageOf(Exercise, 'ExercisePage') {}

/**
 * Until accounts exist (issue 3) every caller is anonymous and belongs to no
 * clinic, so the library shows the built-in exercises only.
 */
const ANONYMOUS: ExerciseScope = { clinicId: null };

@Resolver(() => Exercise)
export class ExercisesResolver {
  constructor(private readonly service: ExercisesService) {}

  @Query(() => ExercisePage, {
    description: 'The exercise library, searchable and filterable, by name.',
  })
  exercises(
    @Args('filter', { type: () => ExerciseFilter, nullable: true })
    filter?: ExerciseFilter | null,
    @Args('page', { type: () => PageInput, nullable: true })
    page?: PageInput | null,
  ): Promise<ExercisePage> {
    return this.service.list(ANONYMOUS, filter, page);
  }

  @Query(() => Exercise, {
    description:
      'One exercise; NOT_FOUND when it does not exist or is not visible.',
  })
  exercise(@Args('id', { type: () => ID }) id: string): Promise<Exercise> {
    return this.service.get(ANONYMOUS, id);
  }
}
