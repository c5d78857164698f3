import { graphql } from '@rehabit/web-shared-data-access';

export const STAFF_MEMBERS = graphql(`
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
`);

export const INVITE_COACH = graphql(`
  mutation InviteCoach($input: InviteCoachInput!) {
    inviteCoach(input: $input) {
      url
      expiresAt
      emailed
    }
  }
`);
