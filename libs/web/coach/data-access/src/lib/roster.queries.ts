import { graphql } from '@rehabit/web-shared-data-access';

export const RUNNER_ROSTER = graphql(`
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
`);

export const ADD_RUNNER = graphql(`
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
`);

export const CREATE_PASSWORD_RESET_LINK = graphql(`
  mutation CreatePasswordResetLink($email: String!) {
    createPasswordResetLink(email: $email) {
      url
      expiresAt
      emailed
    }
  }
`);

export const UNLOCK_ACCOUNT = graphql(`
  mutation UnlockAccount($email: String!) {
    unlockAccount(email: $email)
  }
`);

export const REASSIGN_RUNNER = graphql(`
  mutation ReassignRunner($runnerId: ID!, $coachId: ID!) {
    reassignRunner(runnerId: $runnerId, coachId: $coachId) {
      id
      coach {
        id
        name
      }
    }
  }
`);

export const ERASE_RUNNER = graphql(`
  mutation EraseRunner($input: EraseRunnerInput!) {
    eraseRunner(input: $input)
  }
`);
