import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, type ExerciseModel } from '@rehabit/api-db';
import type { BodyRegion, ExerciseCategory } from '@rehabit/shared-domain';
import type { ExerciseScope } from './exercise-scope';

export interface ExerciseQuery {
  /** Lower-case words that must all occur in the exercise's search text. */
  words: string[];
  category: ExerciseCategory | null;
  bodyRegion: BodyRegion | null;
}

/** Sort key of the keyset paging: lower-case name, then id. */
export type ExerciseSortKey = [sortName: string, id: string];

export interface ExercisePageRows {
  rows: ExerciseModel[];
  lastKey: ExerciseSortKey | null;
  hasMore: boolean;
  totalCount: number;
}

/**
 * The text a search looks in: name, aliases, target muscles and body region, lower
 * case, every run of non-alphanumerics folded to one space ("Figure-four" finds
 * "figure four"). Kept in SQL so the filter runs in the database.
 */
const SEARCH_TEXT = Prisma.sql`regexp_replace(lower(concat_ws(' ', e.name,
  array_to_string(e.aliases, ' '), array_to_string(e.target_muscles, ' '),
  replace(e.body_region::text, '_', ' '))), '[^[:alnum:]]+', ' ', 'g')`;

@Injectable()
export class ExercisesRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findPage(
    scope: ExerciseScope,
    query: ExerciseQuery,
    size: number,
    after: ExerciseSortKey | null,
  ): Promise<ExercisePageRows> {
    const filter = this.filterSql(scope, query);
    const afterSql = after
      ? Prisma.sql`AND (lower(e.name), e.id) > (${after[0]}, ${after[1]}::uuid)`
      : Prisma.empty;
    const [keys, counted] = await Promise.all([
      this.prisma.client.$queryRaw<{ id: string; sort_name: string }[]>`
        SELECT e.id, lower(e.name) AS sort_name FROM exercise e
        WHERE ${filter} ${afterSql}
        ORDER BY lower(e.name), e.id
        LIMIT ${size + 1}`,
      this.prisma.client.$queryRaw<
        { n: number }[]
      >`SELECT count(*)::int AS n FROM exercise e WHERE ${filter}`,
    ]);
    const pageKeys = keys.slice(0, size);
    const found = await this.prisma.client.exercise.findMany({
      where: { id: { in: pageKeys.map((k) => k.id) } },
    });
    const byId = new Map(found.map((row) => [row.id, row]));
    const last = pageKeys.at(-1);
    return {
      rows: pageKeys.flatMap((k) => byId.get(k.id) ?? []),
      lastKey: last ? [last.sort_name, last.id] : null,
      hasMore: keys.length > size,
      totalCount: counted[0]?.n ?? 0,
    };
  }

  /** One exercise visible in the scope, archived or not (old prescriptions name it). */
  findVisible(scope: ExerciseScope, id: string): Promise<ExerciseModel | null> {
    return this.prisma.client.exercise.findFirst({
      where: { id, OR: this.visibleTo(scope) },
    });
  }

  private visibleTo(scope: ExerciseScope): Prisma.ExerciseWhereInput[] {
    return scope.clinicId === null
      ? [{ clinicId: null }]
      : [{ clinicId: null }, { clinicId: scope.clinicId }];
  }

  private filterSql(scope: ExerciseScope, query: ExerciseQuery): Prisma.Sql {
    const conditions = [
      Prisma.sql`e.archived_at IS NULL`,
      scope.clinicId === null
        ? Prisma.sql`e.clinic_id IS NULL`
        : Prisma.sql`(e.clinic_id IS NULL OR e.clinic_id = ${scope.clinicId})`,
      ...(query.category
        ? [Prisma.sql`e.category = ${query.category}::"ExerciseCategory"`]
        : []),
      ...(query.bodyRegion
        ? [Prisma.sql`e.body_region = ${query.bodyRegion}::"BodyRegion"`]
        : []),
      ...query.words.map(
        (word) => Prisma.sql`strpos(${SEARCH_TEXT}, ${word}) > 0`,
      ),
    ];
    return Prisma.join(conditions, ' AND ');
  }
}
