import { Module } from '@nestjs/common';
import { ExcusedDaysService } from './excused-days.service';
import { ReportExportController } from './export/report-export.controller';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  controllers: [ReportExportController],
  providers: [ReportsService, ExcusedDaysService, ReportsResolver],
  exports: [ReportsService],
})
export class ReportsModule {}
