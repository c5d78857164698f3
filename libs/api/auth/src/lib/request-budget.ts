import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@rehabit/api-core';
import { Prisma } from '@rehabit/api-db';
import type { Request, Response } from 'express';
import { CLIENT_IP_HEADER } from './client-ip';

const WINDOW_MS = 60_000;

/** Whether a spend was within the limit and, if not, the seconds to wait. */
export interface BudgetVerdict {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** The spend of one unit of a key's budget, for the minute that holds `now`. */
export interface BudgetSpend {
  key: string;
  limit: number;
  now: Date;
}

function windowStartOf(now: Date): Date {
  return new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
}

/**
 * The statement that spends one unit and returns the minute's `count` so far. The
 * counter lives in PostgreSQL, so several API instances behind a load balancer count
 * together.
 */
export function budgetSpendSql({ key, now }: BudgetSpend): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO request_budget (key, window_start, count)
    VALUES (${key}, ${windowStartOf(now)}, 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN request_budget.window_start = EXCLUDED.window_start
                   THEN request_budget.count + 1 ELSE 1 END,
      window_start = EXCLUDED.window_start
    RETURNING count`;
}

/** The verdict on a spend, from the minute's count that the spend returned. */
export function budgetVerdict(
  { limit, now }: BudgetSpend,
  count: number,
): BudgetVerdict {
  const retryAfterSeconds = Math.ceil(
    (windowStartOf(now).getTime() + WINDOW_MS - now.getTime()) / 1000,
  );
  return { allowed: Number(count) <= limit, retryAfterSeconds };
}

/**
 * Spends an operation's budget; the implementation may do more in the same round trip
 * (ViewerService.admitOperation also reads the request's viewer).
 */
export type SpendOperationBudget = (
  req: Request,
  res: Response | undefined,
  spend: BudgetSpend,
) => Promise<BudgetVerdict>;

/**
 * GraphQL operations per client address per minute. It is spent just before an
 * operation executes (Apollo's responseForOperation, which runs once every
 * didResolveOperation check has passed): documents refused by the shape limits or the
 * input guard cost no database work at all; only operations that will run spend it.
 */
export function requestBudgetPlugin(
  spendBudget: SpendOperationBudget,
  limitPerMinute: number,
): ApolloServerPlugin<{ req: Request; res?: Response }> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ contextValue }) {
          const ip = String(
            contextValue.req.headers[CLIENT_IP_HEADER] ?? 'unknown',
          );
          // Errors raised in this hook escape Apollo's error formatting, so a budget
          // that cannot be counted (the database is down) lets the operation run: it
          // meets the same fault and answers SERVICE_UNAVAILABLE the usual way.
          const budget = await spendBudget(contextValue.req, contextValue.res, {
            key: `graphql:${ip}`,
            limit: limitPerMinute,
            now: new Date(),
          }).catch(() => null);
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
