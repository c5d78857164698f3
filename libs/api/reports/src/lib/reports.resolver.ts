import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentViewer, type Viewer } from '@rehabit/api-auth';
import { ExcusedDaysService } from './excused-days.service';
import {
  ClinicReport,
  ExcuseDayInput,
  ExcusedDay,
  ReportRangeInput,
  RosterReport,
  RunnerReport,
} from './report.model';
import { ReportsService } from './reports.service';

const RANGE = {
  type: () => ReportRangeInput,
  nullable: true,
  description: 'Local dates; none: each runner’s last 28 days.',
} as const;

@Resolver()
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly excused: ExcusedDaysService,
  ) {}

  @Access(['admin', 'coach'])
  @Query(() => RosterReport, {
    description:
      'The coach’s runners (an admin: the clinic’s) with adherence, sparkline and signals.',
  })
  rosterReport(
    @CurrentViewer() viewer: Viewer,
    @Args('range', RANGE) range?: ReportRangeInput,
  ): Promise<RosterReport> {
    return this.reports.roster(viewer, range);
  }

  @Access(['admin'])
  @Query(() => ClinicReport, {
    description: 'Compliance per coach and overall, same definitions.',
  })
  clinicReport(
    @CurrentViewer() viewer: Viewer,
    @Args('range', RANGE) range?: ReportRangeInput,
  ): Promise<ClinicReport> {
    return this.reports.clinic(viewer, range);
  }

  @Access(['admin', 'coach'])
  @Query(() => RunnerReport, {
    description:
      'One runner’s calendar, adherence by exercise, pain and effort, plan versions.',
  })
  runnerReport(
    @CurrentViewer() viewer: Viewer,
    @Args('runnerId', { type: () => ID }) runnerId: string,
    @Args('range', RANGE) range?: ReportRangeInput,
  ): Promise<RunnerReport> {
    return this.reports.runner(viewer, runnerId, range);
  }

  @Access(['runner'])
  @Query(() => [ExcusedDay], {
    description: 'The signed-in runner’s excused days from a week back on.',
  })
  myExcusedDays(@CurrentViewer() viewer: Viewer): Promise<ExcusedDay[]> {
    return this.excused.mine(viewer);
  }

  @Access(['runner'])
  @Mutation(() => ExcusedDay, {
    description:
      'The runner reports a day (ill, travelling, racing): it leaves the denominator once the coach confirms it.',
  })
  reportExcusedDay(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ExcuseDayInput,
  ): Promise<ExcusedDay> {
    return this.excused.report(viewer, input);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => ExcusedDay, {
    description:
      'Marks a runner’s day excused (confirmed at once; a pending report is confirmed).',
  })
  excuseDay(
    @CurrentViewer() viewer: Viewer,
    @Args('runnerId', { type: () => ID }) runnerId: string,
    @Args('input') input: ExcuseDayInput,
  ): Promise<ExcusedDay> {
    return this.excused.excuse(viewer, runnerId, input);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => ExcusedDay, { description: 'Confirms a runner’s report.' })
  confirmExcusedDay(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ExcusedDay> {
    return this.excused.confirm(viewer, id);
  }

  @Access(['admin', 'coach', 'runner'])
  @Mutation(() => ExcusedDay, {
    description:
      'Undoes an excused day; a runner may withdraw only their own unconfirmed report.',
  })
  undoExcusedDay(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ExcusedDay> {
    return this.excused.undo(viewer, id);
  }
}
