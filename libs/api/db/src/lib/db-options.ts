/** What the db lib needs to know, given by the app from its validated configuration. */
export interface DbOptions {
  databaseUrl?: string;
  pgliteDir: string;
  /**
   * Count the SQL statements sent (tests: "the roster issues a constant number of
   * statements"). Off in production: Prisma formats an event for every query.
   */
  countStatements?: boolean;
}

export const DB_OPTIONS = Symbol('DB_OPTIONS');
