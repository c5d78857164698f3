import { Module } from '@nestjs/common';
import { BuiltInExerciseSync } from './built-in/built-in-exercise-sync';
import { ExercisesRepository } from './exercises.repository';
import { ExercisesResolver } from './exercises.resolver';
import { ExercisesService } from './exercises.service';

@Module({
  providers: [
    ExercisesRepository,
    ExercisesService,
    ExercisesResolver,
    BuiltInExerciseSync,
  ],
  exports: [ExercisesService],
})
export class ExercisesModule {}
