import {
  createParamDecorator,
  SetMetadata,
  type CanActivate,
  type ExecutionContext,
  Injectable,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { AppError, ErrorCode } from '@rehabit/api-core';
import type { Request, Response } from 'express';
import type { Role, Viewer } from './viewer';
import { ViewerService } from './viewer.service';

export const ACCESS = 'rehabit:access';

/** Who may call an operation: "public" (anyone, signed in or not), or a list of roles. */
export type AccessRule = 'public' | readonly Role[];

/** Declares who may call a resolver or field. An operation without it is refused. */
export const Access = (rule: AccessRule) => SetMetadata(ACCESS, rule);

type RequestWithViewer = Request & { viewer?: Viewer | null };

function httpOf(context: ExecutionContext): {
  req: RequestWithViewer;
  res: Response;
} {
  return GqlExecutionContext.create(context).getContext<{
    req: RequestWithViewer;
    res: Response;
  }>();
}

function requestOf(context: ExecutionContext): RequestWithViewer {
  return httpOf(context).req;
}

/**
 * The one gate of every GraphQL operation and guarded field: it resolves the viewer
 * from the session (once per request) and applies the operation's rule. Fails
 * closed: an operation that declares no rule answers FORBIDDEN.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly viewers: ViewerService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(
      ACCESS,
      [context.getHandler(), context.getClass()],
    );
    const { req, res } = httpOf(context);
    if (req.viewer === undefined)
      req.viewer = await this.viewers.fromRequest(req, res);
    if (rule === 'public') return true;
    if (rule === undefined)
      throw new AppError(
        ErrorCode.FORBIDDEN,
        'This operation declares no access rule.',
      );
    if (!req.viewer)
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to continue.');
    if (!rule.includes(req.viewer.role))
      throw new AppError(ErrorCode.FORBIDDEN, 'Your role cannot do this.');
    return true;
  }
}

/** The signed-in viewer (null on public operations called anonymously). */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | null =>
    requestOf(context).viewer ?? null,
);
