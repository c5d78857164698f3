/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment DoseFields on Dose {\n    holdSeconds\n    reps\n    sets\n    side\n    restSeconds\n    timesPerDay\n    daysOfWeek\n    intensity\n    load\n  }\n": typeof types.DoseFieldsFragmentDoc,
    "\n  query ExerciseLibrary($filter: ExerciseFilter, $page: PageInput) {\n    exercises(filter: $filter, page: $page) {\n      totalCount\n      nextCursor\n      items {\n        id\n        name\n        aliases\n        category\n        bodyRegion\n        builtIn\n        defaultDose {\n          ...DoseFields\n        }\n      }\n    }\n  }\n": typeof types.ExerciseLibraryDocument,
    "\n  query ExerciseDetail($id: ID!) {\n    exercise(id: $id) {\n      id\n      name\n      aliases\n      category\n      bodyRegion\n      targetMuscles\n      startingPosition\n      steps\n      cues\n      safetyNotes\n      contraindications\n      equipment\n      mediaUrl\n      builtIn\n      archived\n      defaultDose {\n        ...DoseFields\n      }\n    }\n  }\n": typeof types.ExerciseDetailDocument,
    "\n  mutation CreateExercise($input: ExerciseInput!) {\n    createExercise(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateExerciseDocument,
    "\n  mutation UpdateExercise($id: ID!, $input: ExerciseInput!) {\n    updateExercise(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateExerciseDocument,
    "\n  mutation ArchiveExercise($id: ID!) {\n    archiveExercise(id: $id) {\n      id\n      archived\n    }\n  }\n": typeof types.ArchiveExerciseDocument,
    "\n  mutation DuplicateExercise($id: ID!) {\n    duplicateExercise(id: $id) {\n      id\n    }\n  }\n": typeof types.DuplicateExerciseDocument,
    "\n  fragment ProgramPhaseFields on ProgramPhase {\n    name\n    startWeek\n    endWeek\n    items {\n      id\n      doseText\n      exercise {\n        id\n        name\n      }\n      dose {\n        ...DoseFields\n      }\n      tempo\n      cues\n      notes\n    }\n  }\n": typeof types.ProgramPhaseFieldsFragmentDoc,
    "\n  query Templates {\n    templates {\n      id\n      name\n      description\n      updatedAt\n      phases {\n        name\n        startWeek\n        endWeek\n        items {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TemplatesDocument,
    "\n  query Template($id: ID!) {\n    template(id: $id) {\n      id\n      name\n      description\n      phases {\n        ...ProgramPhaseFields\n      }\n    }\n  }\n": typeof types.TemplateDocument,
    "\n  mutation CreateTemplate($input: TemplateInput!) {\n    createTemplate(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateTemplateDocument,
    "\n  mutation UpdateTemplate($id: ID!, $input: TemplateInput!) {\n    updateTemplate(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateTemplateDocument,
    "\n  mutation DuplicateTemplate($id: ID!) {\n    duplicateTemplate(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.DuplicateTemplateDocument,
    "\n  mutation ArchiveTemplate($id: ID!) {\n    archiveTemplate(id: $id)\n  }\n": typeof types.ArchiveTemplateDocument,
    "\n  mutation PrescribeTemplate($input: PrescribeInput!) {\n    prescribeTemplate(input: $input) {\n      id\n      runnerId\n    }\n  }\n": typeof types.PrescribeTemplateDocument,
    "\n  query RunnerDetail($id: ID!, $logsFrom: String!, $logsTo: String!) {\n    sessionLogs(runnerId: $id, from: $logsFrom, to: $logsTo) {\n      id\n      localDate\n      slot\n      painBefore\n      painAfter\n      effort\n      nextMorningPain\n      warningSigns\n      note\n      stopAndContact\n      correctsId\n      coachComment\n      items {\n        skipped\n      }\n    }\n    runner(id: $id) {\n      id\n      name\n      email\n      timeZone\n      status\n      signInLocked\n      coach {\n        id\n        name\n      }\n    }\n    runnerPrescriptions(runnerId: $id) {\n      id\n      name\n      startDate\n      endDate\n      status\n      current {\n        version\n        effectiveFrom\n        phases {\n          ...ProgramPhaseFields\n        }\n      }\n      versions {\n        version\n        effectiveFrom\n        changeNote\n        changes\n        createdAt\n        createdByName\n      }\n      pauses {\n        startDate\n        endDate\n        reason\n      }\n    }\n    upcomingSessions(runnerId: $id, days: 7) {\n      prescriptionId\n      prescriptionName\n      date\n      slot\n      slotsThatDay\n      totalText\n      items {\n        id\n        doseText\n        exercise {\n          name\n        }\n      }\n    }\n  }\n": typeof types.RunnerDetailDocument,
    "\n  mutation RevisePrescription($input: RevisePrescriptionInput!) {\n    revisePrescription(input: $input) {\n      id\n    }\n  }\n": typeof types.RevisePrescriptionDocument,
    "\n  mutation PausePrescription($id: ID!, $from: String!, $reason: String) {\n    pausePrescription(id: $id, from: $from, reason: $reason) {\n      id\n    }\n  }\n": typeof types.PausePrescriptionDocument,
    "\n  mutation ResumePrescription($id: ID!, $on: String!) {\n    resumePrescription(id: $id, on: $on) {\n      id\n    }\n  }\n": typeof types.ResumePrescriptionDocument,
    "\n  mutation EndPrescription($id: ID!, $lastDay: String!) {\n    endPrescription(id: $id, lastDay: $lastDay) {\n      id\n    }\n  }\n": typeof types.EndPrescriptionDocument,
    "\n  mutation DischargeRunner($runnerId: ID!) {\n    dischargeRunner(runnerId: $runnerId)\n  }\n": typeof types.DischargeRunnerDocument,
    "\n  query ProgramSheet($id: ID!) {\n    me {\n      clinic {\n        name\n      }\n    }\n    runner(id: $id) {\n      id\n      name\n      timeZone\n      coach {\n        name\n      }\n    }\n    runnerPrescriptions(runnerId: $id) {\n      id\n      name\n      startDate\n      endDate\n      status\n      current {\n        version\n        effectiveFrom\n        phases {\n          name\n          startWeek\n          endWeek\n          items {\n            id\n            doseText\n            dose {\n              ...DoseFields\n            }\n            tempo\n            cues\n            notes\n            exercise {\n              id\n              name\n              category\n              bodyRegion\n              startingPosition\n              steps\n              cues\n              safetyNotes\n              contraindications\n              equipment\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProgramSheetDocument,
    "\n  query RosterReport {\n    rosterReport {\n      rows {\n        runnerId\n        routine\n        phase\n        lastSessionDate\n        last7 {\n          scheduled\n          completed\n          sessionAdherence\n        }\n        last28 {\n          scheduled\n          completed\n          sessionAdherence\n        }\n        weeks\n        signals {\n          missedDaysInARow\n          daysSilent\n          latestPain\n          painChange\n          painHigh\n          painRising\n          morningWorse\n          stopAndContactOn\n          needsAttention\n        }\n      }\n    }\n  }\n": typeof types.RosterReportDocument,
    "\n  query ClinicReport($range: ReportRangeInput) {\n    clinicReport(range: $range) {\n      from\n      to\n      coaches {\n        ...CoachComplianceFields\n      }\n      overall {\n        ...CoachComplianceFields\n      }\n    }\n  }\n  fragment CoachComplianceFields on CoachCompliance {\n    coachId\n    coachName\n    runners\n    adherentRunners\n    needsAttention\n    figures {\n      ...AdherenceFiguresFields\n    }\n  }\n  fragment AdherenceFiguresFields on AdherenceFigures {\n    scheduled\n    completed\n    sessionAdherence\n    doseAdherence\n    prescribedSetSides\n    completedSetSides\n  }\n": typeof types.ClinicReportDocument,
    "\n  query RunnerReport($runnerId: ID!, $range: ReportRangeInput) {\n    runnerReport(runnerId: $runnerId, range: $range) {\n      runnerId\n      from\n      to\n      today\n      figures {\n        ...AdherenceFiguresFields\n      }\n      days {\n        date\n        scheduled\n        completed\n        excused {\n          ...ExcusedDayFields\n        }\n      }\n      exercises {\n        exerciseId\n        name\n        sessions\n        prescribedSetSides\n        completedSetSides\n        doseAdherence\n      }\n      logs {\n        logId\n        date\n        slot\n        painBefore\n        painAfter\n        nextMorningPain\n        effort\n      }\n      versions {\n        prescriptionName\n        version\n        effectiveFrom\n        changeNote\n      }\n      excusedDays {\n        ...ExcusedDayFields\n      }\n    }\n  }\n  fragment ExcusedDayFields on ExcusedDay {\n    id\n    date\n    reason\n    note\n    reportedByRunner\n    confirmed\n  }\n": typeof types.RunnerReportDocument,
    "\n  mutation ExcuseDay($runnerId: ID!, $input: ExcuseDayInput!) {\n    excuseDay(runnerId: $runnerId, input: $input) {\n      id\n    }\n  }\n": typeof types.ExcuseDayDocument,
    "\n  mutation ConfirmExcusedDay($id: ID!) {\n    confirmExcusedDay(id: $id) {\n      id\n    }\n  }\n": typeof types.ConfirmExcusedDayDocument,
    "\n  mutation UndoExcusedDay($id: ID!) {\n    undoExcusedDay(id: $id) {\n      id\n    }\n  }\n": typeof types.UndoExcusedDayDocument,
    "\n  mutation CommentOnSessionLog($logId: ID!, $comment: String!) {\n    commentOnSessionLog(logId: $logId, comment: $comment) {\n      id\n      coachComment\n    }\n  }\n": typeof types.CommentOnSessionLogDocument,
    "\n  query RunnerRoster($page: PageInput) {\n    runners(page: $page) {\n      totalCount\n      nextCursor\n      items {\n        id\n        name\n        email\n        timeZone\n        status\n        signInLocked\n        coach {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RunnerRosterDocument,
    "\n  mutation AddRunner($input: AddRunnerInput!) {\n    addRunner(input: $input) {\n      url\n      expiresAt\n      emailed\n      runner {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.AddRunnerDocument,
    "\n  mutation CreatePasswordResetLink($email: String!) {\n    createPasswordResetLink(email: $email) {\n      url\n      expiresAt\n      emailed\n    }\n  }\n": typeof types.CreatePasswordResetLinkDocument,
    "\n  mutation UnlockAccount($email: String!) {\n    unlockAccount(email: $email)\n  }\n": typeof types.UnlockAccountDocument,
    "\n  mutation ReassignRunner($runnerId: ID!, $coachId: ID!) {\n    reassignRunner(runnerId: $runnerId, coachId: $coachId) {\n      id\n      coach {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReassignRunnerDocument,
    "\n  mutation EraseRunner($input: EraseRunnerInput!) {\n    eraseRunner(input: $input)\n  }\n": typeof types.EraseRunnerDocument,
    "\n  query StaffMembers {\n    staffMembers {\n      id\n      name\n      email\n      role\n      joined\n      signInLocked\n    }\n  }\n": typeof types.StaffMembersDocument,
    "\n  mutation InviteCoach($input: InviteCoachInput!) {\n    inviteCoach(input: $input) {\n      url\n      expiresAt\n      emailed\n    }\n  }\n": typeof types.InviteCoachDocument,
    "\n  query RunnerToday {\n    runnerToday {\n      date\n      timeZone\n      sessions {\n        ...TodaySessionFields\n      }\n      next {\n        ...TodaySessionFields\n      }\n      week {\n        date\n        scheduled\n        completed\n      }\n      morningCheck {\n        id\n        localDate\n        painAfter\n      }\n      correctable {\n        id\n        prescriptionId\n        localDate\n        slot\n        startedAt\n        completedAt\n        painBefore\n        painAfter\n        effort\n        warningSigns\n        note\n        items {\n          prescriptionItemId\n          setsLeft\n          setsRight\n          setsDone\n          holdSecondsAchieved\n          reps\n          painDuring\n          skipped\n          skipReason\n        }\n      }\n    }\n  }\n": typeof types.RunnerTodayDocument,
    "\n  mutation CorrectSession($correctsId: ID!, $input: LogSessionInput!) {\n    correctSession(correctsId: $correctsId, input: $input) {\n      id\n      stopAndContact\n    }\n  }\n": typeof types.CorrectSessionDocument,
    "\n  fragment TodaySessionFields on TodaySession {\n    prescriptionId\n    prescriptionName\n    date\n    slot\n    slotsThatDay\n    totalText\n    done\n    items {\n      id\n      doseText\n      cues\n      notes\n      tempo\n      dose {\n        ...DoseFields\n      }\n      exercise {\n        id\n        name\n        cues\n        mediaUrl\n        startingPosition\n      }\n    }\n  }\n": typeof types.TodaySessionFieldsFragmentDoc,
    "\n  mutation LogSession($input: LogSessionInput!) {\n    logSession(input: $input) {\n      id\n      stopAndContact\n    }\n  }\n": typeof types.LogSessionDocument,
    "\n  mutation RecordNextMorningPain($sessionLogId: ID!, $pain: Int!) {\n    recordNextMorningPain(sessionLogId: $sessionLogId, pain: $pain) {\n      id\n      nextMorningPain\n    }\n  }\n": typeof types.RecordNextMorningPainDocument,
    "\n  query RunnerProgress {\n    runnerProgress {\n      streak\n      weeks {\n        start\n        scheduled\n        completed\n      }\n      pain {\n        date\n        painAfter\n        nextMorningPain\n      }\n      coachNotes {\n        date\n        slot\n        comment\n        at\n      }\n    }\n  }\n": typeof types.RunnerProgressDocument,
    "\n  query MyExcusedDays {\n    myExcusedDays {\n      id\n      date\n      reason\n      confirmed\n    }\n  }\n": typeof types.MyExcusedDaysDocument,
    "\n  mutation ReportExcusedDay($input: ExcuseDayInput!) {\n    reportExcusedDay(input: $input) {\n      id\n      date\n      reason\n      confirmed\n    }\n  }\n": typeof types.ReportExcusedDayDocument,
    "\n  mutation WithdrawExcusedDay($id: ID!) {\n    undoExcusedDay(id: $id) {\n      id\n    }\n  }\n": typeof types.WithdrawExcusedDayDocument,
    "\n  query Me {\n    me {\n      userId\n      name\n      email\n      role\n      runnerId\n      clinic {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query PasswordResetByEmail {\n    passwordResetByEmail\n  }\n": typeof types.PasswordResetByEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation AcceptRunnerInvitation($input: AcceptRunnerInvitationInput!) {\n    acceptRunnerInvitation(input: $input) {\n      email\n    }\n  }\n": typeof types.AcceptRunnerInvitationDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      email\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SetupClinic($input: SetupClinicInput!) {\n    setupClinic(input: $input) {\n      email\n    }\n  }\n": typeof types.SetupClinicDocument,
    "\n  query NeedsSetup {\n    needsSetup\n  }\n": typeof types.NeedsSetupDocument,
};
const documents: Documents = {
    "\n  fragment DoseFields on Dose {\n    holdSeconds\n    reps\n    sets\n    side\n    restSeconds\n    timesPerDay\n    daysOfWeek\n    intensity\n    load\n  }\n": types.DoseFieldsFragmentDoc,
    "\n  query ExerciseLibrary($filter: ExerciseFilter, $page: PageInput) {\n    exercises(filter: $filter, page: $page) {\n      totalCount\n      nextCursor\n      items {\n        id\n        name\n        aliases\n        category\n        bodyRegion\n        builtIn\n        defaultDose {\n          ...DoseFields\n        }\n      }\n    }\n  }\n": types.ExerciseLibraryDocument,
    "\n  query ExerciseDetail($id: ID!) {\n    exercise(id: $id) {\n      id\n      name\n      aliases\n      category\n      bodyRegion\n      targetMuscles\n      startingPosition\n      steps\n      cues\n      safetyNotes\n      contraindications\n      equipment\n      mediaUrl\n      builtIn\n      archived\n      defaultDose {\n        ...DoseFields\n      }\n    }\n  }\n": types.ExerciseDetailDocument,
    "\n  mutation CreateExercise($input: ExerciseInput!) {\n    createExercise(input: $input) {\n      id\n    }\n  }\n": types.CreateExerciseDocument,
    "\n  mutation UpdateExercise($id: ID!, $input: ExerciseInput!) {\n    updateExercise(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateExerciseDocument,
    "\n  mutation ArchiveExercise($id: ID!) {\n    archiveExercise(id: $id) {\n      id\n      archived\n    }\n  }\n": types.ArchiveExerciseDocument,
    "\n  mutation DuplicateExercise($id: ID!) {\n    duplicateExercise(id: $id) {\n      id\n    }\n  }\n": types.DuplicateExerciseDocument,
    "\n  fragment ProgramPhaseFields on ProgramPhase {\n    name\n    startWeek\n    endWeek\n    items {\n      id\n      doseText\n      exercise {\n        id\n        name\n      }\n      dose {\n        ...DoseFields\n      }\n      tempo\n      cues\n      notes\n    }\n  }\n": types.ProgramPhaseFieldsFragmentDoc,
    "\n  query Templates {\n    templates {\n      id\n      name\n      description\n      updatedAt\n      phases {\n        name\n        startWeek\n        endWeek\n        items {\n          id\n        }\n      }\n    }\n  }\n": types.TemplatesDocument,
    "\n  query Template($id: ID!) {\n    template(id: $id) {\n      id\n      name\n      description\n      phases {\n        ...ProgramPhaseFields\n      }\n    }\n  }\n": types.TemplateDocument,
    "\n  mutation CreateTemplate($input: TemplateInput!) {\n    createTemplate(input: $input) {\n      id\n    }\n  }\n": types.CreateTemplateDocument,
    "\n  mutation UpdateTemplate($id: ID!, $input: TemplateInput!) {\n    updateTemplate(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateTemplateDocument,
    "\n  mutation DuplicateTemplate($id: ID!) {\n    duplicateTemplate(id: $id) {\n      id\n      name\n    }\n  }\n": types.DuplicateTemplateDocument,
    "\n  mutation ArchiveTemplate($id: ID!) {\n    archiveTemplate(id: $id)\n  }\n": types.ArchiveTemplateDocument,
    "\n  mutation PrescribeTemplate($input: PrescribeInput!) {\n    prescribeTemplate(input: $input) {\n      id\n      runnerId\n    }\n  }\n": types.PrescribeTemplateDocument,
    "\n  query RunnerDetail($id: ID!, $logsFrom: String!, $logsTo: String!) {\n    sessionLogs(runnerId: $id, from: $logsFrom, to: $logsTo) {\n      id\n      localDate\n      slot\n      painBefore\n      painAfter\n      effort\n      nextMorningPain\n      warningSigns\n      note\n      stopAndContact\n      correctsId\n      coachComment\n      items {\n        skipped\n      }\n    }\n    runner(id: $id) {\n      id\n      name\n      email\n      timeZone\n      status\n      signInLocked\n      coach {\n        id\n        name\n      }\n    }\n    runnerPrescriptions(runnerId: $id) {\n      id\n      name\n      startDate\n      endDate\n      status\n      current {\n        version\n        effectiveFrom\n        phases {\n          ...ProgramPhaseFields\n        }\n      }\n      versions {\n        version\n        effectiveFrom\n        changeNote\n        changes\n        createdAt\n        createdByName\n      }\n      pauses {\n        startDate\n        endDate\n        reason\n      }\n    }\n    upcomingSessions(runnerId: $id, days: 7) {\n      prescriptionId\n      prescriptionName\n      date\n      slot\n      slotsThatDay\n      totalText\n      items {\n        id\n        doseText\n        exercise {\n          name\n        }\n      }\n    }\n  }\n": types.RunnerDetailDocument,
    "\n  mutation RevisePrescription($input: RevisePrescriptionInput!) {\n    revisePrescription(input: $input) {\n      id\n    }\n  }\n": types.RevisePrescriptionDocument,
    "\n  mutation PausePrescription($id: ID!, $from: String!, $reason: String) {\n    pausePrescription(id: $id, from: $from, reason: $reason) {\n      id\n    }\n  }\n": types.PausePrescriptionDocument,
    "\n  mutation ResumePrescription($id: ID!, $on: String!) {\n    resumePrescription(id: $id, on: $on) {\n      id\n    }\n  }\n": types.ResumePrescriptionDocument,
    "\n  mutation EndPrescription($id: ID!, $lastDay: String!) {\n    endPrescription(id: $id, lastDay: $lastDay) {\n      id\n    }\n  }\n": types.EndPrescriptionDocument,
    "\n  mutation DischargeRunner($runnerId: ID!) {\n    dischargeRunner(runnerId: $runnerId)\n  }\n": types.DischargeRunnerDocument,
    "\n  query ProgramSheet($id: ID!) {\n    me {\n      clinic {\n        name\n      }\n    }\n    runner(id: $id) {\n      id\n      name\n      timeZone\n      coach {\n        name\n      }\n    }\n    runnerPrescriptions(runnerId: $id) {\n      id\n      name\n      startDate\n      endDate\n      status\n      current {\n        version\n        effectiveFrom\n        phases {\n          name\n          startWeek\n          endWeek\n          items {\n            id\n            doseText\n            dose {\n              ...DoseFields\n            }\n            tempo\n            cues\n            notes\n            exercise {\n              id\n              name\n              category\n              bodyRegion\n              startingPosition\n              steps\n              cues\n              safetyNotes\n              contraindications\n              equipment\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ProgramSheetDocument,
    "\n  query RosterReport {\n    rosterReport {\n      rows {\n        runnerId\n        routine\n        phase\n        lastSessionDate\n        last7 {\n          scheduled\n          completed\n          sessionAdherence\n        }\n        last28 {\n          scheduled\n          completed\n          sessionAdherence\n        }\n        weeks\n        signals {\n          missedDaysInARow\n          daysSilent\n          latestPain\n          painChange\n          painHigh\n          painRising\n          morningWorse\n          stopAndContactOn\n          needsAttention\n        }\n      }\n    }\n  }\n": types.RosterReportDocument,
    "\n  query ClinicReport($range: ReportRangeInput) {\n    clinicReport(range: $range) {\n      from\n      to\n      coaches {\n        ...CoachComplianceFields\n      }\n      overall {\n        ...CoachComplianceFields\n      }\n    }\n  }\n  fragment CoachComplianceFields on CoachCompliance {\n    coachId\n    coachName\n    runners\n    adherentRunners\n    needsAttention\n    figures {\n      ...AdherenceFiguresFields\n    }\n  }\n  fragment AdherenceFiguresFields on AdherenceFigures {\n    scheduled\n    completed\n    sessionAdherence\n    doseAdherence\n    prescribedSetSides\n    completedSetSides\n  }\n": types.ClinicReportDocument,
    "\n  query RunnerReport($runnerId: ID!, $range: ReportRangeInput) {\n    runnerReport(runnerId: $runnerId, range: $range) {\n      runnerId\n      from\n      to\n      today\n      figures {\n        ...AdherenceFiguresFields\n      }\n      days {\n        date\n        scheduled\n        completed\n        excused {\n          ...ExcusedDayFields\n        }\n      }\n      exercises {\n        exerciseId\n        name\n        sessions\n        prescribedSetSides\n        completedSetSides\n        doseAdherence\n      }\n      logs {\n        logId\n        date\n        slot\n        painBefore\n        painAfter\n        nextMorningPain\n        effort\n      }\n      versions {\n        prescriptionName\n        version\n        effectiveFrom\n        changeNote\n      }\n      excusedDays {\n        ...ExcusedDayFields\n      }\n    }\n  }\n  fragment ExcusedDayFields on ExcusedDay {\n    id\n    date\n    reason\n    note\n    reportedByRunner\n    confirmed\n  }\n": types.RunnerReportDocument,
    "\n  mutation ExcuseDay($runnerId: ID!, $input: ExcuseDayInput!) {\n    excuseDay(runnerId: $runnerId, input: $input) {\n      id\n    }\n  }\n": types.ExcuseDayDocument,
    "\n  mutation ConfirmExcusedDay($id: ID!) {\n    confirmExcusedDay(id: $id) {\n      id\n    }\n  }\n": types.ConfirmExcusedDayDocument,
    "\n  mutation UndoExcusedDay($id: ID!) {\n    undoExcusedDay(id: $id) {\n      id\n    }\n  }\n": types.UndoExcusedDayDocument,
    "\n  mutation CommentOnSessionLog($logId: ID!, $comment: String!) {\n    commentOnSessionLog(logId: $logId, comment: $comment) {\n      id\n      coachComment\n    }\n  }\n": types.CommentOnSessionLogDocument,
    "\n  query RunnerRoster($page: PageInput) {\n    runners(page: $page) {\n      totalCount\n      nextCursor\n      items {\n        id\n        name\n        email\n        timeZone\n        status\n        signInLocked\n        coach {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RunnerRosterDocument,
    "\n  mutation AddRunner($input: AddRunnerInput!) {\n    addRunner(input: $input) {\n      url\n      expiresAt\n      emailed\n      runner {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.AddRunnerDocument,
    "\n  mutation CreatePasswordResetLink($email: String!) {\n    createPasswordResetLink(email: $email) {\n      url\n      expiresAt\n      emailed\n    }\n  }\n": types.CreatePasswordResetLinkDocument,
    "\n  mutation UnlockAccount($email: String!) {\n    unlockAccount(email: $email)\n  }\n": types.UnlockAccountDocument,
    "\n  mutation ReassignRunner($runnerId: ID!, $coachId: ID!) {\n    reassignRunner(runnerId: $runnerId, coachId: $coachId) {\n      id\n      coach {\n        id\n        name\n      }\n    }\n  }\n": types.ReassignRunnerDocument,
    "\n  mutation EraseRunner($input: EraseRunnerInput!) {\n    eraseRunner(input: $input)\n  }\n": types.EraseRunnerDocument,
    "\n  query StaffMembers {\n    staffMembers {\n      id\n      name\n      email\n      role\n      joined\n      signInLocked\n    }\n  }\n": types.StaffMembersDocument,
    "\n  mutation InviteCoach($input: InviteCoachInput!) {\n    inviteCoach(input: $input) {\n      url\n      expiresAt\n      emailed\n    }\n  }\n": types.InviteCoachDocument,
    "\n  query RunnerToday {\n    runnerToday {\n      date\n      timeZone\n      sessions {\n        ...TodaySessionFields\n      }\n      next {\n        ...TodaySessionFields\n      }\n      week {\n        date\n        scheduled\n        completed\n      }\n      morningCheck {\n        id\n        localDate\n        painAfter\n      }\n      correctable {\n        id\n        prescriptionId\n        localDate\n        slot\n        startedAt\n        completedAt\n        painBefore\n        painAfter\n        effort\n        warningSigns\n        note\n        items {\n          prescriptionItemId\n          setsLeft\n          setsRight\n          setsDone\n          holdSecondsAchieved\n          reps\n          painDuring\n          skipped\n          skipReason\n        }\n      }\n    }\n  }\n": types.RunnerTodayDocument,
    "\n  mutation CorrectSession($correctsId: ID!, $input: LogSessionInput!) {\n    correctSession(correctsId: $correctsId, input: $input) {\n      id\n      stopAndContact\n    }\n  }\n": types.CorrectSessionDocument,
    "\n  fragment TodaySessionFields on TodaySession {\n    prescriptionId\n    prescriptionName\n    date\n    slot\n    slotsThatDay\n    totalText\n    done\n    items {\n      id\n      doseText\n      cues\n      notes\n      tempo\n      dose {\n        ...DoseFields\n      }\n      exercise {\n        id\n        name\n        cues\n        mediaUrl\n        startingPosition\n      }\n    }\n  }\n": types.TodaySessionFieldsFragmentDoc,
    "\n  mutation LogSession($input: LogSessionInput!) {\n    logSession(input: $input) {\n      id\n      stopAndContact\n    }\n  }\n": types.LogSessionDocument,
    "\n  mutation RecordNextMorningPain($sessionLogId: ID!, $pain: Int!) {\n    recordNextMorningPain(sessionLogId: $sessionLogId, pain: $pain) {\n      id\n      nextMorningPain\n    }\n  }\n": types.RecordNextMorningPainDocument,
    "\n  query RunnerProgress {\n    runnerProgress {\n      streak\n      weeks {\n        start\n        scheduled\n        completed\n      }\n      pain {\n        date\n        painAfter\n        nextMorningPain\n      }\n      coachNotes {\n        date\n        slot\n        comment\n        at\n      }\n    }\n  }\n": types.RunnerProgressDocument,
    "\n  query MyExcusedDays {\n    myExcusedDays {\n      id\n      date\n      reason\n      confirmed\n    }\n  }\n": types.MyExcusedDaysDocument,
    "\n  mutation ReportExcusedDay($input: ExcuseDayInput!) {\n    reportExcusedDay(input: $input) {\n      id\n      date\n      reason\n      confirmed\n    }\n  }\n": types.ReportExcusedDayDocument,
    "\n  mutation WithdrawExcusedDay($id: ID!) {\n    undoExcusedDay(id: $id) {\n      id\n    }\n  }\n": types.WithdrawExcusedDayDocument,
    "\n  query Me {\n    me {\n      userId\n      name\n      email\n      role\n      runnerId\n      clinic {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query PasswordResetByEmail {\n    passwordResetByEmail\n  }\n": types.PasswordResetByEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation AcceptRunnerInvitation($input: AcceptRunnerInvitationInput!) {\n    acceptRunnerInvitation(input: $input) {\n      email\n    }\n  }\n": types.AcceptRunnerInvitationDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      email\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SetupClinic($input: SetupClinicInput!) {\n    setupClinic(input: $input) {\n      email\n    }\n  }\n": types.SetupClinicDocument,
    "\n  query NeedsSetup {\n    needsSetup\n  }\n": types.NeedsSetupDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DoseFields on Dose {\n    holdSeconds\n    reps\n    sets\n    side\n    restSeconds\n    timesPerDay\n    daysOfWeek\n    intensity\n    load\n  }\n"): typeof import('./graphql').DoseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExerciseLibrary($filter: ExerciseFilter, $page: PageInput) {\n    exercises(filter: $filter, page: $page) {\n      totalCount\n      nextCursor\n      items {\n        id\n        name\n        aliases\n        category\n        bodyRegion\n        builtIn\n        defaultDose {\n          ...DoseFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExerciseLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExerciseDetail($id: ID!) {\n    exercise(id: $id) {\n      id\n      name\n      aliases\n      category\n      bodyRegion\n      targetMuscles\n      startingPosition\n      steps\n      cues\n      safetyNotes\n      contraindications\n      equipment\n      mediaUrl\n      builtIn\n      archived\n      defaultDose {\n        ...DoseFields\n      }\n    }\n  }\n"): typeof import('./graphql').ExerciseDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateExercise($input: ExerciseInput!) {\n    createExercise(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateExercise($id: ID!, $input: ExerciseInput!) {\n    updateExercise(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveExercise($id: ID!) {\n    archiveExercise(id: $id) {\n      id\n      archived\n    }\n  }\n"): typeof import('./graphql').ArchiveExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicateExercise($id: ID!) {\n    duplicateExercise(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DuplicateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramPhaseFields on ProgramPhase {\n    name\n    startWeek\n    endWeek\n    items {\n      id\n      doseText\n      exercise {\n        id\n        name\n      }\n      dose {\n        ...DoseFields\n      }\n      tempo\n      cues\n      notes\n    }\n  }\n"): typeof import('./graphql').ProgramPhaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Templates {\n    templates {\n      id\n      name\n      description\n      updatedAt\n      phases {\n        name\n        startWeek\n        endWeek\n        items {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Template($id: ID!) {\n    template(id: $id) {\n      id\n      name\n      description\n      phases {\n        ...ProgramPhaseFields\n      }\n    }\n  }\n"): typeof import('./graphql').TemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTemplate($input: TemplateInput!) {\n    createTemplate(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTemplate($id: ID!, $input: TemplateInput!) {\n    updateTemplate(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicateTemplate($id: ID!) {\n    duplicateTemplate(id: $id) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').DuplicateTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveTemplate($id: ID!) {\n    archiveTemplate(id: $id)\n  }\n"): typeof import('./graphql').ArchiveTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrescribeTemplate($input: PrescribeInput!) {\n    prescribeTemplate(input: $input) {\n      id\n      runnerId\n    }\n  }\n"): typeof import('./graphql').PrescribeTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunnerDetail($id: ID!, $logsFrom: String!, $logsTo: String!) {\n    sessionLogs(runnerId: $id, from: $logsFrom, to: $logsTo) {\n      id\n      localDate\n      slot\n      painBefore\n      painAfter\n      effort\n      nextMorningPain\n      warningSigns\n      note\n      stopAndContact\n      correctsId\n      coachComment\n      items {\n        skipped\n      }\n    }\n    runner(id: $id) {\n      id\n      name\n      email\n      timeZone\n      status\n      signInLocked\n      coach {\n        id\n        name\n      }\n    }\n    runnerPrescriptions(runnerId: $id) {\n      id\n      name\n      startDate\n      endDate\n      status\n      current {\n        version\n        effectiveFrom\n        phases {\n          ...ProgramPhaseFields\n        }\n      }\n      versions {\n        version\n        effectiveFrom\n        changeNote\n        changes\n        createdAt\n        createdByName\n      }\n      pauses {\n        startDate\n        endDate\n        reason\n      }\n    }\n    upcomingSessions(runnerId: $id, days: 7) {\n      prescriptionId\n      prescriptionName\n      date\n      slot\n      slotsThatDay\n      totalText\n      items {\n        id\n        doseText\n        exercise {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RunnerDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevisePrescription($input: RevisePrescriptionInput!) {\n    revisePrescription(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevisePrescriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PausePrescription($id: ID!, $from: String!, $reason: String) {\n    pausePrescription(id: $id, from: $from, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').PausePrescriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumePrescription($id: ID!, $on: String!) {\n    resumePrescription(id: $id, on: $on) {\n      id\n    }\n  }\n"): typeof import('./graphql').ResumePrescriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPrescription($id: ID!, $lastDay: String!) {\n    endPrescription(id: $id, lastDay: $lastDay) {\n      id\n    }\n  }\n"): typeof import('./graphql').EndPrescriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DischargeRunner($runnerId: ID!) {\n    dischargeRunner(runnerId: $runnerId)\n  }\n"): typeof import('./graphql').DischargeRunnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramSheet($id: ID!) {\n    me {\n      clinic {\n        name\n      }\n    }\n    runner(id: $id) {\n      id\n      name\n      timeZone\n      coach {\n        name\n      }\n    }\n    runnerPrescriptions(runnerId: $id) {\n      id\n      name\n      startDate\n      endDate\n      status\n      current {\n        version\n        effectiveFrom\n        phases {\n          name\n          startWeek\n          endWeek\n          items {\n            id\n            doseText\n            dose {\n              ...DoseFields\n            }\n            tempo\n            cues\n            notes\n            exercise {\n              id\n              name\n              category\n              bodyRegion\n              startingPosition\n              steps\n              cues\n              safetyNotes\n              contraindications\n              equipment\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProgramSheetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterReport {\n    rosterReport {\n      rows {\n        runnerId\n        routine\n        phase\n        lastSessionDate\n        last7 {\n          scheduled\n          completed\n          sessionAdherence\n        }\n        last28 {\n          scheduled\n          completed\n          sessionAdherence\n        }\n        weeks\n        signals {\n          missedDaysInARow\n          daysSilent\n          latestPain\n          painChange\n          painHigh\n          painRising\n          morningWorse\n          stopAndContactOn\n          needsAttention\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RosterReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClinicReport($range: ReportRangeInput) {\n    clinicReport(range: $range) {\n      from\n      to\n      coaches {\n        ...CoachComplianceFields\n      }\n      overall {\n        ...CoachComplianceFields\n      }\n    }\n  }\n  fragment CoachComplianceFields on CoachCompliance {\n    coachId\n    coachName\n    runners\n    adherentRunners\n    needsAttention\n    figures {\n      ...AdherenceFiguresFields\n    }\n  }\n  fragment AdherenceFiguresFields on AdherenceFigures {\n    scheduled\n    completed\n    sessionAdherence\n    doseAdherence\n    prescribedSetSides\n    completedSetSides\n  }\n"): typeof import('./graphql').ClinicReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunnerReport($runnerId: ID!, $range: ReportRangeInput) {\n    runnerReport(runnerId: $runnerId, range: $range) {\n      runnerId\n      from\n      to\n      today\n      figures {\n        ...AdherenceFiguresFields\n      }\n      days {\n        date\n        scheduled\n        completed\n        excused {\n          ...ExcusedDayFields\n        }\n      }\n      exercises {\n        exerciseId\n        name\n        sessions\n        prescribedSetSides\n        completedSetSides\n        doseAdherence\n      }\n      logs {\n        logId\n        date\n        slot\n        painBefore\n        painAfter\n        nextMorningPain\n        effort\n      }\n      versions {\n        prescriptionName\n        version\n        effectiveFrom\n        changeNote\n      }\n      excusedDays {\n        ...ExcusedDayFields\n      }\n    }\n  }\n  fragment ExcusedDayFields on ExcusedDay {\n    id\n    date\n    reason\n    note\n    reportedByRunner\n    confirmed\n  }\n"): typeof import('./graphql').RunnerReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExcuseDay($runnerId: ID!, $input: ExcuseDayInput!) {\n    excuseDay(runnerId: $runnerId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ExcuseDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmExcusedDay($id: ID!) {\n    confirmExcusedDay(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConfirmExcusedDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoExcusedDay($id: ID!) {\n    undoExcusedDay(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').UndoExcusedDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnSessionLog($logId: ID!, $comment: String!) {\n    commentOnSessionLog(logId: $logId, comment: $comment) {\n      id\n      coachComment\n    }\n  }\n"): typeof import('./graphql').CommentOnSessionLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunnerRoster($page: PageInput) {\n    runners(page: $page) {\n      totalCount\n      nextCursor\n      items {\n        id\n        name\n        email\n        timeZone\n        status\n        signInLocked\n        coach {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RunnerRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRunner($input: AddRunnerInput!) {\n    addRunner(input: $input) {\n      url\n      expiresAt\n      emailed\n      runner {\n        id\n        name\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').AddRunnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePasswordResetLink($email: String!) {\n    createPasswordResetLink(email: $email) {\n      url\n      expiresAt\n      emailed\n    }\n  }\n"): typeof import('./graphql').CreatePasswordResetLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockAccount($email: String!) {\n    unlockAccount(email: $email)\n  }\n"): typeof import('./graphql').UnlockAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignRunner($runnerId: ID!, $coachId: ID!) {\n    reassignRunner(runnerId: $runnerId, coachId: $coachId) {\n      id\n      coach {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ReassignRunnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseRunner($input: EraseRunnerInput!) {\n    eraseRunner(input: $input)\n  }\n"): typeof import('./graphql').EraseRunnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMembers {\n    staffMembers {\n      id\n      name\n      email\n      role\n      joined\n      signInLocked\n    }\n  }\n"): typeof import('./graphql').StaffMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCoach($input: InviteCoachInput!) {\n    inviteCoach(input: $input) {\n      url\n      expiresAt\n      emailed\n    }\n  }\n"): typeof import('./graphql').InviteCoachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunnerToday {\n    runnerToday {\n      date\n      timeZone\n      sessions {\n        ...TodaySessionFields\n      }\n      next {\n        ...TodaySessionFields\n      }\n      week {\n        date\n        scheduled\n        completed\n      }\n      morningCheck {\n        id\n        localDate\n        painAfter\n      }\n      correctable {\n        id\n        prescriptionId\n        localDate\n        slot\n        startedAt\n        completedAt\n        painBefore\n        painAfter\n        effort\n        warningSigns\n        note\n        items {\n          prescriptionItemId\n          setsLeft\n          setsRight\n          setsDone\n          holdSecondsAchieved\n          reps\n          painDuring\n          skipped\n          skipReason\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RunnerTodayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectSession($correctsId: ID!, $input: LogSessionInput!) {\n    correctSession(correctsId: $correctsId, input: $input) {\n      id\n      stopAndContact\n    }\n  }\n"): typeof import('./graphql').CorrectSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TodaySessionFields on TodaySession {\n    prescriptionId\n    prescriptionName\n    date\n    slot\n    slotsThatDay\n    totalText\n    done\n    items {\n      id\n      doseText\n      cues\n      notes\n      tempo\n      dose {\n        ...DoseFields\n      }\n      exercise {\n        id\n        name\n        cues\n        mediaUrl\n        startingPosition\n      }\n    }\n  }\n"): typeof import('./graphql').TodaySessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogSession($input: LogSessionInput!) {\n    logSession(input: $input) {\n      id\n      stopAndContact\n    }\n  }\n"): typeof import('./graphql').LogSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordNextMorningPain($sessionLogId: ID!, $pain: Int!) {\n    recordNextMorningPain(sessionLogId: $sessionLogId, pain: $pain) {\n      id\n      nextMorningPain\n    }\n  }\n"): typeof import('./graphql').RecordNextMorningPainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunnerProgress {\n    runnerProgress {\n      streak\n      weeks {\n        start\n        scheduled\n        completed\n      }\n      pain {\n        date\n        painAfter\n        nextMorningPain\n      }\n      coachNotes {\n        date\n        slot\n        comment\n        at\n      }\n    }\n  }\n"): typeof import('./graphql').RunnerProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyExcusedDays {\n    myExcusedDays {\n      id\n      date\n      reason\n      confirmed\n    }\n  }\n"): typeof import('./graphql').MyExcusedDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportExcusedDay($input: ExcuseDayInput!) {\n    reportExcusedDay(input: $input) {\n      id\n      date\n      reason\n      confirmed\n    }\n  }\n"): typeof import('./graphql').ReportExcusedDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawExcusedDay($id: ID!) {\n    undoExcusedDay(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').WithdrawExcusedDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      userId\n      name\n      email\n      role\n      runnerId\n      clinic {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordResetByEmail {\n    passwordResetByEmail\n  }\n"): typeof import('./graphql').PasswordResetByEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptRunnerInvitation($input: AcceptRunnerInvitationInput!) {\n    acceptRunnerInvitation(input: $input) {\n      email\n    }\n  }\n"): typeof import('./graphql').AcceptRunnerInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      email\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupClinic($input: SetupClinicInput!) {\n    setupClinic(input: $input) {\n      email\n    }\n  }\n"): typeof import('./graphql').SetupClinicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsSetup {\n    needsSetup\n  }\n"): typeof import('./graphql').NeedsSetupDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
