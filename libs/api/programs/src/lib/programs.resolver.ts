import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentViewer, type Viewer } from '@rehabit/api-auth';
import { DischargeService } from './discharge.service';
import { PrescriptionsService } from './prescriptions.service';
import {
  PrescribeInput,
  Prescription,
  RevisePrescriptionInput,
  ScheduledSession,
  Template,
  TemplateInput,
} from '@rehabit/api-program-model';
import { ScheduleService } from './schedule.service';
import { TemplatesService } from './templates.service';

@Resolver()
export class TemplatesResolver {
  constructor(private readonly service: TemplatesService) {}

  @Access(['admin', 'coach'])
  @Query(() => [Template], {
    description: 'The clinic’s routine templates, by name.',
  })
  templates(@CurrentViewer() viewer: Viewer): Promise<Template[]> {
    return this.service.list(viewer);
  }

  @Access(['admin', 'coach'])
  @Query(() => Template, {
    description: 'One template of the clinic; NOT_FOUND otherwise.',
  })
  template(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Template> {
    return this.service.get(viewer, id);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => Template)
  createTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: TemplateInput,
  ): Promise<Template> {
    return this.service.create(viewer, input);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => Template, {
    description:
      'Replaces a template’s content; prescriptions made from it keep theirs.',
  })
  updateTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: TemplateInput,
  ): Promise<Template> {
    return this.service.update(viewer, id, input);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => Template, { description: 'A copy named “… (copy)”.' })
  duplicateTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Template> {
    return this.service.duplicate(viewer, id);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => Boolean, {
    description: 'Hides a template; its prescriptions stay.',
  })
  archiveTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.service.archive(viewer, id);
  }
}

@Resolver()
export class PrescriptionsResolver {
  constructor(
    private readonly prescriptions: PrescriptionsService,
    private readonly schedule: ScheduleService,
    private readonly discharges: DischargeService,
  ) {}

  @Access(['admin', 'coach', 'runner'])
  @Query(() => [Prescription], {
    description:
      'A runner’s prescriptions, newest first; NOT_FOUND outside the caller’s scope.',
  })
  runnerPrescriptions(
    @CurrentViewer() viewer: Viewer,
    @Args('runnerId', { type: () => ID }) runnerId: string,
  ): Promise<Prescription[]> {
    return this.prescriptions.listForRunner(viewer, runnerId);
  }

  @Access(['admin', 'coach', 'runner'])
  @Query(() => [ScheduledSession], {
    description:
      'A runner’s scheduled sessions from today (their time zone) for `days` days (1–28).',
  })
  upcomingSessions(
    @CurrentViewer() viewer: Viewer,
    @Args('runnerId', { type: () => ID }) runnerId: string,
    @Args('days', { type: () => Int, defaultValue: 7 }) days: number,
  ): Promise<ScheduledSession[]> {
    return this.schedule.upcoming(viewer, runnerId, days);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => [Prescription], {
    description:
      'Prescribes a template to 1–100 runners in one transaction: all or none.',
  })
  prescribeTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PrescribeInput,
  ): Promise<Prescription[]> {
    return this.prescriptions.prescribe(viewer, input);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => Prescription, {
    description:
      'A new version from a date; earlier versions are kept as they were.',
  })
  revisePrescription(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RevisePrescriptionInput,
  ): Promise<Prescription> {
    return this.prescriptions.revise(viewer, input);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => Prescription, {
    description: 'No sessions from `from` until resumed.',
  })
  pausePrescription(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('from') from: string,
    @Args('reason', { type: () => String, nullable: true })
    reason?: string | null,
  ): Promise<Prescription> {
    return this.prescriptions.pause(viewer, id, from, reason);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => Prescription, { description: 'Sessions again from `on`.' })
  resumePrescription(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('on') on: string,
  ): Promise<Prescription> {
    return this.prescriptions.resume(viewer, id, on);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => Prescription, { description: 'Ends it after `lastDay`.' })
  endPrescription(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('lastDay') lastDay: string,
  ): Promise<Prescription> {
    return this.prescriptions.end(viewer, id, lastDay);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => Boolean, {
    description: 'Discharges a runner: history kept, nothing new scheduled.',
  })
  dischargeRunner(
    @CurrentViewer() viewer: Viewer,
    @Args('runnerId', { type: () => ID }) runnerId: string,
  ): Promise<boolean> {
    return this.discharges.discharge(viewer, runnerId);
  }
}
