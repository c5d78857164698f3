import { Injectable } from '@angular/core';
import type {
  LogSessionInput,
  RunnerTodayQuery,
} from '@rehabit/web-shared-data-access';
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';

/** A finished session waiting on this phone to be sent. */
export interface PendingLog {
  input: LogSessionInput;
  savedAt: string;
}

export interface CachedToday {
  today: RunnerTodayQuery['runnerToday'];
  fetchedAt: string;
}

/**
 * What the runner's phone keeps for offline use, in IndexedDB (never localStorage,
 * RELIABILITY.md): the last Today it saw, and finished sessions not yet sent. Both
 * stores are per browser profile; signing out clears them.
 */
@Injectable({ providedIn: 'root' })
export class OfflineStore {
  private readonly today: UseStore | null = open('rehabit-today');
  private readonly outbox: UseStore | null = open('rehabit-outbox');

  async saveToday(today: CachedToday['today']): Promise<void> {
    if (this.today)
      await set(
        'today',
        { today, fetchedAt: new Date().toISOString() },
        this.today,
      );
  }

  async lastToday(): Promise<CachedToday | null> {
    return this.today
      ? ((await get<CachedToday>('today', this.today)) ?? null)
      : null;
  }

  async queue(log: PendingLog): Promise<void> {
    if (this.outbox) await set(log.input.clientId, log, this.outbox);
  }

  async pending(): Promise<PendingLog[]> {
    return this.outbox ? values<PendingLog>(this.outbox) : [];
  }

  async sent(clientId: string): Promise<void> {
    if (this.outbox) await del(clientId, this.outbox);
  }
}

/** IndexedDB where the browser has it (not in unit tests or private modes that refuse it). */
function open(name: string): UseStore | null {
  return typeof indexedDB === 'undefined' ? null : createStore(name, 'keyval');
}
