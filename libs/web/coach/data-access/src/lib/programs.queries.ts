import { graphql } from '@rehabit/web-shared-data-access';

/** A phase with what the editors need of each item: the exercise and the full dose. */
export const PROGRAM_PHASE_FIELDS = graphql(`
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
`);

export const TEMPLATES = graphql(`
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
`);

export const TEMPLATE = graphql(`
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
`);

export const CREATE_TEMPLATE = graphql(`
  mutation CreateTemplate($input: TemplateInput!) {
    createTemplate(input: $input) {
      id
    }
  }
`);

export const UPDATE_TEMPLATE = graphql(`
  mutation UpdateTemplate($id: ID!, $input: TemplateInput!) {
    updateTemplate(id: $id, input: $input) {
      id
    }
  }
`);

export const DUPLICATE_TEMPLATE = graphql(`
  mutation DuplicateTemplate($id: ID!) {
    duplicateTemplate(id: $id) {
      id
      name
    }
  }
`);

export const ARCHIVE_TEMPLATE = graphql(`
  mutation ArchiveTemplate($id: ID!) {
    archiveTemplate(id: $id)
  }
`);

export const PRESCRIBE_TEMPLATE = graphql(`
  mutation PrescribeTemplate($input: PrescribeInput!) {
    prescribeTemplate(input: $input) {
      id
      runnerId
    }
  }
`);

export const RUNNER_DETAIL = graphql(`
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
`);

export const REVISE_PRESCRIPTION = graphql(`
  mutation RevisePrescription($input: RevisePrescriptionInput!) {
    revisePrescription(input: $input) {
      id
    }
  }
`);

export const PAUSE_PRESCRIPTION = graphql(`
  mutation PausePrescription($id: ID!, $from: String!, $reason: String) {
    pausePrescription(id: $id, from: $from, reason: $reason) {
      id
    }
  }
`);

export const RESUME_PRESCRIPTION = graphql(`
  mutation ResumePrescription($id: ID!, $on: String!) {
    resumePrescription(id: $id, on: $on) {
      id
    }
  }
`);

export const END_PRESCRIPTION = graphql(`
  mutation EndPrescription($id: ID!, $lastDay: String!) {
    endPrescription(id: $id, lastDay: $lastDay) {
      id
    }
  }
`);

export const DISCHARGE_RUNNER = graphql(`
  mutation DischargeRunner($runnerId: ID!) {
    dischargeRunner(runnerId: $runnerId)
  }
`);

/** Everything the printed program sheet shows: CERT items of every exercise. */
export const PROGRAM_SHEET = graphql(`
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
`);
