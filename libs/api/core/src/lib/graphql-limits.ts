import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';

/**
 * The shape limits of a GraphQL request (RELIABILITY.md). The web app's largest
 * operation stays well inside them (graphql-limits.spec.ts checks every one).
 */
export const GRAPHQL_LIMITS = {
  depth: 8,
  aliases: 15,
  tokens: 1_000,
  directives: 10,
  /** graphql-armor's cost: 2 an object, 1 a scalar, ×1.5 a level of depth. */
  cost: 5_000,
  queryCharacters: 15_000,
} as const;

/**
 * Refuses a query text longer than the limit before Apollo parses it: 400 with a
 * GraphQL-shaped error (mounted on /graphql after the JSON body parser).
 */
export function queryLengthLimit(max = GRAPHQL_LIMITS.queryCharacters) {
  return (
    req: { body?: unknown },
    res: { status(code: number): { json(body: unknown): void } },
    next: () => void,
  ): void => {
    const body = req.body as { query?: unknown } | undefined;
    if (typeof body?.query === 'string' && body.query.length > max) {
      res.status(400).json({
        errors: [
          {
            message: `The query must be at most ${max} characters.`,
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
      return;
    }
    next();
  };
}

/**
 * Apollo plugins and validation rules that refuse abusive documents (deep nesting,
 * alias floods, token and cost bombs) while parsing and validating, so
 * before any resolver, guard or database query runs. Field suggestions ("did you
 * mean…") are never sent: they map the schema for a stranger.
 */
export function graphqlProtection(): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
} {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.depth, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.aliases },
    maxTokens: { n: GRAPHQL_LIMITS.tokens },
    maxDirectives: { n: GRAPHQL_LIMITS.directives },
    costLimit: { maxCost: GRAPHQL_LIMITS.cost },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    plugins: armor.plugins,
    validationRules: armor.validationRules,
  };
}
