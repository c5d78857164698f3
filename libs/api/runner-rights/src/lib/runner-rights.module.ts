import { Module } from '@nestjs/common';
import { RunnerErasureService } from './runner-erasure.service';
import { RunnerRightsController } from './runner-rights.controller';
import { RunnerRightsResolver } from './runner-rights.resolver';

/** The runner's rights: access to everything held (export) and erasure, for admins. */
@Module({
  controllers: [RunnerRightsController],
  providers: [RunnerErasureService, RunnerRightsResolver],
})
export class RunnerRightsModule {}
