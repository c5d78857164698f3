import { Field, InputType } from '@nestjs/graphql';
import type { BodyRegion, ExerciseCategory } from '@rehabit/shared-domain';
import {
  BodyRegionEnum,
  ExerciseCategoryEnum,
} from '@rehabit/api-exercise-model';

@InputType()
export class ExerciseFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Words to find in the name, aliases, target muscles or body region (all must match).',
  })
  search?: string | null;

  @Field(() => ExerciseCategoryEnum, { nullable: true })
  category?: ExerciseCategory | null;

  @Field(() => BodyRegionEnum, { nullable: true })
  bodyRegion?: BodyRegion | null;
}
