import { Module } from '@nestjs/common';
import { ProgressService } from './progress.service';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';
import { TodayService } from './today.service';

@Module({
  providers: [SessionsService, TodayService, ProgressService, SessionsResolver],
})
export class SessionsModule {}
