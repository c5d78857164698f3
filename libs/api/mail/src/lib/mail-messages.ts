/** One email, as plain text: links stay visible and nothing is loaded from elsewhere. */
export interface MailMessage {
  subject: string;
  text: string;
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'UTC',
});

function until(expiresAt: Date): string {
  return `${dateTime.format(expiresAt)} UTC`;
}

const SIGNATURE = '— Rehabit, on behalf of your clinic';

export function runnerInvitationMail(args: {
  runnerName: string;
  coachName: string;
  clinicName: string;
  url: string;
  expiresAt: Date;
}): MailMessage {
  return {
    subject: `${args.coachName} invited you to ${args.clinicName} on Rehabit`,
    text: [
      `Hello ${args.runnerName},`,
      '',
      `${args.coachName} at ${args.clinicName} has set up your home exercise program on Rehabit.`,
      'Open this link on your phone to choose a password and see today’s plan:',
      '',
      args.url,
      '',
      `The link works once and until ${until(args.expiresAt)}. If it has expired, ask ${args.coachName} for a new one.`,
      'If you were not expecting this, ignore this email.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}

export function staffWelcomeMail(args: {
  name: string;
  clinicName: string;
  url: string;
  expiresAt: Date;
}): MailMessage {
  return {
    subject: `Your Rehabit account at ${args.clinicName}`,
    text: [
      `Hello ${args.name},`,
      '',
      `You have been added as a coach at ${args.clinicName} on Rehabit.`,
      'Open this link to choose a password (at least 12 characters):',
      '',
      args.url,
      '',
      `The link works once and until ${until(args.expiresAt)}.`,
      '',
      SIGNATURE,
    ].join('\n'),
  };
}

export function passwordResetMail(args: {
  name: string;
  url: string;
  expiresAt: Date;
}): MailMessage {
  return {
    subject: 'Choose a new Rehabit password',
    text: [
      `Hello ${args.name},`,
      '',
      'Someone (we hope you) asked to reset your Rehabit password. Open this link to choose a new one:',
      '',
      args.url,
      '',
      `The link works once and until ${until(args.expiresAt)}. Choosing a new password signs you out everywhere.`,
      'If you did not ask for this, ignore this email: your password stays as it is.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}
