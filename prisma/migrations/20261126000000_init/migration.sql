-- CreateEnum
CREATE TYPE "RunnerStatus" AS ENUM ('INVITED', 'ACTIVE', 'DISCHARGED');

-- CreateEnum
CREATE TYPE "ExerciseCategory" AS ENUM ('STRETCH', 'STRENGTH', 'MOBILITY', 'STABILITY', 'ACTIVATION', 'CARDIO');

-- CreateEnum
CREATE TYPE "BodyRegion" AS ENUM ('LOWER_BACK', 'HIP', 'GLUTE', 'THIGH', 'KNEE', 'CALF', 'ANKLE_FOOT', 'CORE', 'FULL_BODY');

-- CreateEnum
CREATE TYPE "Side" AS ENUM ('LEFT', 'RIGHT', 'EACH_SIDE', 'BILATERAL', 'NONE');

-- CreateEnum
CREATE TYPE "WarningSign" AS ENUM ('NUMBNESS', 'PINS_AND_NEEDLES', 'WEAKNESS', 'BLADDER_OR_BOWEL_CHANGES');

-- CreateEnum
CREATE TYPE "SkipReason" AS ENUM ('PAIN', 'NO_TIME', 'EQUIPMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "ExcuseReason" AS ENUM ('ILLNESS', 'TRAVEL', 'RACE', 'OTHER');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('SUCCESS', 'FAILURE', 'DENIED');

-- CreateTable
CREATE TABLE "app_user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_verified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_session" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ip_address" TEXT,
    "user_agent" TEXT,
    "user_id" TEXT NOT NULL,
    "active_organization_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auth_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_account" (
    "id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "access_token" TEXT,
    "refresh_token" TEXT,
    "id_token" TEXT,
    "access_token_expires_at" TIMESTAMPTZ(3),
    "refresh_token_expires_at" TIMESTAMPTZ(3),
    "scope" TEXT,
    "password" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auth_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auth_verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_rate_limit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "last_request" BIGINT NOT NULL,

    CONSTRAINT "auth_rate_limit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "clinic" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "logo" TEXT,
    "metadata" TEXT,
    "time_zone" TEXT NOT NULL DEFAULT 'UTC',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "clinic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "clinic_member" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "clinic_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "clinic_invitation" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "inviter_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "clinic_invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "runner" (
    "id" UUID NOT NULL,
    "clinic_id" TEXT NOT NULL,
    "coach_id" TEXT NOT NULL,
    "user_id" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "time_zone" TEXT NOT NULL,
    "status" "RunnerStatus" NOT NULL DEFAULT 'INVITED',
    "discharged_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "runner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "runner_invitation" (
    "id" UUID NOT NULL,
    "runner_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "used_at" TIMESTAMPTZ(3),
    "invalidated_at" TIMESTAMPTZ(3),

    CONSTRAINT "runner_invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exercise" (
    "id" UUID NOT NULL,
    "clinic_id" TEXT,
    "built_in_key" TEXT,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "category" "ExerciseCategory" NOT NULL,
    "body_region" "BodyRegion" NOT NULL,
    "target_muscles" TEXT[],
    "starting_position" TEXT NOT NULL,
    "steps" TEXT[],
    "cues" TEXT[],
    "safety_notes" TEXT NOT NULL,
    "contraindications" TEXT NOT NULL,
    "equipment" TEXT[],
    "media_url" TEXT,
    "default_hold_seconds" INTEGER,
    "default_reps" INTEGER NOT NULL,
    "default_sets" INTEGER NOT NULL,
    "default_side" "Side" NOT NULL,
    "default_rest_seconds" INTEGER NOT NULL,
    "default_times_per_day" INTEGER NOT NULL,
    "default_days_of_week" INTEGER[],
    "default_intensity" INTEGER,
    "default_load" TEXT,
    "archived_at" TIMESTAMPTZ(3),
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "exercise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "template" (
    "id" UUID NOT NULL,
    "clinic_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "created_by_id" TEXT NOT NULL,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "template_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "template_phase" (
    "id" UUID NOT NULL,
    "template_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "start_week" INTEGER NOT NULL,
    "end_week" INTEGER,
    "advance_min_adherence_pct" INTEGER,
    "advance_max_pain" INTEGER,
    "advance_after_weeks" INTEGER,

    CONSTRAINT "template_phase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "template_item" (
    "id" UUID NOT NULL,
    "template_id" UUID NOT NULL,
    "phase_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "exercise_id" UUID NOT NULL,
    "hold_seconds" INTEGER,
    "reps" INTEGER NOT NULL,
    "sets" INTEGER NOT NULL,
    "side" "Side" NOT NULL,
    "rest_seconds" INTEGER NOT NULL,
    "times_per_day" INTEGER NOT NULL,
    "days_of_week" INTEGER[],
    "intensity" INTEGER,
    "load" TEXT,
    "tempo" TEXT NOT NULL DEFAULT '',
    "cues" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "template_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "prescription" (
    "id" UUID NOT NULL,
    "clinic_id" TEXT NOT NULL,
    "runner_id" UUID NOT NULL,
    "template_id" UUID,
    "name" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "prescription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "prescription_pause" (
    "id" UUID NOT NULL,
    "prescription_id" UUID NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "reason" TEXT NOT NULL DEFAULT '',
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "prescription_pause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "prescription_version" (
    "id" UUID NOT NULL,
    "prescription_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "effective_from" DATE NOT NULL,
    "change_note" TEXT NOT NULL DEFAULT '',
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "prescription_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "prescription_phase" (
    "id" UUID NOT NULL,
    "version_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "start_week" INTEGER NOT NULL,
    "end_week" INTEGER,
    "advance_min_adherence_pct" INTEGER,
    "advance_max_pain" INTEGER,
    "advance_after_weeks" INTEGER,

    CONSTRAINT "prescription_phase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "prescription_item" (
    "id" UUID NOT NULL,
    "version_id" UUID NOT NULL,
    "phase_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "exercise_id" UUID NOT NULL,
    "hold_seconds" INTEGER,
    "reps" INTEGER NOT NULL,
    "sets" INTEGER NOT NULL,
    "side" "Side" NOT NULL,
    "rest_seconds" INTEGER NOT NULL,
    "times_per_day" INTEGER NOT NULL,
    "days_of_week" INTEGER[],
    "intensity" INTEGER,
    "load" TEXT,
    "tempo" TEXT NOT NULL DEFAULT '',
    "cues" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "start_date" DATE,
    "end_date" DATE,

    CONSTRAINT "prescription_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_log" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "runner_id" UUID NOT NULL,
    "prescription_id" UUID NOT NULL,
    "local_date" DATE NOT NULL,
    "slot" INTEGER NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "completed_at" TIMESTAMPTZ(3) NOT NULL,
    "pain_before" INTEGER NOT NULL,
    "pain_after" INTEGER NOT NULL,
    "effort" INTEGER NOT NULL,
    "next_morning_pain" INTEGER,
    "next_morning_at" TIMESTAMPTZ(3),
    "warning_signs" "WarningSign"[],
    "note" TEXT NOT NULL DEFAULT '',
    "body_hash" TEXT NOT NULL,
    "corrects_id" UUID,
    "coach_comment" TEXT,
    "coach_comment_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_item_log" (
    "id" UUID NOT NULL,
    "session_log_id" UUID NOT NULL,
    "prescription_item_id" UUID NOT NULL,
    "sets_left" INTEGER NOT NULL DEFAULT 0,
    "sets_right" INTEGER NOT NULL DEFAULT 0,
    "sets_done" INTEGER NOT NULL DEFAULT 0,
    "hold_seconds_achieved" INTEGER,
    "reps" INTEGER,
    "pain_during" INTEGER,
    "skipped" BOOLEAN NOT NULL DEFAULT false,
    "skip_reason" "SkipReason",

    CONSTRAINT "session_item_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "excused_day" (
    "id" UUID NOT NULL,
    "runner_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "reason" "ExcuseReason" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "reported_by_id" TEXT NOT NULL,
    "confirmed_at" TIMESTAMPTZ(3),
    "confirmed_by_id" TEXT,
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "excused_day_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" UUID NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_user_id" TEXT,
    "clinic_id" TEXT,
    "runner_id" UUID,
    "scope" TEXT,
    "action" TEXT NOT NULL,
    "outcome" "AuditOutcome" NOT NULL,
    "request_id" TEXT,
    "detail" JSONB,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "auth_session_token_key" ON "auth_session"("token");

-- CreateIndex
CREATE INDEX "auth_session_user_id_idx" ON "auth_session"("user_id");

-- CreateIndex
CREATE INDEX "auth_account_user_id_idx" ON "auth_account"("user_id");

-- CreateIndex
CREATE INDEX "auth_verification_identifier_idx" ON "auth_verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "auth_rate_limit_key_key" ON "auth_rate_limit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "clinic_slug_key" ON "clinic"("slug");

-- CreateIndex
CREATE INDEX "clinic_member_user_id_idx" ON "clinic_member"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "clinic_member_organization_id_user_id_key" ON "clinic_member"("organization_id", "user_id");

-- CreateIndex
CREATE INDEX "clinic_invitation_organization_id_idx" ON "clinic_invitation"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "runner_user_id_key" ON "runner"("user_id");

-- CreateIndex
CREATE INDEX "runner_clinic_id_coach_id_idx" ON "runner"("clinic_id", "coach_id");

-- CreateIndex
CREATE UNIQUE INDEX "runner_clinic_id_email_key" ON "runner"("clinic_id", "email");

-- CreateIndex
CREATE UNIQUE INDEX "runner_invitation_token_hash_key" ON "runner_invitation"("token_hash");

-- CreateIndex
CREATE INDEX "runner_invitation_runner_id_idx" ON "runner_invitation"("runner_id");

-- CreateIndex
CREATE UNIQUE INDEX "exercise_built_in_key_key" ON "exercise"("built_in_key");

-- CreateIndex
CREATE INDEX "exercise_clinic_id_idx" ON "exercise"("clinic_id");

-- CreateIndex
CREATE INDEX "template_clinic_id_idx" ON "template"("clinic_id");

-- CreateIndex
CREATE UNIQUE INDEX "template_phase_template_id_position_key" ON "template_phase"("template_id", "position");

-- CreateIndex
CREATE INDEX "template_item_template_id_idx" ON "template_item"("template_id");

-- CreateIndex
CREATE UNIQUE INDEX "template_item_phase_id_position_key" ON "template_item"("phase_id", "position");

-- CreateIndex
CREATE INDEX "prescription_clinic_id_idx" ON "prescription"("clinic_id");

-- CreateIndex
CREATE INDEX "prescription_runner_id_idx" ON "prescription"("runner_id");

-- CreateIndex
CREATE INDEX "prescription_pause_prescription_id_idx" ON "prescription_pause"("prescription_id");

-- CreateIndex
CREATE INDEX "prescription_version_prescription_id_effective_from_idx" ON "prescription_version"("prescription_id", "effective_from");

-- CreateIndex
CREATE UNIQUE INDEX "prescription_version_prescription_id_version_key" ON "prescription_version"("prescription_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "prescription_phase_version_id_position_key" ON "prescription_phase"("version_id", "position");

-- CreateIndex
CREATE INDEX "prescription_item_version_id_idx" ON "prescription_item"("version_id");

-- CreateIndex
CREATE UNIQUE INDEX "prescription_item_phase_id_position_key" ON "prescription_item"("phase_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "session_log_corrects_id_key" ON "session_log"("corrects_id");

-- CreateIndex
CREATE INDEX "session_log_prescription_id_local_date_idx" ON "session_log"("prescription_id", "local_date");

-- CreateIndex
CREATE INDEX "session_log_runner_id_local_date_idx" ON "session_log"("runner_id", "local_date");

-- CreateIndex
CREATE UNIQUE INDEX "session_log_runner_id_client_id_key" ON "session_log"("runner_id", "client_id");

-- CreateIndex
CREATE UNIQUE INDEX "session_item_log_session_log_id_prescription_item_id_key" ON "session_item_log"("session_log_id", "prescription_item_id");

-- CreateIndex
CREATE INDEX "excused_day_runner_id_date_idx" ON "excused_day"("runner_id", "date");

-- CreateIndex
CREATE INDEX "audit_event_clinic_id_occurred_at_idx" ON "audit_event"("clinic_id", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_event_runner_id_occurred_at_idx" ON "audit_event"("runner_id", "occurred_at");

-- AddForeignKey
ALTER TABLE "auth_session" ADD CONSTRAINT "auth_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth_account" ADD CONSTRAINT "auth_account_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clinic_member" ADD CONSTRAINT "clinic_member_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clinic_member" ADD CONSTRAINT "clinic_member_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clinic_invitation" ADD CONSTRAINT "clinic_invitation_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clinic_invitation" ADD CONSTRAINT "clinic_invitation_inviter_id_fkey" FOREIGN KEY ("inviter_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "runner" ADD CONSTRAINT "runner_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "runner" ADD CONSTRAINT "runner_coach_id_fkey" FOREIGN KEY ("coach_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "runner" ADD CONSTRAINT "runner_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "runner_invitation" ADD CONSTRAINT "runner_invitation_runner_id_fkey" FOREIGN KEY ("runner_id") REFERENCES "runner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise" ADD CONSTRAINT "exercise_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "template" ADD CONSTRAINT "template_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "template_phase" ADD CONSTRAINT "template_phase_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "template"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "template_item" ADD CONSTRAINT "template_item_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "template"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "template_item" ADD CONSTRAINT "template_item_phase_id_fkey" FOREIGN KEY ("phase_id") REFERENCES "template_phase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "template_item" ADD CONSTRAINT "template_item_exercise_id_fkey" FOREIGN KEY ("exercise_id") REFERENCES "exercise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prescription" ADD CONSTRAINT "prescription_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prescription" ADD CONSTRAINT "prescription_runner_id_fkey" FOREIGN KEY ("runner_id") REFERENCES "runner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prescription" ADD CONSTRAINT "prescription_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "template"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prescription_pause" ADD CONSTRAINT "prescription_pause_prescription_id_fkey" FOREIGN KEY ("prescription_id") REFERENCES "prescription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prescription_version" ADD CONSTRAINT "prescription_version_prescription_id_fkey" FOREIGN KEY ("prescription_id") REFERENCES "prescription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prescription_phase" ADD CONSTRAINT "prescription_phase_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "prescription_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prescription_item" ADD CONSTRAINT "prescription_item_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "prescription_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prescription_item" ADD CONSTRAINT "prescription_item_phase_id_fkey" FOREIGN KEY ("phase_id") REFERENCES "prescription_phase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prescription_item" ADD CONSTRAINT "prescription_item_exercise_id_fkey" FOREIGN KEY ("exercise_id") REFERENCES "exercise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_log" ADD CONSTRAINT "session_log_runner_id_fkey" FOREIGN KEY ("runner_id") REFERENCES "runner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_log" ADD CONSTRAINT "session_log_prescription_id_fkey" FOREIGN KEY ("prescription_id") REFERENCES "prescription"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_log" ADD CONSTRAINT "session_log_corrects_id_fkey" FOREIGN KEY ("corrects_id") REFERENCES "session_log"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_item_log" ADD CONSTRAINT "session_item_log_session_log_id_fkey" FOREIGN KEY ("session_log_id") REFERENCES "session_log"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_item_log" ADD CONSTRAINT "session_item_log_prescription_item_id_fkey" FOREIGN KEY ("prescription_item_id") REFERENCES "prescription_item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "excused_day" ADD CONSTRAINT "excused_day_runner_id_fkey" FOREIGN KEY ("runner_id") REFERENCES "runner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Written by hand (Prisma cannot express CHECK constraints): the PRODUCT.md dose
-- bounds and other invariants, so that nothing that bypasses the API's input
-- validation can store them. libs/shared/domain/src/lib/dose.ts holds the same numbers.
-- ---------------------------------------------------------------------------

-- A non-empty set of ISO weekdays (1 = Monday … 7 = Sunday) without repeats.
CREATE FUNCTION rehabit_valid_weekdays(days integer[]) RETURNS boolean
  LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT cardinality(days) BETWEEN 1 AND 7
       AND days <@ ARRAY[1, 2, 3, 4, 5, 6, 7]
       AND cardinality(days) = (SELECT count(DISTINCT d) FROM unnest(days) AS d)
  $$;

ALTER TABLE "exercise"
  ADD CONSTRAINT "exercise_default_hold_seconds_range" CHECK ("default_hold_seconds" IS NULL OR "default_hold_seconds" BETWEEN 1 AND 600),
  ADD CONSTRAINT "exercise_default_reps_range" CHECK ("default_reps" BETWEEN 1 AND 100),
  ADD CONSTRAINT "exercise_default_sets_range" CHECK ("default_sets" BETWEEN 1 AND 20),
  ADD CONSTRAINT "exercise_default_rest_seconds_range" CHECK ("default_rest_seconds" BETWEEN 0 AND 600),
  ADD CONSTRAINT "exercise_default_times_per_day_range" CHECK ("default_times_per_day" BETWEEN 1 AND 6),
  ADD CONSTRAINT "exercise_default_days_of_week_valid" CHECK (rehabit_valid_weekdays("default_days_of_week")),
  ADD CONSTRAINT "exercise_default_intensity_range" CHECK ("default_intensity" IS NULL OR "default_intensity" BETWEEN 0 AND 10),
  ADD CONSTRAINT "exercise_default_load_length" CHECK ("default_load" IS NULL OR char_length("default_load") <= 80);
ALTER TABLE "template_item"
  ADD CONSTRAINT "template_item_hold_seconds_range" CHECK ("hold_seconds" IS NULL OR "hold_seconds" BETWEEN 1 AND 600),
  ADD CONSTRAINT "template_item_reps_range" CHECK ("reps" BETWEEN 1 AND 100),
  ADD CONSTRAINT "template_item_sets_range" CHECK ("sets" BETWEEN 1 AND 20),
  ADD CONSTRAINT "template_item_rest_seconds_range" CHECK ("rest_seconds" BETWEEN 0 AND 600),
  ADD CONSTRAINT "template_item_times_per_day_range" CHECK ("times_per_day" BETWEEN 1 AND 6),
  ADD CONSTRAINT "template_item_days_of_week_valid" CHECK (rehabit_valid_weekdays("days_of_week")),
  ADD CONSTRAINT "template_item_intensity_range" CHECK ("intensity" IS NULL OR "intensity" BETWEEN 0 AND 10),
  ADD CONSTRAINT "template_item_load_length" CHECK ("load" IS NULL OR char_length("load") <= 80);
ALTER TABLE "prescription_item"
  ADD CONSTRAINT "prescription_item_hold_seconds_range" CHECK ("hold_seconds" IS NULL OR "hold_seconds" BETWEEN 1 AND 600),
  ADD CONSTRAINT "prescription_item_reps_range" CHECK ("reps" BETWEEN 1 AND 100),
  ADD CONSTRAINT "prescription_item_sets_range" CHECK ("sets" BETWEEN 1 AND 20),
  ADD CONSTRAINT "prescription_item_rest_seconds_range" CHECK ("rest_seconds" BETWEEN 0 AND 600),
  ADD CONSTRAINT "prescription_item_times_per_day_range" CHECK ("times_per_day" BETWEEN 1 AND 6),
  ADD CONSTRAINT "prescription_item_days_of_week_valid" CHECK (rehabit_valid_weekdays("days_of_week")),
  ADD CONSTRAINT "prescription_item_intensity_range" CHECK ("intensity" IS NULL OR "intensity" BETWEEN 0 AND 10),
  ADD CONSTRAINT "prescription_item_load_length" CHECK ("load" IS NULL OR char_length("load") <= 80);
ALTER TABLE "template_item"
  ADD CONSTRAINT "template_item_tempo_length" CHECK (char_length("tempo") <= 2000),
  ADD CONSTRAINT "template_item_cues_length" CHECK (char_length("cues") <= 2000),
  ADD CONSTRAINT "template_item_notes_length" CHECK (char_length("notes") <= 2000);
ALTER TABLE "prescription_item"
  ADD CONSTRAINT "prescription_item_tempo_length" CHECK (char_length("tempo") <= 2000),
  ADD CONSTRAINT "prescription_item_cues_length" CHECK (char_length("cues") <= 2000),
  ADD CONSTRAINT "prescription_item_notes_length" CHECK (char_length("notes") <= 2000);
ALTER TABLE "template_phase"
  ADD CONSTRAINT "template_phase_weeks_valid" CHECK (start_week >= 1 AND (end_week IS NULL OR end_week >= start_week)),
  ADD CONSTRAINT "template_phase_advance_rule_valid" CHECK (
    (advance_min_adherence_pct IS NULL OR advance_min_adherence_pct BETWEEN 0 AND 100)
    AND (advance_max_pain IS NULL OR advance_max_pain BETWEEN 0 AND 10)
    AND (advance_after_weeks IS NULL OR advance_after_weeks BETWEEN 1 AND 52));
ALTER TABLE "prescription_phase"
  ADD CONSTRAINT "prescription_phase_weeks_valid" CHECK (start_week >= 1 AND (end_week IS NULL OR end_week >= start_week)),
  ADD CONSTRAINT "prescription_phase_advance_rule_valid" CHECK (
    (advance_min_adherence_pct IS NULL OR advance_min_adherence_pct BETWEEN 0 AND 100)
    AND (advance_max_pain IS NULL OR advance_max_pain BETWEEN 0 AND 10)
    AND (advance_after_weeks IS NULL OR advance_after_weeks BETWEEN 1 AND 52));

ALTER TABLE "exercise"
  ADD CONSTRAINT "exercise_name_present" CHECK (char_length(btrim(name)) BETWEEN 1 AND 120),
  ADD CONSTRAINT "exercise_built_in_xor_clinic" CHECK ((clinic_id IS NULL) = (built_in_key IS NOT NULL));

ALTER TABLE "prescription"
  ADD CONSTRAINT "prescription_window_valid" CHECK (end_date IS NULL OR end_date >= start_date);
ALTER TABLE "prescription_pause"
  ADD CONSTRAINT "prescription_pause_window_valid" CHECK (end_date IS NULL OR end_date >= start_date);
ALTER TABLE "prescription_item"
  ADD CONSTRAINT "prescription_item_window_valid" CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date);
ALTER TABLE "prescription_version"
  ADD CONSTRAINT "prescription_version_number_positive" CHECK (version >= 1);

-- NPRS pain 0–10 and Borg CR10 effort 0–10, integers (the column type makes them integers).
ALTER TABLE "session_log"
  ADD CONSTRAINT "session_log_slot_range" CHECK (slot BETWEEN 1 AND 6),
  ADD CONSTRAINT "session_log_pain_before_range" CHECK ("pain_before" BETWEEN 0 AND 10),
  ADD CONSTRAINT "session_log_pain_after_range" CHECK ("pain_after" BETWEEN 0 AND 10),
  ADD CONSTRAINT "session_log_effort_range" CHECK ("effort" BETWEEN 0 AND 10),
  ADD CONSTRAINT "session_log_next_morning_pain_range" CHECK (next_morning_pain IS NULL OR "next_morning_pain" BETWEEN 0 AND 10),
  ADD CONSTRAINT "session_log_note_length" CHECK (char_length(note) <= 2000),
  ADD CONSTRAINT "session_log_coach_comment_length" CHECK (coach_comment IS NULL OR char_length(coach_comment) <= 2000),
  ADD CONSTRAINT "session_log_times_ordered" CHECK (completed_at >= started_at);

ALTER TABLE "session_item_log"
  ADD CONSTRAINT "session_item_log_sets_range" CHECK (
    sets_left BETWEEN 0 AND 20 AND sets_right BETWEEN 0 AND 20 AND sets_done BETWEEN 0 AND 20),
  ADD CONSTRAINT "session_item_log_hold_range" CHECK (hold_seconds_achieved IS NULL OR hold_seconds_achieved BETWEEN 0 AND 3600),
  ADD CONSTRAINT "session_item_log_reps_range" CHECK (reps IS NULL OR reps BETWEEN 0 AND 1000),
  ADD CONSTRAINT "session_item_log_pain_during_range" CHECK (pain_during IS NULL OR "pain_during" BETWEEN 0 AND 10),
  ADD CONSTRAINT "session_item_log_skip_reason_given" CHECK (skipped = (skip_reason IS NOT NULL));

ALTER TABLE "excused_day"
  ADD CONSTRAINT "excused_day_note_length" CHECK (char_length(note) <= 2000);

-- One active excuse per runner and date (an undone one may be reported again).
CREATE UNIQUE INDEX "excused_day_active_unique" ON "excused_day" ("runner_id", "date") WHERE revoked_at IS NULL;
