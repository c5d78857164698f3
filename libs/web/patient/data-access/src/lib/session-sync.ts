import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import type { LogSessionInput } from '@rehabit/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { OfflineStore } from './offline-store';
import { LOG_SESSION } from './today.queries';
import { GraphqlClient } from '@rehabit/web-shared-data-access';

export type SyncState = 'on-phone' | 'synced' | 'refused';

export interface SubmitOutcome {
  state: SyncState;
  stopAndContact: boolean;
}

/** How often the outbox is retried while something waits in it. */
const RETRY_EVERY_MS = 20_000;

/**
 * Never loses a finished session: it is written to the phone's outbox first, then
 * sent; if the network is down it stays there and is sent when the network returns
 * (the `online` event, app start, and every 20 s). The client id makes sending twice
 * harmless: the server answers a resend with the original log.
 */
@Injectable({ providedIn: 'root' })
export class SessionSync {
  private readonly graphql = inject(GraphqlClient);
  private readonly store = inject(OfflineStore);

  /** State of each session sent from this page, by client id. */
  readonly states = signal<Record<string, SyncState>>({});
  /** How many finished sessions wait on this phone. */
  readonly waiting = signal(0);
  private flushing: Promise<void> | null = null;

  constructor() {
    if (typeof window === 'undefined') return;
    const retry = () => void this.flush();
    window.addEventListener('online', retry);
    const timer = setInterval(retry, RETRY_EVERY_MS);
    inject(DestroyRef).onDestroy(() => {
      window.removeEventListener('online', retry);
      clearInterval(timer);
    });
    void this.flush();
  }

  async submit(input: LogSessionInput): Promise<SubmitOutcome> {
    await this.store.queue({ input, savedAt: new Date().toISOString() });
    this.mark(input.clientId, 'on-phone');
    await this.refreshCount();
    const outcome = await this.send(input);
    return outcome ?? { state: 'on-phone', stopAndContact: false };
  }

  /** Sends every waiting session, one at a time; one flush runs at once. */
  flush(): Promise<void> {
    this.flushing ??= (async () => {
      try {
        for (const pending of await this.store.pending()) {
          if ((await this.send(pending.input)) === null) break;
        }
      } finally {
        this.flushing = null;
      }
    })();
    return this.flushing;
  }

  /** Null when the network failed (it stays queued); otherwise what the server said. */
  private async send(input: LogSessionInput): Promise<SubmitOutcome | null> {
    try {
      const result = await firstValueFrom(
        this.graphql.mutate({ mutation: LOG_SESSION, variables: { input } }),
      );
      await this.store.sent(input.clientId);
      this.mark(input.clientId, 'synced');
      await this.refreshCount();
      return {
        state: 'synced',
        stopAndContact: result.data?.logSession.stopAndContact ?? false,
      };
    } catch (error) {
      if (worthRetrying(error)) return null;
      // The server refused it (a rule it breaks will not change by retrying): drop it.
      await this.store.sent(input.clientId);
      this.mark(input.clientId, 'refused');
      await this.refreshCount();
      return { state: 'refused', stopAndContact: false };
    }
  }

  private mark(clientId: string, state: SyncState): void {
    this.states.update((states) => ({ ...states, [clientId]: state }));
  }

  private async refreshCount(): Promise<void> {
    this.waiting.set((await this.store.pending()).length);
  }
}

/**
 * Answers that say "not now" rather than "no": the session stays on the phone and goes
 * again later under the same client id (the server stores it once). The database being
 * briefly unreachable, too many requests, a fault on the server, or a session that
 * expired (it goes once the runner signs in again) must never lose a runner's session.
 */
const NOT_NOW = new Set([
  'SERVICE_UNAVAILABLE',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
  'UNAUTHENTICATED',
]);

/** No answer at all (offline, server down), or only "not now" answers. */
function worthRetrying(error: unknown): boolean {
  const e = error as {
    errors?: { extensions?: { code?: unknown } }[];
    graphQLErrors?: { extensions?: { code?: unknown } }[];
  };
  const graphqlErrors = e.errors ?? e.graphQLErrors ?? [];
  if (!Array.isArray(graphqlErrors) || graphqlErrors.length === 0) return true;
  return graphqlErrors.every((g) => NOT_NOW.has(String(g.extensions?.code)));
}
