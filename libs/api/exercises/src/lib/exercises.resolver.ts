import {
  Args,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { PageInput, PageOf } from '@rehabit/api-core';
import { Access, CurrentViewer, type Viewer } from '@rehabit/api-auth';
import { ExerciseFilter } from './exercise-filter.input';
import { Exercise, ExerciseInput } from '@rehabit/api-exercise-model';
import { ExerciseEditorService } from './exercise-editor.service';
import type { ExerciseScope } from './exercise-scope';
import { ExercisesService } from './exercises.service';

@ObjectType()
export class ExercisePage extends PageOf(Exercise, 'ExercisePage') {}

/** The built-in library is public reference content; a clinic's own exercises only its members see. */
function scopeOf(viewer: Viewer | null): ExerciseScope {
  return { clinicId: viewer?.clinicId ?? null };
}

@Resolver(() => Exercise)
export class ExercisesResolver {
  constructor(
    private readonly service: ExercisesService,
    private readonly editor: ExerciseEditorService,
  ) {}

  @Access('public')
  @Query(() => ExercisePage, {
    description: 'The exercise library, searchable and filterable, by name.',
  })
  exercises(
    @CurrentViewer() viewer: Viewer | null,
    @Args('filter', { type: () => ExerciseFilter, nullable: true })
    filter?: ExerciseFilter | null,
    @Args('page', { type: () => PageInput, nullable: true })
    page?: PageInput | null,
  ): Promise<ExercisePage> {
    return this.service.list(scopeOf(viewer), filter, page);
  }

  @Access('public')
  @Query(() => Exercise, {
    description:
      'One exercise; NOT_FOUND when it does not exist or is not visible.',
  })
  exercise(
    @CurrentViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Exercise> {
    return this.service.get(scopeOf(viewer), id);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => Exercise, {
    description: 'Adds an exercise to the clinic’s library.',
  })
  createExercise(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ExerciseInput,
  ): Promise<Exercise> {
    return this.editor.create(viewer, input);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => Exercise, {
    description:
      'Changes one of the clinic’s exercises (built-in ones are read-only: CONFLICT).',
  })
  updateExercise(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ExerciseInput,
  ): Promise<Exercise> {
    return this.editor.update(viewer, id, input);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => Exercise, {
    description:
      'Archives one of the clinic’s exercises: no longer offered, still shown where used.',
  })
  archiveExercise(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Exercise> {
    return this.editor.archive(viewer, id);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => Exercise, {
    description:
      'Copies an exercise (built in or the clinic’s) into the clinic’s library.',
  })
  duplicateExercise(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Exercise> {
    return this.editor.duplicate(viewer, id);
  }
}
