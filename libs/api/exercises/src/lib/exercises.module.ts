import { Module } from '@nestjs/common';
import { BuiltInExerciseSync } from './built-in/built-in-exercise-sync';
import { ExerciseEditorService } from './exercise-editor.service';
import { ExercisesRepository } from './exercises.repository';
import { ExercisesResolver } from './exercises.resolver';
import { ExercisesService } from './exercises.service';

@Module({
  providers: [
    ExercisesRepository,
    ExercisesService,
    ExerciseEditorService,
    ExercisesResolver,
    BuiltInExerciseSync,
  ],
  exports: [ExercisesService],
})
export class ExercisesModule {}
