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
      }
    }
  }
`);

export const ADD_RUNNER = graphql(`
  mutation AddRunner($input: AddRunnerInput!) {
    addRunner(input: $input) {
      url
      expiresAt
      runner {
        id
        name
      }
    }
  }
`);

export const CREATE_PASSWORD_RESET_LINK = graphql(`
  mutation CreatePasswordResetLink($email: String!) {
    createPasswordResetLink(email: $email) {
      url
      expiresAt
    }
  }
`);
