import { graphql } from '@rehabit/web-shared-data-access';

export const ROSTER_REPORT = graphql(`
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
`);

export const CLINIC_REPORT = graphql(`
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
  }
`);

export const RUNNER_REPORT = graphql(`
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
  fragment ExcusedDayFields on ExcusedDay {
    id
    date
    reason
    note
    reportedByRunner
    confirmed
  }
`);

export const EXCUSE_DAY = graphql(`
  mutation ExcuseDay($runnerId: ID!, $input: ExcuseDayInput!) {
    excuseDay(runnerId: $runnerId, input: $input) {
      id
    }
  }
`);

export const CONFIRM_EXCUSED_DAY = graphql(`
  mutation ConfirmExcusedDay($id: ID!) {
    confirmExcusedDay(id: $id) {
      id
    }
  }
`);

export const UNDO_EXCUSED_DAY = graphql(`
  mutation UndoExcusedDay($id: ID!) {
    undoExcusedDay(id: $id) {
      id
    }
  }
`);

export const COMMENT_ON_SESSION_LOG = graphql(`
  mutation CommentOnSessionLog($logId: ID!, $comment: String!) {
    commentOnSessionLog(logId: $logId, comment: $comment) {
      id
      coachComment
    }
  }
`);
