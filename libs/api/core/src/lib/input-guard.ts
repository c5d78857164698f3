import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type ValueNode,
} from 'graphql';
import { PAGE_SIZE, type FieldError } from '@rehabit/shared-domain';
import { AppError, ErrorCode } from './app-error';

const NUL = '\u0000';

/**
 * Calls `visit` with every leaf of a value and its dotted path (list indexes as
 * segments). It runs on every operation's arguments, so it walks without building lists.
 */
function eachLeaf(
  value: unknown,
  path: string,
  visit: (path: string, leaf: unknown) => void,
): void {
  if (value === null || typeof value !== 'object') return visit(path, value);
  if (Array.isArray(value)) {
    value.forEach((child, i) => eachLeaf(child, `${path}.${i}`, visit));
    return;
  }
  for (const key of Object.keys(value))
    eachLeaf((value as Record<string, unknown>)[key], `${path}.${key}`, visit);
}

/** The value of an argument as JSON: literals read, variables looked up. */
function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((v) => valueOf(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((f) => [f.name.value, valueOf(f.value, variables)]),
      );
  }
}

/**
 * What no operation may carry, found before any resolver, guard or query runs:
 * - a NUL character in any text (PostgreSQL cannot store one, and no person types it);
 * - a page larger than the schema's maximum (`page: { size }`, 1 to 100).
 * Named by argument path ("input.note", "page.size"), as the resolvers name fields.
 */
export function inputProblems(
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): FieldError[] {
  const problems: FieldError[] = [];
  visit(document, {
    Argument(node: ArgumentNode) {
      eachLeaf(
        valueOf(node.value, variables),
        node.name.value,
        (path, leaf) => {
          if (typeof leaf === 'string' && leaf.includes(NUL))
            problems.push({
              field: path,
              message: 'must not contain control characters',
            });
          if (
            path === 'page.size' &&
            typeof leaf === 'number' &&
            (leaf > PAGE_SIZE.max || leaf < PAGE_SIZE.min)
          )
            problems.push({
              field: path,
              message: `must be an integer from ${PAGE_SIZE.min} to ${PAGE_SIZE.max}`,
            });
        },
      );
    },
  });
  return problems;
}

/**
 * Refuses an operation with `inputProblems` as a field error, before anything runs:
 * answered like any other BAD_USER_INPUT (HTTP 200), so forms show it beside the field.
 */
export function inputGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const fields = inputProblems(document, request.variables);
          if (fields.length === 0) return;
          throw new AppError(
            ErrorCode.BAD_USER_INPUT,
            fields.map((f) => `${f.field} ${f.message}`).join('; '),
            // Apollo answers an error raised here 500 unless told otherwise.
            { fields, http: { status: 200 } },
          );
        },
      };
    },
  };
}
