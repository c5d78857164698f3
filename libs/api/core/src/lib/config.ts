import { z } from 'zod';

const LOG_LEVELS = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
] as const;

/**
 * Every environment variable the API reads, validated once at start. A bad value
 * stops the start with a message naming the variable (see loadConfig).
 */
const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** PostgreSQL connection; unset means the embedded PGlite database. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
    .optional(),
  /** Where the embedded database keeps its files ("memory://" keeps it in memory). */
  PGLITE_DIR: z.string().min(1).default('.data/pglite'),
  /**
   * The demo clinic: "auto" loads it into an empty embedded database only; "yes" also
   * into an empty PostgreSQL database; "no" never. It never loads over existing data.
   */
  DEMO_DATA: z.enum(['auto', 'yes', 'no']).default('auto'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** The built web app to serve; defaults to dist/apps/web/browser beside the API bundle. */
  WEB_DIST: z.string().min(1).optional(),
  /**
   * Signs session cookies; at least 32 characters. Unset: a random secret is made once
   * and kept in AUTH_SECRET_FILE. Several API instances must share one.
   */
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_SECRET_FILE: z.string().min(1).default('.data/auth-secret'),
  /** The address people open (links in invitations; https makes cookies Secure). */
  PUBLIC_URL: z
    .string()
    .url('must be a URL such as https://rehab.example.org')
    .optional(),
  /** Sign-in attempts allowed per client address per hour (RELIABILITY.md: at most 100). */
  SIGN_IN_LIMIT_PER_HOUR: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(100),
  /**
   * GraphQL operations allowed per client address per minute, counted in PostgreSQL so
   * that every API instance shares one budget; over it: 429 with Retry-After.
   */
  GRAPHQL_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(600),
  /**
   * Addresses of the reverse proxies in front of the API, comma-separated. Only from
   * these is X-Forwarded-For believed; unset, the client is the socket's address.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.union([z.ipv4(), z.ipv6()], 'must list IP addresses'))),
  /**
   * Outgoing mail, e.g. smtps://user:password@mail.example.org:465. Unset: no email is
   * sent; invitation and reset links are shown to the coach or admin to hand over.
   */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  /** The sender of Rehabit's emails. */
  MAIL_FROM: z.string().min(3).default('Rehabit <no-reply@rehabit.invalid>'),
  /** Milliseconds a SIGTERM waits for in-flight requests before the process exits. */
  SHUTDOWN_GRACE_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(120_000)
    .default(30_000),
});

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/**
 * Reads and validates the configuration. Empty strings count as unset, so
 * `DATABASE_URL= npm start` means "no database URL", as a person would expect.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== ''),
  );
  const result = configSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** Injection token of the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
