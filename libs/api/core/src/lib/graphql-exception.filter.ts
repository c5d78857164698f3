import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Errors thrown in GraphQL resolvers go back to Apollo untouched, where
 * formatGraphqlError decides what the client sees and logs the unexpected ones
 * without their messages. Without this filter Nest would log every error,
 * expected client errors included, with messages that may quote what was typed.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
