// Who signs in during the benchmark, made through the API as people would: the admin
// (first-run setup), the coaches whose rosters are timed (invited, then choosing a
// password) and runners who log sessions (invited by a coach, then joining).

export const PASSWORD = 'bench-password-long-enough';

export async function makeAccounts(api, { timedCoaches, writers }) {
  await api.gql(
    `mutation ($i: SetupClinicInput!) { setupClinic(input: $i) { email } }`,
    {
      i: {
        clinicName: 'Benchmark Running Clinic',
        adminName: 'Bench Admin',
        adminEmail: 'admin@bench.example',
        password: PASSWORD,
      },
    },
  );
  const admin = await api.signIn('admin@bench.example', PASSWORD);
  const coaches = [];
  for (const runners of timedCoaches) {
    const email = `coach-${runners}@bench.example`;
    const invited = await api.gql(
      `mutation ($i: InviteCoachInput!) { inviteCoach(input: $i) { url } }`,
      { i: { name: `Coach of ${runners}`, email } },
      admin,
    );
    await api.gql(
      `mutation ($i: ResetPasswordInput!) { resetPassword(input: $i) { email } }`,
      {
        i: { token: api.tokenOf(invited.inviteCoach.url), password: PASSWORD },
      },
      undefined,
    );
    const cookie = await api.signIn(email, PASSWORD);
    const me = await api.gql('{ me { userId } }', {}, cookie);
    coaches.push({ runners, email, cookie, userId: me.me.userId });
  }
  const inviter = coaches[0];
  const runnerCookies = [];
  for (let i = 1; i <= writers; i++) {
    const email = `writer-${i}@bench.example`;
    const added = await api.gql(
      `mutation ($i: AddRunnerInput!) { addRunner(input: $i) { url } }`,
      { i: { name: `Writer ${i}`, email, timeZone: 'Europe/London' } },
      inviter.cookie,
    );
    await api.gql(
      `mutation ($i: AcceptRunnerInvitationInput!) { acceptRunnerInvitation(input: $i) { email } }`,
      { i: { token: api.tokenOf(added.addRunner.url), password: PASSWORD } },
    );
    runnerCookies.push(await api.signIn(email, PASSWORD));
  }
  const clinic = await api.gql('{ me { clinic { id } } }', {}, admin);
  return { clinicId: clinic.me.clinic.id, admin, coaches, runnerCookies };
}
