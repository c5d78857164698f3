import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@rehabit/api-core';
import { Prisma, type PrismaService } from '@rehabit/api-db';
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
  const [row] = await prisma.sql<{ count: number }>(Prisma.sql`
    INSERT INTO request_budget (key, window_start, count)
    VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN request_budget.window_start = EXCLUDED.window_start
                   THEN request_budget.count + 1 ELSE 1 END,
      window_start = EXCLUDED.window_start
    RETURNING count`);
  const retryAfterSeconds = Math.ceil(
    (windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000,
  );
  return { allowed: Number(row.count) <= limit, retryAfterSeconds };
}

/**
 * GraphQL operations per client address per minute. It is spent just before an
 * operation executes (Apollo's responseForOperation, which runs once every
 * didResolveOperation check has passed): documents refused by the shape limits or the
 * input guard cost no database work at all; only operations that will run spend it.
 */
export function requestBudgetPlugin(
  prisma: PrismaService,
  limitPerMinute: number,
): ApolloServerPlugin<{ req?: { headers: Record<string, unknown> } }> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ contextValue }) {
          const ip = String(
            contextValue.req?.headers[CLIENT_IP_HEADER] ?? 'unknown',
          );
          // Errors raised in this hook escape Apollo's error formatting, so a budget
          // that cannot be counted (the database is down) lets the operation run: it
          // meets the same fault and answers SERVICE_UNAVAILABLE the usual way.
          const budget = await spendRequestBudget(
            prisma,
            `graphql:${ip}`,
            limitPerMinute,
          ).catch(() => null);
          if (!budget || budget.allowed) return null;
          return {
            http: {
              status: 429,
              headers: new HeaderMap([
                ['retry-after', String(budget.retryAfterSeconds)],
              ]),
            },
            body: {
              kind: 'single',
              singleResult: {
                errors: [
                  {
                    message: `Too many requests: try again in ${budget.retryAfterSeconds} s.`,
                    extensions: { code: ErrorCode.TOO_MANY_REQUESTS },
                  },
                ],
              },
            },
          };
        },
      };
    },
  };
}
