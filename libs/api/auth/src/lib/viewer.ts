/** Roles inside a clinic. A clinic's creator ("owner" in better-auth) acts as admin. */
export type Role = 'admin' | 'coach' | 'runner';

/**
 * Who is calling, always taken from the session, never from input. Every query
 * scopes by `clinicId` and `role` before it reaches the database.
 */
export interface Viewer {
  userId: string;
  name: string;
  email: string;
  clinicId: string;
  role: Role;
  /** The runner profile of a runner; null for staff. */
  runnerId: string | null;
}
