import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentViewer, type Viewer } from '@rehabit/api-auth';
import { ProgressService } from './progress.service';
import {
  LogSessionInput,
  RunnerProgress,
  RunnerToday,
  SessionLog,
} from './session.model';
import { SessionsService } from './sessions.service';
import { TodayService } from './today.service';

@Resolver()
export class SessionsResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly todays: TodayService,
    private readonly progress: ProgressService,
  ) {}

  @Access(['runner'])
  @Query(() => RunnerProgress, {
    description:
      'The signed-in runner’s last 4 weeks: sessions done, streak, pain.',
  })
  runnerProgress(@CurrentViewer() viewer: Viewer): Promise<RunnerProgress> {
    return this.progress.progress(viewer);
  }

  @Access(['runner'])
  @Query(() => RunnerToday, {
    description:
      'The signed-in runner’s day: today’s sessions, the next one, the week.',
  })
  runnerToday(@CurrentViewer() viewer: Viewer): Promise<RunnerToday> {
    return this.todays.today(viewer);
  }

  @Access(['runner'])
  @Mutation(() => SessionLog, {
    description:
      'Saves a finished session. The same clientId and body return the original log; another body is CONFLICT.',
  })
  logSession(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: LogSessionInput,
  ): Promise<SessionLog> {
    return this.sessions.log(viewer, input);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => SessionLog, {
    description:
      'The coach’s short comment on a log (up to 500 characters), which the runner sees; empty text removes it.',
  })
  commentOnSessionLog(
    @CurrentViewer() viewer: Viewer,
    @Args('logId', { type: () => ID }) logId: string,
    @Args('comment') comment: string,
  ): Promise<SessionLog> {
    return this.sessions.comment(viewer, logId, comment);
  }

  @Access(['runner'])
  @Mutation(() => SessionLog, {
    description:
      'Corrects a log within 24 hours: a new revision with a new clientId; the original is kept.',
  })
  correctSession(
    @CurrentViewer() viewer: Viewer,
    @Args('correctsId', { type: () => ID }) correctsId: string,
    @Args('input') input: LogSessionInput,
  ): Promise<SessionLog> {
    return this.sessions.correct(viewer, correctsId, input);
  }

  @Access(['runner'])
  @Mutation(() => SessionLog, {
    description: 'The morning after a session: the pain now, 0–10.',
  })
  recordNextMorningPain(
    @CurrentViewer() viewer: Viewer,
    @Args('sessionLogId', { type: () => ID }) sessionLogId: string,
    @Args('pain', { type: () => Int }) pain: number,
  ): Promise<SessionLog> {
    return this.sessions.recordNextMorningPain(viewer, sessionLogId, pain);
  }

  @Access(['admin', 'coach', 'runner'])
  @Query(() => [SessionLog], {
    description:
      'A runner’s session logs between two local dates (at most a year), newest first; NOT_FOUND outside the caller’s scope.',
  })
  sessionLogs(
    @CurrentViewer() viewer: Viewer,
    @Args('runnerId', { type: () => ID }) runnerId: string,
    @Args('from') from: string,
    @Args('to') to: string,
  ): Promise<SessionLog[]> {
    return this.sessions.listForRunner(viewer, runnerId, from, to);
  }
}
