import {
  passwordResetMail,
  runnerInvitationMail,
  staffWelcomeMail,
} from './mail-messages';

const expiresAt = new Date('2026-11-29T17:00:00Z');
const url = 'https://rehab.example.org/join#token=abc';

describe('the emails Rehabit sends', () => {
  it('invites a runner by name, from their coach, with the link and its expiry', () => {
    const mail = runnerInvitationMail({
      runnerName: 'Maya',
      coachName: 'Sam Okafor',
      clinicName: 'Riverside Running Clinic',
      url,
      expiresAt,
    });
    expect(mail.subject).toBe(
      'Sam Okafor invited you to Riverside Running Clinic on Rehabit',
    );
    expect(mail.text).toContain('Hello Maya,');
    expect(mail.text).toContain(`\n${url}\n`);
    expect(mail.text).toContain('until 29 November 2026 at 17:00 UTC');
  });

  it('welcomes a coach with the password rule they will meet', () => {
    const mail = staffWelcomeMail({
      name: 'Jordan',
      clinicName: 'Riverside Running Clinic',
      url,
      expiresAt,
    });
    expect(mail.subject).toBe(
      'Your Rehabit account at Riverside Running Clinic',
    );
    expect(mail.text).toContain('at least 12 characters');
    expect(mail.text).toContain(url);
  });

  it('says a reset link signs out everywhere and can be ignored', () => {
    const mail = passwordResetMail({ name: 'Maya', url, expiresAt });
    expect(mail.text).toContain('signs you out everywhere');
    expect(mail.text).toContain('ignore this email');
    expect(mail.text).toContain(url);
  });
});
