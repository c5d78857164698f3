import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { AppError, assertValid, ErrorCode } from '@rehabit/api-core';
import { AuditLog } from '@rehabit/api-audit';
import {
  answerDownload,
  ViewerService,
  type Download,
  type Viewer,
} from '@rehabit/api-auth';
import { PrismaService } from '@rehabit/api-db';
import { toPdf } from '@rehabit/api-documents';
import { checkUuid } from '@rehabit/shared-domain';
import type { Request, Response } from 'express';
import { readRunnerRecord, type RunnerRecord } from './runner-record';
import { runnerRecordDocument } from './runner-record-document';

/**
 * The runner's right of access: an admin downloads everything held about a runner, as
 * JSON (complete, for another system) or PDF (to hand to the runner). Each download
 * leaves an audit row in the same transaction as the read.
 */
@Controller('api/admin/runners')
export class RunnerRightsController {
  constructor(
    private readonly viewers: ViewerService,
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
  ) {}

  @Get(':runnerId/record.:format')
  record(
    @Param('runnerId') runnerId: string,
    @Param('format') format: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return answerDownload(this.viewers, req, res, ['admin'], async (viewer) => {
      if (format !== 'json' && format !== 'pdf')
        throw new AppError(
          ErrorCode.NOT_FOUND,
          'A runner’s record comes as .json or .pdf',
        );
      assertValid(checkUuid('runnerId', runnerId));
      return recordFile(await this.read(viewer, runnerId, format), format);
    });
  }

  private read(viewer: Viewer, runnerId: string, format: string) {
    return this.prisma.client.$transaction(async (tx) => {
      const record = await readRunnerRecord(tx, viewer, runnerId);
      await this.audit.success(viewer, runnerId, 'runner.record.export', tx, {
        format,
      });
      return record;
    });
  }
}

async function recordFile(
  record: RunnerRecord,
  format: 'json' | 'pdf',
): Promise<Download> {
  const fileName = `rehabit-runner-record-${record.runner.id}.${format}`;
  return format === 'json'
    ? {
        fileName,
        contentType: 'application/json; charset=utf-8',
        body: JSON.stringify(record, null, 2),
      }
    : {
        fileName,
        contentType: 'application/pdf',
        body: Buffer.from(await toPdf(runnerRecordDocument(record))),
      };
}
