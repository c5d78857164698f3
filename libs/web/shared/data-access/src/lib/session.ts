import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { firstValueFrom } from 'rxjs';
import { GraphqlClient } from './graphql-client';
import { graphql } from './generated';
import type { MeQuery } from './generated/graphql';

export const ME = graphql(`
  query Me {
    me {
      userId
      name
      email
      role
      runnerId
      clinic {
        id
        name
      }
    }
  }
`);

export type Me = MeQuery['me'];

export type SignInOutcome =
  | 'signed-in'
  | 'wrong-credentials'
  | 'locked'
  | 'too-many-attempts'
  | 'unavailable';

/** Where the last known viewer is kept, so the installed app opens offline. */
const viewerStore: UseStore | null =
  typeof indexedDB === 'undefined'
    ? null
    : createStore('rehabit-session', 'keyval');

/** No answer at all (offline, server down), as opposed to an answer that says no. */
function isNetworkFailure(error: unknown): boolean {
  const errors = (error as { errors?: unknown[] }).errors;
  return !Array.isArray(errors) || errors.length === 0;
}

/**
 * The signed-in person, as the server's session cookie says. The cookie is HttpOnly:
 * the app never sees a token, it asks the API who it is. Offline, the app goes on as
 * the person last seen on this device (in IndexedDB; the server still checks the
 * cookie on every request once the network returns).
 */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly graphql = inject(GraphqlClient);
  private readonly http = inject(HttpClient);

  /** undefined until first asked; null when nobody is signed in. */
  readonly me = signal<Me | null | undefined>(undefined);
  readonly signedIn = computed(() => !!this.me());
  /** True while the app runs as the last known viewer because the server cannot be reached. */
  readonly offline = signal(false);

  async load(): Promise<Me | null> {
    try {
      const result = await firstValueFrom(this.graphql.query({ query: ME }));
      const me = (result.data as MeQuery | undefined)?.me ?? null;
      this.me.set(me);
      this.offline.set(false);
      if (viewerStore && me) await set('me', me, viewerStore);
      return me;
    } catch (error) {
      const known =
        isNetworkFailure(error) && viewerStore
          ? ((await get<Me>('me', viewerStore)) ?? null)
          : null;
      if (!known && viewerStore) await del('me', viewerStore);
      this.offline.set(known !== null);
      this.me.set(known);
      return known;
    }
  }

  /** The user's role once known, loading it on first use. */
  async current(): Promise<Me | null> {
    const known = this.me();
    return known === undefined ? this.load() : known;
  }

  async signIn(email: string, password: string): Promise<SignInOutcome> {
    try {
      await firstValueFrom(
        this.http.post('/api/auth/sign-in/email', { email, password }),
      );
    } catch (error) {
      return outcomeOf(error);
    }
    return (await this.load()) ? 'signed-in' : 'unavailable';
  }

  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.http.post('/api/auth/sign-out', {}));
    } finally {
      this.me.set(null);
      if (viewerStore) await del('me', viewerStore);
    }
  }
}

function outcomeOf(error: unknown): SignInOutcome {
  if (!(error instanceof HttpErrorResponse)) return 'unavailable';
  if (error.status === 401) return 'wrong-credentials';
  if (
    error.status === 403 &&
    (error.error as { code?: string } | null)?.code === 'ACCOUNT_LOCKED'
  )
    return 'locked';
  if (error.status === 429) return 'too-many-attempts';
  return 'unavailable';
}

/** The field errors of a BAD_USER_INPUT answer, by field path. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors = (
    error as {
      errors?: {
        extensions?: {
          code?: string;
          fields?: { field: string; message: string }[];
        };
      }[];
    }
  ).errors;
  const fields =
    errors?.find((e) => e.extensions?.code === 'BAD_USER_INPUT')?.extensions
      ?.fields ?? [];
  return Object.fromEntries(fields.map((f) => [f.field, f.message]));
}

/**
 * The errors a form shows after a failed mutation: the field errors when the input
 * was refused, else the server's CONFLICT message (such as "already in your clinic"),
 * else the fallback, under the key "form".
 */
export function formErrorsOf(
  error: unknown,
  fallback: string,
): Record<string, string> {
  const fields = fieldErrorsOf(error);
  if (Object.keys(fields).length > 0) return fields;
  const conflict = (
    error as {
      errors?: { extensions?: { code?: string }; message: string }[];
    }
  ).errors?.find((e) => e.extensions?.code === 'CONFLICT');
  return { form: conflict?.message ?? fallback };
}
