import { Type } from '@nestjs/common';
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PAGE_SIZE } from '@rehabit/shared-domain';

@InputType({
  description: `A page of a list: at most ${PAGE_SIZE.max} items (default ${PAGE_SIZE.default}).`,
})
export class PageInput {
  @Field(() => Int, {
    nullable: true,
    description: `Items per page, ${PAGE_SIZE.min}–${PAGE_SIZE.max}.`,
  })
  size?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The nextCursor of the previous page.',
  })
  cursor?: string | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  totalCount: number;
}

/** The one page shape of every list in the schema: items, nextCursor, totalCount. */
export function PageOf<T>(item: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(name)
  class PageType implements Page<T> {
    @Field(() => [item])
    items!: T[];

    @Field(() => String, {
      nullable: true,
      description: 'Pass as page.cursor for the next page; null on the last.',
    })
    nextCursor!: string | null;

    @Field(() => Int, {
      description: 'Items matching the filter, across all pages.',
    })
    totalCount!: number;
  }
  return PageType;
}
