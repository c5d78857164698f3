import { graphql } from '@rehabit/web-shared-data-access';

/** Every dose field: what formatDose and formatIntensity need. */
export const DOSE_FIELDS = graphql(`
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
`);

export const EXERCISE_LIBRARY = graphql(`
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
`);

export const EXERCISE_DETAIL = graphql(`
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
`);

export const CREATE_EXERCISE = graphql(`
  mutation CreateExercise($input: ExerciseInput!) {
    createExercise(input: $input) {
      id
    }
  }
`);

export const UPDATE_EXERCISE = graphql(`
  mutation UpdateExercise($id: ID!, $input: ExerciseInput!) {
    updateExercise(id: $id, input: $input) {
      id
    }
  }
`);

export const ARCHIVE_EXERCISE = graphql(`
  mutation ArchiveExercise($id: ID!) {
    archiveExercise(id: $id) {
      id
      archived
    }
  }
`);

export const DUPLICATE_EXERCISE = graphql(`
  mutation DuplicateExercise($id: ID!) {
    duplicateExercise(id: $id) {
      id
    }
  }
`);
