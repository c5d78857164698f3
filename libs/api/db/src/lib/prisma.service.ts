import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import {
  Inject,
  Injectable,
  Logger,
  OnModuleDestroy,
  OnModuleInit,
} from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { Prisma, PrismaClient } from '../generated/prisma/client';
import { DB_OPTIONS, type DbOptions } from './db-options';
import { applyMigrations, findMigrationsDir } from './migrate';

type Adapter = NonNullable<
  ConstructorParameters<typeof PrismaClient>[0]
>['adapter'];

/** One statement sent straight to the database: `$1`-numbered text and its values. */
type RunStatement = (text: string, values: unknown[]) => Promise<unknown[]>;

interface OpenDatabase {
  adapter: Adapter;
  run: RunStatement;
  /** "PostgreSQL" or "PGlite": tests print it so a silent fallback is visible. */
  kind: 'PostgreSQL' | 'PGlite';
  close: () => Promise<void>;
}

/**
 * Statement timeout on API connections: a runaway query fails instead of holding a
 * connection (and the runner's phone) forever.
 */
export const STATEMENT_TIMEOUT_MS = 15_000;

/**
 * A name for a statement's text, so that each connection parses and plans it once and
 * then only binds values: these statements run on every request, and PostgreSQL shares
 * the machine's cores with the API.
 */
function preparedName(text: string): string {
  return `rh_${createHash('sha1').update(text).digest('base64url')}`;
}

async function openPostgres(url: string, log: Logger): Promise<OpenDatabase> {
  const u = new URL(url);
  log.log(
    `database: PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`,
  );
  // One pool for Prisma and for the statements sent without it (PrismaService.sql).
  const pool = new Pool({
    connectionString: url,
    connectionTimeoutMillis: 5_000,
    // JIT compiles a report's plan for longer than the report runs (its row estimates
    // over generated series are high): measured 0.9 s of JIT for 0.15 s of work.
    options: `-c statement_timeout=${STATEMENT_TIMEOUT_MS} -c jit=off`,
  });
  // An idle connection the server dropped is an event, not a crash: the pool replaces it.
  pool.on('error', (error) =>
    log.warn(`idle database connection lost: ${error.message}`),
  );
  return {
    adapter: new PrismaPg(pool),
    kind: 'PostgreSQL',
    run: async (text, values) =>
      (await pool.query({ name: preparedName(text), text, values })).rows,
    close: () => pool.end(),
  };
}

async function openPglite(dir: string, log: Logger): Promise<OpenDatabase> {
  // Loaded on demand: a PostgreSQL deployment never pays for the WASM database.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  if (!dir.includes('://')) mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create(dir);
  const migrationsDir = findMigrationsDir();
  const applied = await applyMigrations(pglite, migrationsDir);
  log.log(
    `database: embedded PGlite at ${dir}; migrations applied now: ${applied.length}`,
  );
  // pglite-prisma-adapter 0.6.x is typed against an older driver-adapter-utils; it
  // ignores the argument types at run time, so only the static types differ.
  const adapter = new PrismaPGlite(pglite) as unknown as Adapter;
  return {
    adapter,
    kind: 'PGlite',
    run: async (text, values) => (await pglite.query(text, values)).rows,
    close: () => pglite.close(),
  };
}

/**
 * The one database client of the API.
 * DATABASE_URL set: PostgreSQL through @prisma/adapter-pg (schema by `prisma migrate deploy`).
 * Unset: embedded PGlite in PGLITE_DIR, with prisma/migrations applied at start.
 */
@Injectable()
export class PrismaService implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger(PrismaService.name);
  private database: OpenDatabase | undefined;
  private statements = 0;
  client!: PrismaClient;

  constructor(@Inject(DB_OPTIONS) private readonly options: DbOptions) {}

  get kind(): OpenDatabase['kind'] {
    return this.options.databaseUrl ? 'PostgreSQL' : 'PGlite';
  }

  /** Opens the database; DbModule does it while creating the provider, so every consumer gets a ready client. */
  async onModuleInit(): Promise<void> {
    if (this.database) return;
    this.database = this.options.databaseUrl
      ? await openPostgres(this.options.databaseUrl, this.log)
      : await openPglite(this.options.pgliteDir, this.log);
    this.client = this.options.countStatements
      ? this.countingClient(this.database.adapter)
      : new PrismaClient({ adapter: this.database.adapter });
  }

  /** SQL statements sent so far (only with `countStatements`; else always 0). */
  get statementsSent(): number {
    return this.statements;
  }

  private countingClient(adapter: Adapter): PrismaClient {
    const client = new PrismaClient({
      adapter,
      log: [{ emit: 'event', level: 'query' }],
    });
    client.$on('query', () => {
      this.statements++;
    });
    return client;
  }

  /**
   * One statement on the same connections, without Prisma: Prisma plans every query,
   * raw ones too, at about 0.25 ms of CPU each, several times what the driver costs and
   * more than PostgreSQL takes to run the short statements made on every request. Only
   * those use this (docs/benchmarks.md); everything else goes through `client`.
   * Rows are as the driver gives them, the same from pg and PGlite for text, integers,
   * booleans, json and timestamptz: ask for those (cast a date or a uuid to text).
   */
  async sql<Row>(statement: Prisma.Sql): Promise<Row[]> {
    if (!this.database) throw new Error('The database is not open.');
    if (this.options.countStatements) this.statements++;
    return (await this.database.run(statement.text, statement.values)) as Row[];
  }

  /** True when the database answers a trivial query within timeoutMs. */
  async isReachable(timeoutMs = 2_000): Promise<boolean> {
    if (!this.database) return false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const probe = this.client.$queryRaw`SELECT 1`.then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async onModuleDestroy(): Promise<void> {
    const database = this.database;
    this.database = undefined;
    await this.client?.$disconnect();
    await database?.close();
  }
}
