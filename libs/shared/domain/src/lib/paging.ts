import { checkIntInRange, type FieldError } from './field-error';

/**
 * One paging convention for every list in the API: `page: { size, cursor }` in,
 * `{ items, nextCursor, totalCount }` out. Cursors are opaque to clients.
 */
export const PAGE_SIZE = { min: 1, max: 100, default: 20 } as const;

export interface PageRequest {
  size?: number | null;
  cursor?: string | null;
}

export function validatePage(
  page: PageRequest | null | undefined,
): FieldError[] {
  return checkIntInRange('page.size', page?.size, PAGE_SIZE, true);
}
