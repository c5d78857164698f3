import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rehabit/api-core';
import { createTransport, type Transporter } from 'nodemailer';
import type { MailMessage } from './mail-messages';

/** How long one SMTP delivery may take before the operation goes on without it. */
const SMTP_TIMEOUT_MS = 10_000;

/**
 * Sends Rehabit's emails through SMTP_URL. Without it, `enabled` is false and nothing
 * is sent. A failed delivery never fails the operation that asked for it (the link is
 * also returned to the coach or admin); it is logged without the recipient or the link.
 */
@Injectable()
export class Mailer {
  private readonly log = new Logger(Mailer.name);
  private readonly transport: Transporter | null;
  private readonly from: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.from = config.MAIL_FROM;
    this.transport = config.SMTP_URL
      ? createTransport({
          url: config.SMTP_URL,
          connectionTimeout: SMTP_TIMEOUT_MS,
          greetingTimeout: SMTP_TIMEOUT_MS,
          socketTimeout: SMTP_TIMEOUT_MS,
        })
      : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** True when the SMTP server accepted the message. */
  async send(to: string, message: MailMessage, kind: string): Promise<boolean> {
    if (!this.transport) return false;
    try {
      await this.transport.sendMail({
        from: this.from,
        to,
        subject: message.subject,
        text: message.text,
      });
      return true;
    } catch (error) {
      this.log.warn(
        { kind, code: (error as { code?: unknown }).code ?? null },
        'email not sent',
      );
      return false;
    }
  }
}
