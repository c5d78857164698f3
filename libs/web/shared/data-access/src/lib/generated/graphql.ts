/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptRunnerInvitationInput = {
  password: string;
  token: string;
};

export type AddRunnerInput = {
  email: string;
  name: string;
  /** IANA time zone, e.g. "Europe/London". */
  timeZone: string;
};

export type BodyRegion =
  | 'ANKLE_FOOT'
  | 'CALF'
  | 'CORE'
  | 'FULL_BODY'
  | 'GLUTE'
  | 'HIP'
  | 'KNEE'
  | 'LOWER_BACK'
  | 'THIGH';

/** A full dose; bounds as in PRODUCT.md. */
export type DoseInput = {
  /** ≤ 2,000 characters. */
  cues?: string | null | undefined;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  daysOfWeek: Array<number>;
  /** 1–600; null: rep-based. */
  holdSeconds?: number | null | undefined;
  /** Borg CR10, 0–10. */
  intensity?: number | null | undefined;
  /** ≤ 80 characters. */
  load?: string | null | undefined;
  /** ≤ 2,000 characters. */
  notes?: string | null | undefined;
  /** 1–100 */
  reps: number;
  /** 0–600 */
  restSeconds: number;
  /** 1–20 */
  sets: number;
  side: Side;
  /** ≤ 2,000 characters. */
  tempo?: string | null | undefined;
  /** 1–6 */
  timesPerDay: number;
};

export type EraseRunnerInput = {
  /** The runner’s name as shown, typed by the admin: an erasure cannot be undone. */
  confirmName: string;
  runnerId: string;
};

export type ExcuseDayInput = {
  date: string;
  /** Up to 200 characters. */
  note?: string | null | undefined;
  reason: ExcuseReason;
};

/** Why a day leaves the adherence denominator. */
export type ExcuseReason =
  | 'ILLNESS'
  | 'OTHER'
  | 'RACE'
  | 'TRAVEL';

export type ExerciseCategory =
  | 'ACTIVATION'
  | 'CARDIO'
  | 'MOBILITY'
  | 'STABILITY'
  | 'STRENGTH'
  | 'STRETCH';

export type ExerciseFilter = {
  bodyRegion?: BodyRegion | null | undefined;
  category?: ExerciseCategory | null | undefined;
  /** Words to find in the name, aliases, target muscles or body region (all must match). */
  search?: string | null | undefined;
};

/** A clinic exercise: every field of the library, steps in order. */
export type ExerciseInput = {
  aliases: Array<string>;
  bodyRegion: BodyRegion;
  category: ExerciseCategory;
  contraindications: string;
  cues: Array<string>;
  defaultDose: DoseInput;
  equipment: Array<string>;
  /** https:// link to an image or a video. */
  mediaUrl?: string | null | undefined;
  name: string;
  safetyNotes: string;
  startingPosition: string;
  /** In order, 1–20. */
  steps: Array<string>;
  targetMuscles: Array<string>;
};

export type InviteCoachInput = {
  email: string;
  name: string;
};

/** A finished session. clientId is made by the phone when the session starts: sending it again returns the original log. */
export type LogSessionInput = {
  clientId: string;
  completedAt: string;
  /** Borg CR10 0–10. */
  effort: number;
  items: Array<SessionItemLogInput>;
  /** The local date (YYYY-MM-DD) of the scheduled session. */
  localDate: string;
  note: string;
  /** NPRS 0–10. */
  painAfter: number;
  /** NPRS 0–10. */
  painBefore: number;
  prescriptionId: string;
  slot: number;
  startedAt: string;
  warningSigns: Array<WarningSign>;
};

/** A page of a list: at most 100 items (default 20). */
export type PageInput = {
  /** The nextCursor of the previous page. */
  cursor?: string | null | undefined;
  /** Items per page, 1–100. */
  size?: number | null | undefined;
};

export type PrescribeInput = {
  endDate?: string | null | undefined;
  /** 1–100 runners: all get it, or none. */
  runnerIds: Array<string>;
  /** Local date (YYYY-MM-DD) in each runner’s time zone. */
  startDate: string;
  templateId: string;
};

export type PrescriptionStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PAUSED'
  | 'UPCOMING';

export type ProgramItemInput = {
  dose: DoseInput;
  exerciseId: string;
};

/** Weeks count from the start date, week 1 first. */
export type ProgramPhaseInput = {
  /** Null: until the end. */
  endWeek?: number | null | undefined;
  /** In the order they are done. */
  items: Array<ProgramItemInput>;
  name: string;
  startWeek: number;
};

export type ReportRangeInput = {
  /** First local date (YYYY-MM-DD). */
  from: string;
  /** Last local date, at most a year after from. */
  to: string;
};

export type ResetPasswordInput = {
  password: string;
  token: string;
};

/** A new version of a prescription; earlier versions stay as they were. */
export type RevisePrescriptionInput = {
  changeNote?: string | null | undefined;
  /** Local date from which it is in force: today or later. */
  effectiveFrom: string;
  phases: Array<ProgramPhaseInput>;
  prescriptionId: string;
};

export type Role =
  | 'admin'
  | 'coach'
  | 'runner';

export type RunnerStatus =
  | 'ACTIVE'
  | 'DISCHARGED'
  | 'INVITED';

/** What was done of one prescribed exercise. */
export type SessionItemLogInput = {
  holdSecondsAchieved?: number | null | undefined;
  /** NPRS 0–10, if given. */
  painDuring?: number | null | undefined;
  prescriptionItemId: string;
  reps?: number | null | undefined;
  /** Sets done without a side (0–20). */
  setsDone: number;
  /** Sets done on the left side (0–20). */
  setsLeft: number;
  /** Sets done on the right side (0–20). */
  setsRight: number;
  skipReason?: SkipReason | null | undefined;
  skipped: boolean;
};

export type SetupClinicInput = {
  adminEmail: string;
  adminName: string;
  clinicName: string;
  password: string;
};

/** EACH_SIDE: both sides, one after the other. BILATERAL: both at once. */
export type Side =
  | 'BILATERAL'
  | 'EACH_SIDE'
  | 'LEFT'
  | 'NONE'
  | 'RIGHT';

export type SkipReason =
  | 'EQUIPMENT'
  | 'NO_TIME'
  | 'OTHER'
  | 'PAIN';

export type TemplateInput = {
  description?: string | null | undefined;
  name: string;
  phases: Array<ProgramPhaseInput>;
};

/** Warning signs that mean: stop and contact your clinician. */
export type WarningSign =
  | 'BLADDER_OR_BOWEL_CHANGES'
  | 'NUMBNESS'
  | 'PINS_AND_NEEDLES'
  | 'WEAKNESS';

export type DoseFieldsFragment = { holdSeconds: number | null, reps: number, sets: number, side: Side, restSeconds: number, timesPerDay: number, daysOfWeek: Array<number>, intensity: number | null, load: string | null };

export type ExerciseLibraryQueryVariables = Exact<{
  filter?: ExerciseFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type ExerciseLibraryQuery = { exercises: { totalCount: number, nextCursor: string | null, items: Array<{ id: string, name: string, aliases: Array<string>, category: ExerciseCategory, bodyRegion: BodyRegion, builtIn: boolean, defaultDose: { holdSeconds: number | null, reps: number, sets: number, side: Side, restSeconds: number, timesPerDay: number, daysOfWeek: Array<number>, intensity: number | null, load: string | null } }> } };

export type ExerciseDetailQueryVariables = Exact<{
  id: string;
}>;


export type ExerciseDetailQuery = { exercise: { id: string, name: string, aliases: Array<string>, category: ExerciseCategory, bodyRegion: BodyRegion, targetMuscles: Array<string>, startingPosition: string, steps: Array<string>, cues: Array<string>, safetyNotes: string, contraindications: string, equipment: Array<string>, mediaUrl: string | null, builtIn: boolean, archived: boolean, defaultDose: { holdSeconds: number | null, reps: number, sets: number, side: Side, restSeconds: number, timesPerDay: number, daysOfWeek: Array<number>, intensity: number | null, load: string | null } } };

export type CreateExerciseMutationVariables = Exact<{
  input: ExerciseInput;
}>;


export type CreateExerciseMutation = { createExercise: { id: string } };

export type UpdateExerciseMutationVariables = Exact<{
  id: string;
  input: ExerciseInput;
}>;


export type UpdateExerciseMutation = { updateExercise: { id: string } };

export type ArchiveExerciseMutationVariables = Exact<{
  id: string;
}>;


export type ArchiveExerciseMutation = { archiveExercise: { id: string, archived: boolean } };

export type DuplicateExerciseMutationVariables = Exact<{
  id: string;
}>;


export type DuplicateExerciseMutation = { duplicateExercise: { id: string } };

export type ProgramPhaseFieldsFragment = { name: string, startWeek: number, endWeek: number | null, items: Array<{ id: string, doseText: string, tempo: string, cues: string, notes: string, exercise: { id: string, name: string }, dose: { holdSeconds: number | null, reps: number, sets: number, side: Side, restSeconds: number, timesPerDay: number, daysOfWeek: Array<number>, intensity: number | null, load: string | null } }> };

export type TemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type TemplatesQuery = { templates: Array<{ id: string, name: string, description: string, updatedAt: unknown, phases: Array<{ name: string, startWeek: number, endWeek: number | null, items: Array<{ id: string }> }> }> };

export type TemplateQueryVariables = Exact<{
  id: string;
}>;


export type TemplateQuery = { template: { id: string, name: string, description: string, phases: Array<{ name: string, startWeek: number, endWeek: number | null, items: Array<{ id: string, doseText: string, tempo: string, cues: string, notes: string, exercise: { id: string, name: string }, dose: { holdSeconds: number | null, reps: number, sets: number, side: Side, restSeconds: number, timesPerDay: number, daysOfWeek: Array<number>, intensity: number | null, load: string | null } }> }> } };

export type CreateTemplateMutationVariables = Exact<{
  input: TemplateInput;
}>;


export type CreateTemplateMutation = { createTemplate: { id: string } };

export type UpdateTemplateMutationVariables = Exact<{
  id: string;
  input: TemplateInput;
}>;


export type UpdateTemplateMutation = { updateTemplate: { id: string } };

export type DuplicateTemplateMutationVariables = Exact<{
  id: string;
}>;


export type DuplicateTemplateMutation = { duplicateTemplate: { id: string, name: string } };

export type ArchiveTemplateMutationVariables = Exact<{
  id: string;
}>;


export type ArchiveTemplateMutation = { archiveTemplate: boolean };

export type PrescribeTemplateMutationVariables = Exact<{
  input: PrescribeInput;
}>;


export type PrescribeTemplateMutation = { prescribeTemplate: Array<{ id: string, runnerId: string }> };

export type RunnerDetailQueryVariables = Exact<{
  id: string;
  logsFrom: string;
  logsTo: string;
}>;


export type RunnerDetailQuery = { sessionLogs: Array<{ id: string, localDate: string, slot: number, painBefore: number, painAfter: number, effort: number, nextMorningPain: number | null, warningSigns: Array<WarningSign>, note: string, stopAndContact: boolean, correctsId: string | null, coachComment: string | null, items: Array<{ skipped: boolean }> }>, runner: { id: string, name: string, email: string, timeZone: string, status: RunnerStatus, signInLocked: boolean, coach: { id: string, name: string } }, runnerPrescriptions: Array<{ id: string, name: string, startDate: string, endDate: string | null, status: PrescriptionStatus, current: { version: number, effectiveFrom: string, phases: Array<{ name: string, startWeek: number, endWeek: number | null, items: Array<{ id: string, doseText: string, tempo: string, cues: string, notes: string, exercise: { id: string, name: string }, dose: { holdSeconds: number | null, reps: number, sets: number, side: Side, restSeconds: number, timesPerDay: number, daysOfWeek: Array<number>, intensity: number | null, load: string | null } }> }> }, versions: Array<{ version: number, effectiveFrom: string, changeNote: string, changes: Array<string>, createdAt: unknown, createdByName: string }>, pauses: Array<{ startDate: string, endDate: string | null, reason: string }> }>, upcomingSessions: Array<{ prescriptionId: string, prescriptionName: string, date: string, slot: number, slotsThatDay: number, totalText: string, items: Array<{ id: string, doseText: string, exercise: { name: string } }> }> };

export type RevisePrescriptionMutationVariables = Exact<{
  input: RevisePrescriptionInput;
}>;


export type RevisePrescriptionMutation = { revisePrescription: { id: string } };

export type PausePrescriptionMutationVariables = Exact<{
  id: string;
  from: string;
  reason?: string | null | undefined;
}>;


export type PausePrescriptionMutation = { pausePrescription: { id: string } };

export type ResumePrescriptionMutationVariables = Exact<{
  id: string;
  on: string;
}>;


export type ResumePrescriptionMutation = { resumePrescription: { id: string } };

export type EndPrescriptionMutationVariables = Exact<{
  id: string;
  lastDay: string;
}>;


export type EndPrescriptionMutation = { endPrescription: { id: string } };

export type DischargeRunnerMutationVariables = Exact<{
  runnerId: string;
}>;


export type DischargeRunnerMutation = { dischargeRunner: boolean };

export type ProgramSheetQueryVariables = Exact<{
  id: string;
}>;


export type ProgramSheetQuery = { me: { clinic: { name: string } }, runner: { id: string, name: string, timeZone: string, coach: { name: string } }, runnerPrescriptions: Array<{ id: string, name: string, startDate: string, endDate: string | null, status: PrescriptionStatus, current: { version: number, effectiveFrom: string, phases: Array<{ name: string, startWeek: number, endWeek: number | null, items: Array<{ id: string, doseText: string, tempo: string, cues: string, notes: string, dose: { holdSeconds: number | null, reps: number, sets: number, side: Side, restSeconds: number, timesPerDay: number, daysOfWeek: Array<number>, intensity: number | null, load: string | null }, exercise: { id: string, name: string, category: ExerciseCategory, bodyRegion: BodyRegion, startingPosition: string, steps: Array<string>, cues: Array<string>, safetyNotes: string, contraindications: string, equipment: Array<string> } }> }> } }> };

export type RosterReportQueryVariables = Exact<{ [key: string]: never; }>;


export type RosterReportQuery = { rosterReport: { rows: Array<{ runnerId: string, routine: string | null, phase: string | null, lastSessionDate: string | null, weeks: Array<number | null>, last7: { scheduled: number, completed: number, sessionAdherence: number | null }, last28: { scheduled: number, completed: number, sessionAdherence: number | null }, signals: { missedDaysInARow: number, daysSilent: number | null, latestPain: number | null, painChange: number | null, painHigh: boolean, painRising: boolean, morningWorse: boolean, stopAndContactOn: string | null, needsAttention: boolean } }> } };

export type ClinicReportQueryVariables = Exact<{
  range?: ReportRangeInput | null | undefined;
}>;


export type ClinicReportQuery = { clinicReport: { from: string | null, to: string | null, coaches: Array<{ coachId: string, coachName: string, runners: number, adherentRunners: number, needsAttention: number, figures: { scheduled: number, completed: number, sessionAdherence: number | null, doseAdherence: number | null, prescribedSetSides: number, completedSetSides: number } }>, overall: { coachId: string, coachName: string, runners: number, adherentRunners: number, needsAttention: number, figures: { scheduled: number, completed: number, sessionAdherence: number | null, doseAdherence: number | null, prescribedSetSides: number, completedSetSides: number } } } };

export type CoachComplianceFieldsFragment = { coachId: string, coachName: string, runners: number, adherentRunners: number, needsAttention: number, figures: { scheduled: number, completed: number, sessionAdherence: number | null, doseAdherence: number | null, prescribedSetSides: number, completedSetSides: number } };

export type AdherenceFiguresFieldsFragment = { scheduled: number, completed: number, sessionAdherence: number | null, doseAdherence: number | null, prescribedSetSides: number, completedSetSides: number };

export type RunnerReportQueryVariables = Exact<{
  runnerId: string;
  range?: ReportRangeInput | null | undefined;
}>;


export type RunnerReportQuery = { runnerReport: { runnerId: string, from: string, to: string, today: string, figures: { scheduled: number, completed: number, sessionAdherence: number | null, doseAdherence: number | null, prescribedSetSides: number, completedSetSides: number }, days: Array<{ date: string, scheduled: number, completed: number, excused: { id: string, date: string, reason: ExcuseReason, note: string, reportedByRunner: boolean, confirmed: boolean } | null }>, exercises: Array<{ exerciseId: string, name: string, sessions: number, prescribedSetSides: number, completedSetSides: number, doseAdherence: number | null }>, logs: Array<{ logId: string, date: string, slot: number, painBefore: number, painAfter: number, nextMorningPain: number | null, effort: number }>, versions: Array<{ prescriptionName: string, version: number, effectiveFrom: string, changeNote: string }>, excusedDays: Array<{ id: string, date: string, reason: ExcuseReason, note: string, reportedByRunner: boolean, confirmed: boolean }> } };

export type ExcusedDayFieldsFragment = { id: string, date: string, reason: ExcuseReason, note: string, reportedByRunner: boolean, confirmed: boolean };

export type ExcuseDayMutationVariables = Exact<{
  runnerId: string;
  input: ExcuseDayInput;
}>;


export type ExcuseDayMutation = { excuseDay: { id: string } };

export type ConfirmExcusedDayMutationVariables = Exact<{
  id: string;
}>;


export type ConfirmExcusedDayMutation = { confirmExcusedDay: { id: string } };

export type UndoExcusedDayMutationVariables = Exact<{
  id: string;
}>;


export type UndoExcusedDayMutation = { undoExcusedDay: { id: string } };

export type CommentOnSessionLogMutationVariables = Exact<{
  logId: string;
  comment: string;
}>;


export type CommentOnSessionLogMutation = { commentOnSessionLog: { id: string, coachComment: string | null } };

export type RunnerRosterQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type RunnerRosterQuery = { runners: { totalCount: number, nextCursor: string | null, items: Array<{ id: string, name: string, email: string, timeZone: string, status: RunnerStatus, signInLocked: boolean, coach: { id: string, name: string } }> } };

export type AddRunnerMutationVariables = Exact<{
  input: AddRunnerInput;
}>;


export type AddRunnerMutation = { addRunner: { url: string, expiresAt: unknown, emailed: boolean, runner: { id: string, name: string, email: string } } };

export type CreatePasswordResetLinkMutationVariables = Exact<{
  email: string;
}>;


export type CreatePasswordResetLinkMutation = { createPasswordResetLink: { url: string, expiresAt: unknown, emailed: boolean } };

export type UnlockAccountMutationVariables = Exact<{
  email: string;
}>;


export type UnlockAccountMutation = { unlockAccount: boolean };

export type ReassignRunnerMutationVariables = Exact<{
  runnerId: string;
  coachId: string;
}>;


export type ReassignRunnerMutation = { reassignRunner: { id: string, coach: { id: string, name: string } } };

export type EraseRunnerMutationVariables = Exact<{
  input: EraseRunnerInput;
}>;


export type EraseRunnerMutation = { eraseRunner: boolean };

export type StaffMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMembersQuery = { staffMembers: Array<{ id: string, name: string, email: string, role: Role, joined: boolean, signInLocked: boolean }> };

export type InviteCoachMutationVariables = Exact<{
  input: InviteCoachInput;
}>;


export type InviteCoachMutation = { inviteCoach: { url: string, expiresAt: unknown, emailed: boolean } };

export type RunnerTodayQueryVariables = Exact<{ [key: string]: never; }>;


export type RunnerTodayQuery = { runnerToday: { date: string, timeZone: string, sessions: Array<{ prescriptionId: string, prescriptionName: string, date: string, slot: number, slotsThatDay: number, totalText: string, done: boolean, items: Array<{ id: string, doseText: string, cues: string, notes: string, tempo: string, dose: { holdSeconds: number | null, reps: number, sets: number, side: Side, restSeconds: number, timesPerDay: number, daysOfWeek: Array<number>, intensity: number | null, load: string | null }, exercise: { id: string, name: string, cues: Array<string>, mediaUrl: string | null, startingPosition: string } }> }>, next: { prescriptionId: string, prescriptionName: string, date: string, slot: number, slotsThatDay: number, totalText: string, done: boolean, items: Array<{ id: string, doseText: string, cues: string, notes: string, tempo: string, dose: { holdSeconds: number | null, reps: number, sets: number, side: Side, restSeconds: number, timesPerDay: number, daysOfWeek: Array<number>, intensity: number | null, load: string | null }, exercise: { id: string, name: string, cues: Array<string>, mediaUrl: string | null, startingPosition: string } }> } | null, week: Array<{ date: string, scheduled: number, completed: number }>, morningCheck: { id: string, localDate: string, painAfter: number } | null, correctable: Array<{ id: string, prescriptionId: string, localDate: string, slot: number, startedAt: unknown, completedAt: unknown, painBefore: number, painAfter: number, effort: number, warningSigns: Array<WarningSign>, note: string, items: Array<{ prescriptionItemId: string, setsLeft: number, setsRight: number, setsDone: number, holdSecondsAchieved: number | null, reps: number | null, painDuring: number | null, skipped: boolean, skipReason: SkipReason | null }> }> } };

export type CorrectSessionMutationVariables = Exact<{
  correctsId: string;
  input: LogSessionInput;
}>;


export type CorrectSessionMutation = { correctSession: { id: string, stopAndContact: boolean } };

export type TodaySessionFieldsFragment = { prescriptionId: string, prescriptionName: string, date: string, slot: number, slotsThatDay: number, totalText: string, done: boolean, items: Array<{ id: string, doseText: string, cues: string, notes: string, tempo: string, dose: { holdSeconds: number | null, reps: number, sets: number, side: Side, restSeconds: number, timesPerDay: number, daysOfWeek: Array<number>, intensity: number | null, load: string | null }, exercise: { id: string, name: string, cues: Array<string>, mediaUrl: string | null, startingPosition: string } }> };

export type LogSessionMutationVariables = Exact<{
  input: LogSessionInput;
}>;


export type LogSessionMutation = { logSession: { id: string, stopAndContact: boolean } };

export type RecordNextMorningPainMutationVariables = Exact<{
  sessionLogId: string;
  pain: number;
}>;


export type RecordNextMorningPainMutation = { recordNextMorningPain: { id: string, nextMorningPain: number | null } };

export type RunnerProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type RunnerProgressQuery = { runnerProgress: { streak: number, weeks: Array<{ start: string, scheduled: number, completed: number }>, pain: Array<{ date: string, painAfter: number, nextMorningPain: number | null }>, coachNotes: Array<{ date: string, slot: number, comment: string, at: unknown }> } };

export type MyExcusedDaysQueryVariables = Exact<{ [key: string]: never; }>;


export type MyExcusedDaysQuery = { myExcusedDays: Array<{ id: string, date: string, reason: ExcuseReason, confirmed: boolean }> };

export type ReportExcusedDayMutationVariables = Exact<{
  input: ExcuseDayInput;
}>;


export type ReportExcusedDayMutation = { reportExcusedDay: { id: string, date: string, reason: ExcuseReason, confirmed: boolean } };

export type WithdrawExcusedDayMutationVariables = Exact<{
  id: string;
}>;


export type WithdrawExcusedDayMutation = { undoExcusedDay: { id: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { userId: string, name: string, email: string, role: Role, runnerId: string | null, clinic: { id: string, name: string } } };

export type PasswordResetByEmailQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordResetByEmailQuery = { passwordResetByEmail: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type AcceptRunnerInvitationMutationVariables = Exact<{
  input: AcceptRunnerInvitationInput;
}>;


export type AcceptRunnerInvitationMutation = { acceptRunnerInvitation: { email: string } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { email: string } };

export type SetupClinicMutationVariables = Exact<{
  input: SetupClinicInput;
}>;


export type SetupClinicMutation = { setupClinic: { email: string } };

export type NeedsSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type NeedsSetupQuery = { needsSetup: boolean };

export const DoseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DoseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dose"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"restSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"timesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}},{"kind":"Field","name":{"kind":"Name","value":"load"}}]}}]} as unknown as DocumentNode<DoseFieldsFragment, unknown>;
export const ProgramPhaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramPhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramPhase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startWeek"}},{"kind":"Field","name":{"kind":"Name","value":"endWeek"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doseText"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DoseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tempo"}},{"kind":"Field","name":{"kind":"Name","value":"cues"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DoseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dose"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"restSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"timesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}},{"kind":"Field","name":{"kind":"Name","value":"load"}}]}}]} as unknown as DocumentNode<ProgramPhaseFieldsFragment, unknown>;
export const AdherenceFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdherenceFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdherenceFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"sessionAdherence"}},{"kind":"Field","name":{"kind":"Name","value":"doseAdherence"}},{"kind":"Field","name":{"kind":"Name","value":"prescribedSetSides"}},{"kind":"Field","name":{"kind":"Name","value":"completedSetSides"}}]}}]} as unknown as DocumentNode<AdherenceFiguresFieldsFragment, unknown>;
export const CoachComplianceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoachComplianceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoachCompliance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coachId"}},{"kind":"Field","name":{"kind":"Name","value":"coachName"}},{"kind":"Field","name":{"kind":"Name","value":"runners"}},{"kind":"Field","name":{"kind":"Name","value":"adherentRunners"}},{"kind":"Field","name":{"kind":"Name","value":"needsAttention"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdherenceFiguresFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdherenceFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdherenceFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"sessionAdherence"}},{"kind":"Field","name":{"kind":"Name","value":"doseAdherence"}},{"kind":"Field","name":{"kind":"Name","value":"prescribedSetSides"}},{"kind":"Field","name":{"kind":"Name","value":"completedSetSides"}}]}}]} as unknown as DocumentNode<CoachComplianceFieldsFragment, unknown>;
export const ExcusedDayFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExcusedDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExcusedDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByRunner"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}}]} as unknown as DocumentNode<ExcusedDayFieldsFragment, unknown>;
export const TodaySessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TodaySessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TodaySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prescriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"prescriptionName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"slotsThatDay"}},{"kind":"Field","name":{"kind":"Name","value":"totalText"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doseText"}},{"kind":"Field","name":{"kind":"Name","value":"cues"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"tempo"}},{"kind":"Field","name":{"kind":"Name","value":"dose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DoseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cues"}},{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"startingPosition"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DoseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dose"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"restSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"timesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}},{"kind":"Field","name":{"kind":"Name","value":"load"}}]}}]} as unknown as DocumentNode<TodaySessionFieldsFragment, unknown>;
export const ExerciseLibraryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExerciseLibrary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExerciseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exercises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"bodyRegion"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DoseFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DoseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dose"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"restSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"timesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}},{"kind":"Field","name":{"kind":"Name","value":"load"}}]}}]} as unknown as DocumentNode<ExerciseLibraryQuery, ExerciseLibraryQueryVariables>;
export const ExerciseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExerciseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exercise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"bodyRegion"}},{"kind":"Field","name":{"kind":"Name","value":"targetMuscles"}},{"kind":"Field","name":{"kind":"Name","value":"startingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"cues"}},{"kind":"Field","name":{"kind":"Name","value":"safetyNotes"}},{"kind":"Field","name":{"kind":"Name","value":"contraindications"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DoseFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DoseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dose"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"restSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"timesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}},{"kind":"Field","name":{"kind":"Name","value":"load"}}]}}]} as unknown as DocumentNode<ExerciseDetailQuery, ExerciseDetailQueryVariables>;
export const CreateExerciseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExercise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExerciseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExercise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateExerciseMutation, CreateExerciseMutationVariables>;
export const UpdateExerciseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateExercise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExerciseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExercise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateExerciseMutation, UpdateExerciseMutationVariables>;
export const ArchiveExerciseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveExercise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveExercise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]} as unknown as DocumentNode<ArchiveExerciseMutation, ArchiveExerciseMutationVariables>;
export const DuplicateExerciseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DuplicateExercise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateExercise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DuplicateExerciseMutation, DuplicateExerciseMutationVariables>;
export const TemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startWeek"}},{"kind":"Field","name":{"kind":"Name","value":"endWeek"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TemplatesQuery, TemplatesQueryVariables>;
export const TemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Template"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramPhaseFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DoseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dose"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"restSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"timesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}},{"kind":"Field","name":{"kind":"Name","value":"load"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramPhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramPhase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startWeek"}},{"kind":"Field","name":{"kind":"Name","value":"endWeek"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doseText"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DoseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tempo"}},{"kind":"Field","name":{"kind":"Name","value":"cues"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<TemplateQuery, TemplateQueryVariables>;
export const CreateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateTemplateMutation, CreateTemplateMutationVariables>;
export const UpdateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateTemplateMutation, UpdateTemplateMutationVariables>;
export const DuplicateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DuplicateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DuplicateTemplateMutation, DuplicateTemplateMutationVariables>;
export const ArchiveTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ArchiveTemplateMutation, ArchiveTemplateMutationVariables>;
export const PrescribeTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrescribeTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrescribeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prescribeTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"runnerId"}}]}}]}}]} as unknown as DocumentNode<PrescribeTemplateMutation, PrescribeTemplateMutationVariables>;
export const RunnerDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunnerDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"logsFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"logsTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"logsFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"logsTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"painBefore"}},{"kind":"Field","name":{"kind":"Name","value":"painAfter"}},{"kind":"Field","name":{"kind":"Name","value":"effort"}},{"kind":"Field","name":{"kind":"Name","value":"nextMorningPain"}},{"kind":"Field","name":{"kind":"Name","value":"warningSigns"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"stopAndContact"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}},{"kind":"Field","name":{"kind":"Name","value":"coachComment"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"runner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signInLocked"}},{"kind":"Field","name":{"kind":"Name","value":"coach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"runnerPrescriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramPhaseFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"7"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prescriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"prescriptionName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"slotsThatDay"}},{"kind":"Field","name":{"kind":"Name","value":"totalText"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doseText"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DoseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dose"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"restSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"timesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}},{"kind":"Field","name":{"kind":"Name","value":"load"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramPhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramPhase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startWeek"}},{"kind":"Field","name":{"kind":"Name","value":"endWeek"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doseText"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DoseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tempo"}},{"kind":"Field","name":{"kind":"Name","value":"cues"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<RunnerDetailQuery, RunnerDetailQueryVariables>;
export const RevisePrescriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevisePrescription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevisePrescriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisePrescription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RevisePrescriptionMutation, RevisePrescriptionMutationVariables>;
export const PausePrescriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PausePrescription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pausePrescription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PausePrescriptionMutation, PausePrescriptionMutationVariables>;
export const ResumePrescriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumePrescription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumePrescription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResumePrescriptionMutation, ResumePrescriptionMutationVariables>;
export const EndPrescriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndPrescription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lastDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPrescription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"lastDay"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastDay"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EndPrescriptionMutation, EndPrescriptionMutationVariables>;
export const DischargeRunnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DischargeRunner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargeRunner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runnerId"}}}]}]}}]} as unknown as DocumentNode<DischargeRunnerMutation, DischargeRunnerMutationVariables>;
export const ProgramSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clinic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"runner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"coach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"runnerPrescriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startWeek"}},{"kind":"Field","name":{"kind":"Name","value":"endWeek"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doseText"}},{"kind":"Field","name":{"kind":"Name","value":"dose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DoseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tempo"}},{"kind":"Field","name":{"kind":"Name","value":"cues"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"bodyRegion"}},{"kind":"Field","name":{"kind":"Name","value":"startingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"cues"}},{"kind":"Field","name":{"kind":"Name","value":"safetyNotes"}},{"kind":"Field","name":{"kind":"Name","value":"contraindications"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DoseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dose"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"restSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"timesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}},{"kind":"Field","name":{"kind":"Name","value":"load"}}]}}]} as unknown as DocumentNode<ProgramSheetQuery, ProgramSheetQueryVariables>;
export const RosterReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RosterReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rosterReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runnerId"}},{"kind":"Field","name":{"kind":"Name","value":"routine"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"lastSessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"last7"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"sessionAdherence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"last28"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"sessionAdherence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missedDaysInARow"}},{"kind":"Field","name":{"kind":"Name","value":"daysSilent"}},{"kind":"Field","name":{"kind":"Name","value":"latestPain"}},{"kind":"Field","name":{"kind":"Name","value":"painChange"}},{"kind":"Field","name":{"kind":"Name","value":"painHigh"}},{"kind":"Field","name":{"kind":"Name","value":"painRising"}},{"kind":"Field","name":{"kind":"Name","value":"morningWorse"}},{"kind":"Field","name":{"kind":"Name","value":"stopAndContactOn"}},{"kind":"Field","name":{"kind":"Name","value":"needsAttention"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RosterReportQuery, RosterReportQueryVariables>;
export const ClinicReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRangeInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clinicReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"coaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoachComplianceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoachComplianceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdherenceFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdherenceFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"sessionAdherence"}},{"kind":"Field","name":{"kind":"Name","value":"doseAdherence"}},{"kind":"Field","name":{"kind":"Name","value":"prescribedSetSides"}},{"kind":"Field","name":{"kind":"Name","value":"completedSetSides"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoachComplianceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoachCompliance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coachId"}},{"kind":"Field","name":{"kind":"Name","value":"coachName"}},{"kind":"Field","name":{"kind":"Name","value":"runners"}},{"kind":"Field","name":{"kind":"Name","value":"adherentRunners"}},{"kind":"Field","name":{"kind":"Name","value":"needsAttention"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdherenceFiguresFields"}}]}}]}}]} as unknown as DocumentNode<ClinicReportQuery, ClinicReportQueryVariables>;
export const RunnerReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunnerReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRangeInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runnerReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runnerId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdherenceFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"excused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExcusedDayFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exerciseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"prescribedSetSides"}},{"kind":"Field","name":{"kind":"Name","value":"completedSetSides"}},{"kind":"Field","name":{"kind":"Name","value":"doseAdherence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"painBefore"}},{"kind":"Field","name":{"kind":"Name","value":"painAfter"}},{"kind":"Field","name":{"kind":"Name","value":"nextMorningPain"}},{"kind":"Field","name":{"kind":"Name","value":"effort"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prescriptionName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excusedDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExcusedDayFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdherenceFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdherenceFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"sessionAdherence"}},{"kind":"Field","name":{"kind":"Name","value":"doseAdherence"}},{"kind":"Field","name":{"kind":"Name","value":"prescribedSetSides"}},{"kind":"Field","name":{"kind":"Name","value":"completedSetSides"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExcusedDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExcusedDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByRunner"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}}]} as unknown as DocumentNode<RunnerReportQuery, RunnerReportQueryVariables>;
export const ExcuseDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExcuseDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExcuseDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excuseDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ExcuseDayMutation, ExcuseDayMutationVariables>;
export const ConfirmExcusedDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmExcusedDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmExcusedDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConfirmExcusedDayMutation, ConfirmExcusedDayMutationVariables>;
export const UndoExcusedDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoExcusedDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoExcusedDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UndoExcusedDayMutation, UndoExcusedDayMutationVariables>;
export const CommentOnSessionLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnSessionLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"logId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnSessionLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"logId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"logId"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coachComment"}}]}}]}}]} as unknown as DocumentNode<CommentOnSessionLogMutation, CommentOnSessionLogMutationVariables>;
export const RunnerRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunnerRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signInLocked"}},{"kind":"Field","name":{"kind":"Name","value":"coach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunnerRosterQuery, RunnerRosterQueryVariables>;
export const AddRunnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRunner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRunnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRunner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailed"}},{"kind":"Field","name":{"kind":"Name","value":"runner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<AddRunnerMutation, AddRunnerMutationVariables>;
export const CreatePasswordResetLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePasswordResetLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPasswordResetLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailed"}}]}}]}}]} as unknown as DocumentNode<CreatePasswordResetLinkMutation, CreatePasswordResetLinkMutationVariables>;
export const UnlockAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<UnlockAccountMutation, UnlockAccountMutationVariables>;
export const ReassignRunnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReassignRunner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coachId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignRunner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"coachId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coachId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReassignRunnerMutation, ReassignRunnerMutationVariables>;
export const EraseRunnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseRunner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EraseRunnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseRunner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<EraseRunnerMutation, EraseRunnerMutationVariables>;
export const StaffMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"signInLocked"}}]}}]}}]} as unknown as DocumentNode<StaffMembersQuery, StaffMembersQueryVariables>;
export const InviteCoachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteCoach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteCoachInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteCoach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailed"}}]}}]}}]} as unknown as DocumentNode<InviteCoachMutation, InviteCoachMutationVariables>;
export const RunnerTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunnerToday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runnerToday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TodaySessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TodaySessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"week"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"morningCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"painAfter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prescriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"painBefore"}},{"kind":"Field","name":{"kind":"Name","value":"painAfter"}},{"kind":"Field","name":{"kind":"Name","value":"effort"}},{"kind":"Field","name":{"kind":"Name","value":"warningSigns"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prescriptionItemId"}},{"kind":"Field","name":{"kind":"Name","value":"setsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"setsRight"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"holdSecondsAchieved"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"painDuring"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"skipReason"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DoseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dose"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"restSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"timesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}},{"kind":"Field","name":{"kind":"Name","value":"load"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TodaySessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TodaySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prescriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"prescriptionName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"slotsThatDay"}},{"kind":"Field","name":{"kind":"Name","value":"totalText"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doseText"}},{"kind":"Field","name":{"kind":"Name","value":"cues"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"tempo"}},{"kind":"Field","name":{"kind":"Name","value":"dose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DoseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cues"}},{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"startingPosition"}}]}}]}}]}}]} as unknown as DocumentNode<RunnerTodayQuery, RunnerTodayQueryVariables>;
export const CorrectSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"correctsId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"correctsId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"correctsId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stopAndContact"}}]}}]}}]} as unknown as DocumentNode<CorrectSessionMutation, CorrectSessionMutationVariables>;
export const LogSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stopAndContact"}}]}}]}}]} as unknown as DocumentNode<LogSessionMutation, LogSessionMutationVariables>;
export const RecordNextMorningPainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordNextMorningPain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionLogId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pain"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNextMorningPain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionLogId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionLogId"}}},{"kind":"Argument","name":{"kind":"Name","value":"pain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pain"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextMorningPain"}}]}}]}}]} as unknown as DocumentNode<RecordNextMorningPainMutation, RecordNextMorningPainMutationVariables>;
export const RunnerProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunnerProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runnerProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streak"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"painAfter"}},{"kind":"Field","name":{"kind":"Name","value":"nextMorningPain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coachNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<RunnerProgressQuery, RunnerProgressQueryVariables>;
export const MyExcusedDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyExcusedDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myExcusedDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}}]}}]} as unknown as DocumentNode<MyExcusedDaysQuery, MyExcusedDaysQueryVariables>;
export const ReportExcusedDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportExcusedDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExcuseDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportExcusedDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}}]}}]} as unknown as DocumentNode<ReportExcusedDayMutation, ReportExcusedDayMutationVariables>;
export const WithdrawExcusedDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawExcusedDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoExcusedDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WithdrawExcusedDayMutation, WithdrawExcusedDayMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"runnerId"}},{"kind":"Field","name":{"kind":"Name","value":"clinic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const PasswordResetByEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordResetByEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordResetByEmail"}}]}}]} as unknown as DocumentNode<PasswordResetByEmailQuery, PasswordResetByEmailQueryVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const AcceptRunnerInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptRunnerInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptRunnerInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptRunnerInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<AcceptRunnerInvitationMutation, AcceptRunnerInvitationMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SetupClinicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupClinic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetupClinicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setupClinic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<SetupClinicMutation, SetupClinicMutationVariables>;
export const NeedsSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedsSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsSetup"}}]}}]} as unknown as DocumentNode<NeedsSetupQuery, NeedsSetupQueryVariables>;