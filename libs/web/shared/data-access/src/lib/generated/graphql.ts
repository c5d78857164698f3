/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DoseFieldsFragmentDoc = new TypedDocumentString(`
    fragment DoseFields on Dose {
  holdSeconds
  reps
  sets
  side
  restSeconds
  timesPerDay
  daysOfWeek
  intensity
  load
}
    `, {"fragmentName":"DoseFields"}) as unknown as TypedDocumentString<DoseFieldsFragment, unknown>;
export const ProgramPhaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProgramPhaseFields on ProgramPhase {
  name
  startWeek
  endWeek
  items {
    id
    doseText
    exercise {
      id
      name
    }
    dose {
      ...DoseFields
    }
    tempo
    cues
    notes
  }
}
    fragment DoseFields on Dose {
  holdSeconds
  reps
  sets
  side
  restSeconds
  timesPerDay
  daysOfWeek
  intensity
  load
}`, {"fragmentName":"ProgramPhaseFields"}) as unknown as TypedDocumentString<ProgramPhaseFieldsFragment, unknown>;
export const AdherenceFiguresFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdherenceFiguresFields on AdherenceFigures {
  scheduled
  completed
  sessionAdherence
  doseAdherence
  prescribedSetSides
  completedSetSides
}
    `, {"fragmentName":"AdherenceFiguresFields"}) as unknown as TypedDocumentString<AdherenceFiguresFieldsFragment, unknown>;
export const CoachComplianceFieldsFragmentDoc = new TypedDocumentString(`
    fragment CoachComplianceFields on CoachCompliance {
  coachId
  coachName
  runners
  adherentRunners
  needsAttention
  figures {
    ...AdherenceFiguresFields
  }
}
    fragment AdherenceFiguresFields on AdherenceFigures {
  scheduled
  completed
  sessionAdherence
  doseAdherence
  prescribedSetSides
  completedSetSides
}`, {"fragmentName":"CoachComplianceFields"}) as unknown as TypedDocumentString<CoachComplianceFieldsFragment, unknown>;
export const ExcusedDayFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExcusedDayFields on ExcusedDay {
  id
  date
  reason
  note
  reportedByRunner
  confirmed
}
    `, {"fragmentName":"ExcusedDayFields"}) as unknown as TypedDocumentString<ExcusedDayFieldsFragment, unknown>;
export const TodaySessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment TodaySessionFields on TodaySession {
  prescriptionId
  prescriptionName
  date
  slot
  slotsThatDay
  totalText
  done
  items {
    id
    doseText
    cues
    notes
    tempo
    dose {
      ...DoseFields
    }
    exercise {
      id
      name
      cues
      mediaUrl
      startingPosition
    }
  }
}
    fragment DoseFields on Dose {
  holdSeconds
  reps
  sets
  side
  restSeconds
  timesPerDay
  daysOfWeek
  intensity
  load
}`, {"fragmentName":"TodaySessionFields"}) as unknown as TypedDocumentString<TodaySessionFieldsFragment, unknown>;
export const ExerciseLibraryDocument = new TypedDocumentString(`
    query ExerciseLibrary($filter: ExerciseFilter, $page: PageInput) {
  exercises(filter: $filter, page: $page) {
    totalCount
    nextCursor
    items {
      id
      name
      aliases
      category
      bodyRegion
      builtIn
      defaultDose {
        ...DoseFields
      }
    }
  }
}
    fragment DoseFields on Dose {
  holdSeconds
  reps
  sets
  side
  restSeconds
  timesPerDay
  daysOfWeek
  intensity
  load
}`) as unknown as TypedDocumentString<ExerciseLibraryQuery, ExerciseLibraryQueryVariables>;
export const ExerciseDetailDocument = new TypedDocumentString(`
    query ExerciseDetail($id: ID!) {
  exercise(id: $id) {
    id
    name
    aliases
    category
    bodyRegion
    targetMuscles
    startingPosition
    steps
    cues
    safetyNotes
    contraindications
    equipment
    mediaUrl
    builtIn
    archived
    defaultDose {
      ...DoseFields
    }
  }
}
    fragment DoseFields on Dose {
  holdSeconds
  reps
  sets
  side
  restSeconds
  timesPerDay
  daysOfWeek
  intensity
  load
}`) as unknown as TypedDocumentString<ExerciseDetailQuery, ExerciseDetailQueryVariables>;
export const CreateExerciseDocument = new TypedDocumentString(`
    mutation CreateExercise($input: ExerciseInput!) {
  createExercise(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateExerciseMutation, CreateExerciseMutationVariables>;
export const UpdateExerciseDocument = new TypedDocumentString(`
    mutation UpdateExercise($id: ID!, $input: ExerciseInput!) {
  updateExercise(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateExerciseMutation, UpdateExerciseMutationVariables>;
export const ArchiveExerciseDocument = new TypedDocumentString(`
    mutation ArchiveExercise($id: ID!) {
  archiveExercise(id: $id) {
    id
    archived
  }
}
    `) as unknown as TypedDocumentString<ArchiveExerciseMutation, ArchiveExerciseMutationVariables>;
export const DuplicateExerciseDocument = new TypedDocumentString(`
    mutation DuplicateExercise($id: ID!) {
  duplicateExercise(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DuplicateExerciseMutation, DuplicateExerciseMutationVariables>;
export const TemplatesDocument = new TypedDocumentString(`
    query Templates {
  templates {
    id
    name
    description
    updatedAt
    phases {
      name
      startWeek
      endWeek
      items {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TemplatesQuery, TemplatesQueryVariables>;
export const TemplateDocument = new TypedDocumentString(`
    query Template($id: ID!) {
  template(id: $id) {
    id
    name
    description
    phases {
      ...ProgramPhaseFields
    }
  }
}
    fragment DoseFields on Dose {
  holdSeconds
  reps
  sets
  side
  restSeconds
  timesPerDay
  daysOfWeek
  intensity
  load
}
fragment ProgramPhaseFields on ProgramPhase {
  name
  startWeek
  endWeek
  items {
    id
    doseText
    exercise {
      id
      name
    }
    dose {
      ...DoseFields
    }
    tempo
    cues
    notes
  }
}`) as unknown as TypedDocumentString<TemplateQuery, TemplateQueryVariables>;
export const CreateTemplateDocument = new TypedDocumentString(`
    mutation CreateTemplate($input: TemplateInput!) {
  createTemplate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateTemplateMutation, CreateTemplateMutationVariables>;
export const UpdateTemplateDocument = new TypedDocumentString(`
    mutation UpdateTemplate($id: ID!, $input: TemplateInput!) {
  updateTemplate(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateTemplateMutation, UpdateTemplateMutationVariables>;
export const DuplicateTemplateDocument = new TypedDocumentString(`
    mutation DuplicateTemplate($id: ID!) {
  duplicateTemplate(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<DuplicateTemplateMutation, DuplicateTemplateMutationVariables>;
export const ArchiveTemplateDocument = new TypedDocumentString(`
    mutation ArchiveTemplate($id: ID!) {
  archiveTemplate(id: $id)
}
    `) as unknown as TypedDocumentString<ArchiveTemplateMutation, ArchiveTemplateMutationVariables>;
export const PrescribeTemplateDocument = new TypedDocumentString(`
    mutation PrescribeTemplate($input: PrescribeInput!) {
  prescribeTemplate(input: $input) {
    id
    runnerId
  }
}
    `) as unknown as TypedDocumentString<PrescribeTemplateMutation, PrescribeTemplateMutationVariables>;
export const RunnerDetailDocument = new TypedDocumentString(`
    query RunnerDetail($id: ID!, $logsFrom: String!, $logsTo: String!) {
  sessionLogs(runnerId: $id, from: $logsFrom, to: $logsTo) {
    id
    localDate
    slot
    painBefore
    painAfter
    effort
    nextMorningPain
    warningSigns
    note
    stopAndContact
    correctsId
    coachComment
    items {
      skipped
    }
  }
  runner(id: $id) {
    id
    name
    email
    timeZone
    status
    signInLocked
    coach {
      id
      name
    }
  }
  runnerPrescriptions(runnerId: $id) {
    id
    name
    startDate
    endDate
    status
    current {
      version
      effectiveFrom
      phases {
        ...ProgramPhaseFields
      }
    }
    versions {
      version
      effectiveFrom
      changeNote
      changes
      createdAt
      createdByName
    }
    pauses {
      startDate
      endDate
      reason
    }
  }
  upcomingSessions(runnerId: $id, days: 7) {
    prescriptionId
    prescriptionName
    date
    slot
    slotsThatDay
    totalText
    items {
      id
      doseText
      exercise {
        name
      }
    }
  }
}
    fragment DoseFields on Dose {
  holdSeconds
  reps
  sets
  side
  restSeconds
  timesPerDay
  daysOfWeek
  intensity
  load
}
fragment ProgramPhaseFields on ProgramPhase {
  name
  startWeek
  endWeek
  items {
    id
    doseText
    exercise {
      id
      name
    }
    dose {
      ...DoseFields
    }
    tempo
    cues
    notes
  }
}`) as unknown as TypedDocumentString<RunnerDetailQuery, RunnerDetailQueryVariables>;
export const RevisePrescriptionDocument = new TypedDocumentString(`
    mutation RevisePrescription($input: RevisePrescriptionInput!) {
  revisePrescription(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevisePrescriptionMutation, RevisePrescriptionMutationVariables>;
export const PausePrescriptionDocument = new TypedDocumentString(`
    mutation PausePrescription($id: ID!, $from: String!, $reason: String) {
  pausePrescription(id: $id, from: $from, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<PausePrescriptionMutation, PausePrescriptionMutationVariables>;
export const ResumePrescriptionDocument = new TypedDocumentString(`
    mutation ResumePrescription($id: ID!, $on: String!) {
  resumePrescription(id: $id, on: $on) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResumePrescriptionMutation, ResumePrescriptionMutationVariables>;
export const EndPrescriptionDocument = new TypedDocumentString(`
    mutation EndPrescription($id: ID!, $lastDay: String!) {
  endPrescription(id: $id, lastDay: $lastDay) {
    id
  }
}
    `) as unknown as TypedDocumentString<EndPrescriptionMutation, EndPrescriptionMutationVariables>;
export const DischargeRunnerDocument = new TypedDocumentString(`
    mutation DischargeRunner($runnerId: ID!) {
  dischargeRunner(runnerId: $runnerId)
}
    `) as unknown as TypedDocumentString<DischargeRunnerMutation, DischargeRunnerMutationVariables>;
export const ProgramSheetDocument = new TypedDocumentString(`
    query ProgramSheet($id: ID!) {
  me {
    clinic {
      name
    }
  }
  runner(id: $id) {
    id
    name
    timeZone
    coach {
      name
    }
  }
  runnerPrescriptions(runnerId: $id) {
    id
    name
    startDate
    endDate
    status
    current {
      version
      effectiveFrom
      phases {
        name
        startWeek
        endWeek
        items {
          id
          doseText
          dose {
            ...DoseFields
          }
          tempo
          cues
          notes
          exercise {
            id
            name
            category
            bodyRegion
            startingPosition
            steps
            cues
            safetyNotes
            contraindications
            equipment
          }
        }
      }
    }
  }
}
    fragment DoseFields on Dose {
  holdSeconds
  reps
  sets
  side
  restSeconds
  timesPerDay
  daysOfWeek
  intensity
  load
}`) as unknown as TypedDocumentString<ProgramSheetQuery, ProgramSheetQueryVariables>;
export const RosterReportDocument = new TypedDocumentString(`
    query RosterReport {
  rosterReport {
    rows {
      runnerId
      routine
      phase
      lastSessionDate
      last7 {
        scheduled
        completed
        sessionAdherence
      }
      last28 {
        scheduled
        completed
        sessionAdherence
      }
      weeks
      signals {
        missedDaysInARow
        daysSilent
        latestPain
        painChange
        painHigh
        painRising
        morningWorse
        stopAndContactOn
        needsAttention
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RosterReportQuery, RosterReportQueryVariables>;
export const ClinicReportDocument = new TypedDocumentString(`
    query ClinicReport($range: ReportRangeInput) {
  clinicReport(range: $range) {
    from
    to
    coaches {
      ...CoachComplianceFields
    }
    overall {
      ...CoachComplianceFields
    }
  }
}
    fragment CoachComplianceFields on CoachCompliance {
  coachId
  coachName
  runners
  adherentRunners
  needsAttention
  figures {
    ...AdherenceFiguresFields
  }
}
fragment AdherenceFiguresFields on AdherenceFigures {
  scheduled
  completed
  sessionAdherence
  doseAdherence
  prescribedSetSides
  completedSetSides
}`) as unknown as TypedDocumentString<ClinicReportQuery, ClinicReportQueryVariables>;
export const RunnerReportDocument = new TypedDocumentString(`
    query RunnerReport($runnerId: ID!, $range: ReportRangeInput) {
  runnerReport(runnerId: $runnerId, range: $range) {
    runnerId
    from
    to
    today
    figures {
      ...AdherenceFiguresFields
    }
    days {
      date
      scheduled
      completed
      excused {
        ...ExcusedDayFields
      }
    }
    exercises {
      exerciseId
      name
      sessions
      prescribedSetSides
      completedSetSides
      doseAdherence
    }
    logs {
      logId
      date
      slot
      painBefore
      painAfter
      nextMorningPain
      effort
    }
    versions {
      prescriptionName
      version
      effectiveFrom
      changeNote
    }
    excusedDays {
      ...ExcusedDayFields
    }
  }
}
    fragment AdherenceFiguresFields on AdherenceFigures {
  scheduled
  completed
  sessionAdherence
  doseAdherence
  prescribedSetSides
  completedSetSides
}
fragment ExcusedDayFields on ExcusedDay {
  id
  date
  reason
  note
  reportedByRunner
  confirmed
}`) as unknown as TypedDocumentString<RunnerReportQuery, RunnerReportQueryVariables>;
export const ExcuseDayDocument = new TypedDocumentString(`
    mutation ExcuseDay($runnerId: ID!, $input: ExcuseDayInput!) {
  excuseDay(runnerId: $runnerId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExcuseDayMutation, ExcuseDayMutationVariables>;
export const ConfirmExcusedDayDocument = new TypedDocumentString(`
    mutation ConfirmExcusedDay($id: ID!) {
  confirmExcusedDay(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConfirmExcusedDayMutation, ConfirmExcusedDayMutationVariables>;
export const UndoExcusedDayDocument = new TypedDocumentString(`
    mutation UndoExcusedDay($id: ID!) {
  undoExcusedDay(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<UndoExcusedDayMutation, UndoExcusedDayMutationVariables>;
export const CommentOnSessionLogDocument = new TypedDocumentString(`
    mutation CommentOnSessionLog($logId: ID!, $comment: String!) {
  commentOnSessionLog(logId: $logId, comment: $comment) {
    id
    coachComment
  }
}
    `) as unknown as TypedDocumentString<CommentOnSessionLogMutation, CommentOnSessionLogMutationVariables>;
export const RunnerRosterDocument = new TypedDocumentString(`
    query RunnerRoster($page: PageInput) {
  runners(page: $page) {
    totalCount
    nextCursor
    items {
      id
      name
      email
      timeZone
      status
      signInLocked
      coach {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunnerRosterQuery, RunnerRosterQueryVariables>;
export const AddRunnerDocument = new TypedDocumentString(`
    mutation AddRunner($input: AddRunnerInput!) {
  addRunner(input: $input) {
    url
    expiresAt
    emailed
    runner {
      id
      name
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AddRunnerMutation, AddRunnerMutationVariables>;
export const CreatePasswordResetLinkDocument = new TypedDocumentString(`
    mutation CreatePasswordResetLink($email: String!) {
  createPasswordResetLink(email: $email) {
    url
    expiresAt
    emailed
  }
}
    `) as unknown as TypedDocumentString<CreatePasswordResetLinkMutation, CreatePasswordResetLinkMutationVariables>;
export const UnlockAccountDocument = new TypedDocumentString(`
    mutation UnlockAccount($email: String!) {
  unlockAccount(email: $email)
}
    `) as unknown as TypedDocumentString<UnlockAccountMutation, UnlockAccountMutationVariables>;
export const ReassignRunnerDocument = new TypedDocumentString(`
    mutation ReassignRunner($runnerId: ID!, $coachId: ID!) {
  reassignRunner(runnerId: $runnerId, coachId: $coachId) {
    id
    coach {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReassignRunnerMutation, ReassignRunnerMutationVariables>;
export const EraseRunnerDocument = new TypedDocumentString(`
    mutation EraseRunner($input: EraseRunnerInput!) {
  eraseRunner(input: $input)
}
    `) as unknown as TypedDocumentString<EraseRunnerMutation, EraseRunnerMutationVariables>;
export const StaffMembersDocument = new TypedDocumentString(`
    query StaffMembers {
  staffMembers {
    id
    name
    email
    role
    joined
    signInLocked
  }
}
    `) as unknown as TypedDocumentString<StaffMembersQuery, StaffMembersQueryVariables>;
export const InviteCoachDocument = new TypedDocumentString(`
    mutation InviteCoach($input: InviteCoachInput!) {
  inviteCoach(input: $input) {
    url
    expiresAt
    emailed
  }
}
    `) as unknown as TypedDocumentString<InviteCoachMutation, InviteCoachMutationVariables>;
export const RunnerTodayDocument = new TypedDocumentString(`
    query RunnerToday {
  runnerToday {
    date
    timeZone
    sessions {
      ...TodaySessionFields
    }
    next {
      ...TodaySessionFields
    }
    week {
      date
      scheduled
      completed
    }
    morningCheck {
      id
      localDate
      painAfter
    }
    correctable {
      id
      prescriptionId
      localDate
      slot
      startedAt
      completedAt
      painBefore
      painAfter
      effort
      warningSigns
      note
      items {
        prescriptionItemId
        setsLeft
        setsRight
        setsDone
        holdSecondsAchieved
        reps
        painDuring
        skipped
        skipReason
      }
    }
  }
}
    fragment DoseFields on Dose {
  holdSeconds
  reps
  sets
  side
  restSeconds
  timesPerDay
  daysOfWeek
  intensity
  load
}
fragment TodaySessionFields on TodaySession {
  prescriptionId
  prescriptionName
  date
  slot
  slotsThatDay
  totalText
  done
  items {
    id
    doseText
    cues
    notes
    tempo
    dose {
      ...DoseFields
    }
    exercise {
      id
      name
      cues
      mediaUrl
      startingPosition
    }
  }
}`) as unknown as TypedDocumentString<RunnerTodayQuery, RunnerTodayQueryVariables>;
export const CorrectSessionDocument = new TypedDocumentString(`
    mutation CorrectSession($correctsId: ID!, $input: LogSessionInput!) {
  correctSession(correctsId: $correctsId, input: $input) {
    id
    stopAndContact
  }
}
    `) as unknown as TypedDocumentString<CorrectSessionMutation, CorrectSessionMutationVariables>;
export const LogSessionDocument = new TypedDocumentString(`
    mutation LogSession($input: LogSessionInput!) {
  logSession(input: $input) {
    id
    stopAndContact
  }
}
    `) as unknown as TypedDocumentString<LogSessionMutation, LogSessionMutationVariables>;
export const RecordNextMorningPainDocument = new TypedDocumentString(`
    mutation RecordNextMorningPain($sessionLogId: ID!, $pain: Int!) {
  recordNextMorningPain(sessionLogId: $sessionLogId, pain: $pain) {
    id
    nextMorningPain
  }
}
    `) as unknown as TypedDocumentString<RecordNextMorningPainMutation, RecordNextMorningPainMutationVariables>;
export const RunnerProgressDocument = new TypedDocumentString(`
    query RunnerProgress {
  runnerProgress {
    streak
    weeks {
      start
      scheduled
      completed
    }
    pain {
      date
      painAfter
      nextMorningPain
    }
    coachNotes {
      date
      slot
      comment
      at
    }
  }
}
    `) as unknown as TypedDocumentString<RunnerProgressQuery, RunnerProgressQueryVariables>;
export const MyExcusedDaysDocument = new TypedDocumentString(`
    query MyExcusedDays {
  myExcusedDays {
    id
    date
    reason
    confirmed
  }
}
    `) as unknown as TypedDocumentString<MyExcusedDaysQuery, MyExcusedDaysQueryVariables>;
export const ReportExcusedDayDocument = new TypedDocumentString(`
    mutation ReportExcusedDay($input: ExcuseDayInput!) {
  reportExcusedDay(input: $input) {
    id
    date
    reason
    confirmed
  }
}
    `) as unknown as TypedDocumentString<ReportExcusedDayMutation, ReportExcusedDayMutationVariables>;
export const WithdrawExcusedDayDocument = new TypedDocumentString(`
    mutation WithdrawExcusedDay($id: ID!) {
  undoExcusedDay(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<WithdrawExcusedDayMutation, WithdrawExcusedDayMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    userId
    name
    email
    role
    runnerId
    clinic {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const PasswordResetByEmailDocument = new TypedDocumentString(`
    query PasswordResetByEmail {
  passwordResetByEmail
}
    `) as unknown as TypedDocumentString<PasswordResetByEmailQuery, PasswordResetByEmailQueryVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const AcceptRunnerInvitationDocument = new TypedDocumentString(`
    mutation AcceptRunnerInvitation($input: AcceptRunnerInvitationInput!) {
  acceptRunnerInvitation(input: $input) {
    email
  }
}
    `) as unknown as TypedDocumentString<AcceptRunnerInvitationMutation, AcceptRunnerInvitationMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    email
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SetupClinicDocument = new TypedDocumentString(`
    mutation SetupClinic($input: SetupClinicInput!) {
  setupClinic(input: $input) {
    email
  }
}
    `) as unknown as TypedDocumentString<SetupClinicMutation, SetupClinicMutationVariables>;
export const NeedsSetupDocument = new TypedDocumentString(`
    query NeedsSetup {
  needsSetup
}
    `) as unknown as TypedDocumentString<NeedsSetupQuery, NeedsSetupQueryVariables>;