import type { LoggerService } from '@nestjs/common';
import type { Logger } from 'pino';

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/** Nest's own exception handlers log (message, stack) rather than the error itself. */
const STACK = /\n\s*at /;

/**
 * Nest's log calls (the framework's and `new Logger(context)`'s) as pino lines: the
 * context (which Nest passes last) becomes a field; an object first is merged into
 * the line, and an Error is logged as `err`.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  verbose(message: unknown, ...optional: unknown[]): void {
    this.write('trace', message, optional);
  }
  debug(message: unknown, ...optional: unknown[]): void {
    this.write('debug', message, optional);
  }
  log(message: unknown, ...optional: unknown[]): void {
    this.write('info', message, optional);
  }
  warn(message: unknown, ...optional: unknown[]): void {
    this.write('warn', message, optional);
  }
  error(message: unknown, ...optional: unknown[]): void {
    this.write('error', message, optional);
  }
  fatal(message: unknown, ...optional: unknown[]): void {
    this.write('fatal', message, optional);
  }

  private write(level: Level, message: unknown, optional: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const context = optional.at(-1);
    const [detail] = optional.slice(0, -1);
    const fields: Record<string, unknown> = context ? { context } : {};
    if (message instanceof Error) {
      this.pino[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level](
        { ...fields, ...message },
        typeof detail === 'string' ? detail : undefined,
      );
    } else if (typeof detail === 'string' && STACK.test(detail)) {
      this.pino[level](
        { ...fields, err: { message: String(message), stack: detail } },
        String(message),
      );
    } else {
      this.pino[level](fields, String(message));
    }
  }
}
