import { inject, Injectable } from '@angular/core';
import type { RunnerTodayQuery } from '@rehabit/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { OfflineStore } from './offline-store';
import { RUNNER_TODAY } from './today.queries';
import { GraphqlClient } from '@rehabit/web-shared-data-access';

export type Today = RunnerTodayQuery['runnerToday'];
type TodayAnswer = { data: RunnerTodayQuery };

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

  /** The day asked for before the page existed (see `prefetch`), taken by the next load. */
  private early: Promise<TodayAnswer | null> | null = null;

  /**
   * Starts asking for the day as the app opens on Today, beside the sign-in check rather
   * than after it and after the page's code has loaded: on a phone network that is a
   * round trip less before the runner sees the plan. Not when sessions wait on the
   * phone: those are sent first and the day is asked for after, so it counts them.
   */
  prefetch(): void {
    this.early ??= this.store
      .pending()
      .then((waiting) => (waiting.length === 0 ? this.ask() : null))
      .catch(() => null);
  }

  async load(): Promise<LoadedToday | null> {
    const early = this.early;
    this.early = null;
    const waiting = new Set(
      (await this.store.pending()).map(({ input }) =>
        sessionKey({ ...input, date: input.localDate }),
      ),
    );
    try {
      const result =
        (waiting.size === 0 ? await early : null) ?? (await this.ask());
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

  private ask(): Promise<TodayAnswer> {
    return firstValueFrom(this.graphql.query({ query: RUNNER_TODAY }));
  }
}
