/** What the db lib needs to know, given by the app from its validated configuration. */
export interface DbOptions {
  databaseUrl?: string;
  pgliteDir: string;
}

export const DB_OPTIONS = Symbol('DB_OPTIONS');
