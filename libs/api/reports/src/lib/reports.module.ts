import { Module } from '@nestjs/common';
import { ExcusedDaysService } from './excused-days.service';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  providers: [ReportsService, ExcusedDaysService, ReportsResolver],
  exports: [ReportsService],
})
export class ReportsModule {}
