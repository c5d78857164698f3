import type { ApolloServerPlugin } from '@apollo/server';
import { AppError, ErrorCode } from '@rehabit/api-core';
import type { PrismaService } from '@rehabit/api-db';
import { CLIENT_IP_HEADER } from './client-ip';

const WINDOW_MS = 60_000;

/**
 * Spends one unit of a key's budget for the current minute, in one statement: the
 * counter lives in PostgreSQL, so several API instances behind a load balancer count
 * together. Answers whether it was within the limit and, if not, the seconds to wait.
 */
export async function spendRequestBudget(
  prisma: PrismaService,
  key: string,
  limit: number,
  now = new Date(),
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const windowStart = new Date(
    Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS,
  );
  const [row] = await prisma.client.$queryRaw<{ count: number }[]>`
    INSERT INTO request_budget (key, window_start, count)
    VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN request_budget.window_start = EXCLUDED.window_start
                   THEN request_budget.count + 1 ELSE 1 END,
      window_start = EXCLUDED.window_start
    RETURNING count`;
  const retryAfterSeconds = Math.ceil(
    (windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000,
  );
  return { allowed: Number(row.count) <= limit, retryAfterSeconds };
}

/**
 * GraphQL operations per client address per minute. It runs once the document is
 * parsed and validated, so abusive documents are refused by the shape limits without
 * touching the database, and only well-formed operations spend the budget.
 */
export function requestBudgetPlugin(
  prisma: PrismaService,
  limitPerMinute: number,
): ApolloServerPlugin<{ req?: { headers: Record<string, unknown> } }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          const ip = String(
            contextValue.req?.headers[CLIENT_IP_HEADER] ?? 'unknown',
          );
          const budget = await spendRequestBudget(
            prisma,
            `graphql:${ip}`,
            limitPerMinute,
          );
          if (!budget.allowed)
            throw new AppError(
              ErrorCode.TOO_MANY_REQUESTS,
              `Too many requests: try again in ${budget.retryAfterSeconds} s.`,
              {
                http: {
                  status: 429,
                  headers: new Map([
                    ['retry-after', String(budget.retryAfterSeconds)],
                  ]),
                },
              },
            );
        },
      };
    },
  };
}
