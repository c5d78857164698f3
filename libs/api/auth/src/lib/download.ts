import { HttpException, HttpStatus } from '@nestjs/common';
import { AppError, ErrorCode } from '@rehabit/api-core';
import type { Viewer, Role } from './viewer';
import type { ViewerService } from './viewer.service';
import type { Request, Response } from 'express';

const STATUS_OF: Partial<Record<string, HttpStatus>> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
};

/** A file to hand over: never cached, always an attachment. */
export interface Download {
  fileName: string;
  contentType: string;
  body: string | Buffer;
}

/**
 * Answers a download for a signed-in viewer of one of `roles`: the same session, roles
 * and errors as the GraphQL API, as HTTP statuses (401, 403, 404, 400 naming the field).
 */
export async function answerDownload(
  viewers: ViewerService,
  req: Request,
  res: Response,
  roles: Role[],
  build: (viewer: Viewer) => Promise<Download>,
): Promise<void> {
  try {
    const viewer = await viewers.fromRequest(req, res);
    if (!viewer)
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to continue.');
    if (!roles.includes(viewer.role))
      throw new AppError(ErrorCode.FORBIDDEN, 'Your role cannot do this.');
    const file = await build(viewer);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${file.fileName}"`,
    );
    res.type(file.contentType).send(file.body);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    throw new HttpException(
      { error: error.message, ...error.extensions },
      STATUS_OF[error.code] ?? HttpStatus.BAD_REQUEST,
    );
  }
}
