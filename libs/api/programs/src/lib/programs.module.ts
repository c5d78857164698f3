import { Module } from '@nestjs/common';
import { DischargeService } from './discharge.service';
import { PrescriptionsService } from './prescriptions.service';
import { PrescriptionsResolver, TemplatesResolver } from './programs.resolver';
import { ScheduleService } from './schedule.service';
import { TemplatesService } from './templates.service';

@Module({
  providers: [
    TemplatesService,
    PrescriptionsService,
    ScheduleService,
    DischargeService,
    TemplatesResolver,
    PrescriptionsResolver,
  ],
})
export class ProgramsModule {}
