import { Module } from '@nestjs/common';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';
import { TodayService } from './today.service';

@Module({ providers: [SessionsService, TodayService, SessionsResolver] })
export class SessionsModule {}
