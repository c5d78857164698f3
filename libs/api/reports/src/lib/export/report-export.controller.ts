import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { AppError, ErrorCode } from '@rehabit/api-core';
import {
  answerDownload,
  ViewerService,
  type Download,
  type Viewer,
} from '@rehabit/api-auth';
import { toCsv, toPdf, type ReportDocument } from '@rehabit/api-documents';
import { localDateIn } from '@rehabit/shared-domain';
import type { Request, Response } from 'express';
import type { ReportRangeInput } from '../report.model';
import { ReportsService } from '../reports.service';
import { rosterDocument, runnerDocument } from './report-documents';

type Format = 'csv' | 'pdf';

/**
 * Downloads of the compliance reports, as CSV and PDF, for coaches and admins. The
 * same service (and audit row) as the GraphQL reports; a range is optional
 * (`?from=YYYY-MM-DD&to=YYYY-MM-DD`), each runner's last 28 days without one.
 */
@Controller('api/reports')
export class ReportExportController {
  constructor(
    private readonly viewers: ViewerService,
    private readonly reports: ReportsService,
  ) {}

  @Get('roster.:format')
  async roster(
    @Param('format') format: string,
    @Query('from') from: string | undefined,
    @Query('to') to: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.answer(req, res, format, async (viewer) => {
      const report = await this.reports.roster(viewer, rangeOf(from, to));
      const scope =
        viewer.role === 'admin'
          ? 'Every runner of the clinic'
          : `Runners of ${viewer.name}`;
      return rosterDocument(report, scope, today());
    });
  }

  @Get('runners/:runnerId/report.:format')
  async runner(
    @Param('runnerId') runnerId: string,
    @Param('format') format: string,
    @Query('from') from: string | undefined,
    @Query('to') to: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.answer(req, res, format, async (viewer) =>
      runnerDocument(
        await this.reports.runner(viewer, runnerId, rangeOf(from, to)),
        today(),
      ),
    );
  }

  private answer(
    req: Request,
    res: Response,
    format: string,
    build: (viewer: Viewer) => Promise<ReportDocument>,
  ): Promise<void> {
    return answerDownload(
      this.viewers,
      req,
      res,
      ['admin', 'coach'],
      async (viewer) => {
        if (format !== 'csv' && format !== 'pdf')
          throw new AppError(
            ErrorCode.NOT_FOUND,
            'Reports come as .csv or .pdf',
          );
        return rendered(await build(viewer), format);
      },
    );
  }
}

function rangeOf(from?: string, to?: string): ReportRangeInput | null {
  return from === undefined && to === undefined
    ? null
    : { from: from ?? '', to: to ?? '' };
}

const today = () => localDateIn('UTC', new Date());

async function rendered(
  document: ReportDocument,
  format: Format,
): Promise<Download> {
  const fileName = `${document.fileName}.${format}`;
  return format === 'csv'
    ? {
        fileName,
        contentType: 'text/csv; charset=utf-8',
        body: toCsv(document),
      }
    : {
        fileName,
        contentType: 'application/pdf',
        body: Buffer.from(await toPdf(document)),
      };
}
