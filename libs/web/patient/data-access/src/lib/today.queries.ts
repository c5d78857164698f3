import { graphql } from '@rehabit/web-shared-data-access';

export const RUNNER_TODAY = graphql(`
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
`);

export const CORRECT_SESSION = graphql(`
  mutation CorrectSession($correctsId: ID!, $input: LogSessionInput!) {
    correctSession(correctsId: $correctsId, input: $input) {
      id
      stopAndContact
    }
  }
`);

export const TODAY_SESSION_FIELDS = graphql(`
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
`);

export const LOG_SESSION = graphql(`
  mutation LogSession($input: LogSessionInput!) {
    logSession(input: $input) {
      id
      stopAndContact
    }
  }
`);

export const RECORD_NEXT_MORNING_PAIN = graphql(`
  mutation RecordNextMorningPain($sessionLogId: ID!, $pain: Int!) {
    recordNextMorningPain(sessionLogId: $sessionLogId, pain: $pain) {
      id
      nextMorningPain
    }
  }
`);

export const RUNNER_PROGRESS = graphql(`
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
`);

export const MY_EXCUSED_DAYS = graphql(`
  query MyExcusedDays {
    myExcusedDays {
      id
      date
      reason
      confirmed
    }
  }
`);

export const REPORT_EXCUSED_DAY = graphql(`
  mutation ReportExcusedDay($input: ExcuseDayInput!) {
    reportExcusedDay(input: $input) {
      id
      date
      reason
      confirmed
    }
  }
`);

export const WITHDRAW_EXCUSED_DAY = graphql(`
  mutation WithdrawExcusedDay($id: ID!) {
    undoExcusedDay(id: $id) {
      id
    }
  }
`);
