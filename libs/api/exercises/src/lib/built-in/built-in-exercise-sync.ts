import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Prisma, PrismaService } from '@rehabit/api-db';
import { BUILT_IN_EXERCISES } from './built-in-exercises';
import type { ExerciseDefinition } from './exercise-definition';

function upsertStatement(e: ExerciseDefinition): Prisma.Sql {
  const d = e.defaultDose;
  // INSERT … ON CONFLICT rather than Prisma's upsert: two API instances starting
  // together must both succeed, on PostgreSQL and on PGlite alike.
  return Prisma.sql`
    INSERT INTO exercise (
      id, built_in_key, name, aliases, category, body_region, target_muscles, starting_position,
      steps, cues, safety_notes, contraindications, equipment, media_url,
      default_hold_seconds, default_reps, default_sets, default_side, default_rest_seconds,
      default_times_per_day, default_days_of_week, default_intensity, default_load, updated_at)
    VALUES (
      gen_random_uuid(), ${e.builtInKey}, ${e.name}, ${e.aliases}::text[],
      ${e.category}::"ExerciseCategory", ${e.bodyRegion}::"BodyRegion", ${e.targetMuscles}::text[],
      ${e.startingPosition}, ${e.steps}::text[], ${e.cues}::text[], ${e.safetyNotes},
      ${e.contraindications}, ${e.equipment}::text[], ${e.mediaUrl},
      ${d.holdSeconds}::int, ${d.reps}::int, ${d.sets}::int, ${d.side}::"Side", ${d.restSeconds}::int,
      ${d.timesPerDay}::int, ${d.daysOfWeek}::int[], ${d.intensity}::int, ${d.load}, now())
    ON CONFLICT (built_in_key) DO UPDATE SET
      name = excluded.name, aliases = excluded.aliases, category = excluded.category,
      body_region = excluded.body_region, target_muscles = excluded.target_muscles,
      starting_position = excluded.starting_position, steps = excluded.steps, cues = excluded.cues,
      safety_notes = excluded.safety_notes, contraindications = excluded.contraindications,
      equipment = excluded.equipment, media_url = excluded.media_url,
      default_hold_seconds = excluded.default_hold_seconds, default_reps = excluded.default_reps,
      default_sets = excluded.default_sets, default_side = excluded.default_side,
      default_rest_seconds = excluded.default_rest_seconds,
      default_times_per_day = excluded.default_times_per_day,
      default_days_of_week = excluded.default_days_of_week,
      default_intensity = excluded.default_intensity, default_load = excluded.default_load,
      archived_at = NULL, updated_at = now()`;
}

/**
 * Keeps the built-in library current: at every start, each built-in exercise is
 * inserted or brought up to date by its builtInKey, in one transaction.
 * Ids of existing rows never change, so prescriptions keep pointing at them.
 */
@Injectable()
export class BuiltInExerciseSync implements OnApplicationBootstrap {
  private readonly log = new Logger(BuiltInExerciseSync.name);

  constructor(private readonly prisma: PrismaService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.prisma.client.$transaction(
      BUILT_IN_EXERCISES.map((e) =>
        this.prisma.client.$executeRaw(upsertStatement(e)),
      ),
    );
    this.log.log(
      `built-in exercise library: ${BUILT_IN_EXERCISES.length} exercises current`,
    );
  }
}
