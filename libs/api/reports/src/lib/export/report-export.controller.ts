import {
  Controller,
  Get,
  HttpException,
  HttpStatus,
  Param,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { AppError, ErrorCode } from '@rehabit/api-core';
import { ViewerService, type Viewer } from '@rehabit/api-auth';
import { localDateIn } from '@rehabit/shared-domain';
import type { Request, Response } from 'express';
import type { ReportRangeInput } from '../report.model';
import { ReportsService } from '../reports.service';
import { toCsv } from './csv';
import { toPdf } from './pdf';
import { rosterDocument, runnerDocument } from './report-documents';
import type { ReportDocument } from './report-table';

type Format = 'csv' | 'pdf';

const STATUS_OF: Partial<Record<string, HttpStatus>> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
};

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

  private async answer(
    req: Request,
    res: Response,
    format: string,
    build: (viewer: Viewer) => Promise<ReportDocument>,
  ): Promise<void> {
    try {
      if (format !== 'csv' && format !== 'pdf')
        throw new AppError(ErrorCode.NOT_FOUND, 'Reports come as .csv or .pdf');
      const viewer = await this.viewers.fromRequest(req, res);
      if (!viewer)
        throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to continue.');
      if (viewer.role === 'runner')
        throw new AppError(ErrorCode.FORBIDDEN, 'Your role cannot do this.');
      const document = await build(viewer);
      await send(res, document, format as Format);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      throw new HttpException(
        { error: error.message, ...error.extensions },
        STATUS_OF[error.code] ?? HttpStatus.BAD_REQUEST,
      );
    }
  }
}

function rangeOf(from?: string, to?: string): ReportRangeInput | null {
  return from === undefined && to === undefined
    ? null
    : { from: from ?? '', to: to ?? '' };
}

const today = () => localDateIn('UTC', new Date());

async function send(res: Response, document: ReportDocument, format: Format) {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${document.fileName}.${format}"`,
  );
  if (format === 'csv') {
    res.type('text/csv; charset=utf-8').send(toCsv(document));
  } else {
    res.type('application/pdf').send(Buffer.from(await toPdf(document)));
  }
}
