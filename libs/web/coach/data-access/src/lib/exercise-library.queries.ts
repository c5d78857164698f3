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
      defaultDose {
        ...DoseFields
      }
    }
  }
`);
