import { inject, Injectable } from '@angular/core';
import type { RunnerTodayQuery } from '@rehabit/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { OfflineStore } from './offline-store';
import { RUNNER_TODAY } from './today.queries';
import { GraphqlClient } from '@rehabit/web-shared-data-access';

export type Today = RunnerTodayQuery['runnerToday'];

export interface LoadedToday {
  today: Today;
  /** Set when the network failed and this is the copy kept on the phone. */
  offlineSince: string | null;
  /** Sessions finished on this phone and not yet sent, by "prescription|date|slot". */
  waiting: ReadonlySet<string>;
}

export const sessionKey = (s: {
  prescriptionId: string;
  date: string;
  slot: number;
}) => `${s.prescriptionId}|${s.date}|${s.slot}`;

/**
 * Today from the server when it answers, else the last copy kept on the phone, so
 * the plan and the guided session work with no network once opened.
 */
@Injectable({ providedIn: 'root' })
export class TodayApi {
  private readonly graphql = inject(GraphqlClient);
  private readonly store = inject(OfflineStore);

  async load(): Promise<LoadedToday | null> {
    const waiting = new Set(
      (await this.store.pending()).map(({ input }) =>
        sessionKey({ ...input, date: input.localDate }),
      ),
    );
    try {
      const result = await firstValueFrom(
        this.graphql.query({ query: RUNNER_TODAY }),
      );
      const today = result.data?.runnerToday;
      if (!today) return null;
      await this.store.saveToday(today);
      return { today, offlineSince: null, waiting };
    } catch {
      const cached = await this.store.lastToday();
      return cached
        ? { today: cached.today, offlineSince: cached.fetchedAt, waiting }
        : null;
    }
  }
}
