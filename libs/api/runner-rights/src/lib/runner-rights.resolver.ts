import {
  Args,
  Field,
  ID,
  InputType,
  Mutation,
  Resolver,
} from '@nestjs/graphql';
import { Access, CurrentViewer, type Viewer } from '@rehabit/api-auth';
import { RunnerErasureService } from './runner-erasure.service';

@InputType()
export class EraseRunnerInput {
  @Field(() => ID) runnerId!: string;
  @Field({
    description:
      'The runner’s name as shown, typed by the admin: an erasure cannot be undone.',
  })
  confirmName!: string;
}

@Resolver()
export class RunnerRightsResolver {
  constructor(private readonly erasure: RunnerErasureService) {}

  @Access(['admin'])
  @Mutation(() => Boolean, {
    description:
      'Erases a runner on request: name, email, account and every note are removed; the numbers of past sessions stay, under a random id, for the clinic’s aggregates. Audited; cannot be undone.',
  })
  eraseRunner(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: EraseRunnerInput,
  ): Promise<boolean> {
    return this.erasure.erase(viewer, input);
  }
}
