export * from './lib/mail-messages';
export * from './lib/mail.module';
export * from './lib/mailer';
