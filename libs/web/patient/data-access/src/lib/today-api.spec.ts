import { TestBed } from '@angular/core/testing';
import { GraphqlClient } from '@rehabit/web-shared-data-access';
import { of } from 'rxjs';
import { OfflineStore, type PendingLog } from './offline-store';
import { TodayApi, type Today } from './today-api';

const day = (date: string) => ({ date }) as unknown as Today;

/** The phone's storage, in memory: the outbox and the last day kept. */
class MemoryStore {
  readonly outbox: PendingLog[] = [];
  saved: Today | null = null;
  async pending() {
    return this.outbox;
  }
  async saveToday(today: Today) {
    this.saved = today;
  }
  async lastToday() {
    return null;
  }
}

function setUp(answers: Today[]) {
  const query = jest.fn(() => of({ data: { runnerToday: answers.shift() } }));
  const store = new MemoryStore();
  TestBed.configureTestingModule({
    providers: [
      { provide: GraphqlClient, useValue: { query } },
      { provide: OfflineStore, useValue: store },
    ],
  });
  return { api: TestBed.inject(TodayApi), query, store };
}

describe('TodayApi', () => {
  it('answers the first load with the day asked for early, asking only once', async () => {
    const { api, query, store } = setUp([day('2026-11-27')]);
    api.prefetch();
    api.prefetch();
    const loaded = await api.load();
    expect(loaded?.today.date).toBe('2026-11-27');
    expect(query).toHaveBeenCalledTimes(1);
    expect(store.saved?.date).toBe('2026-11-27');
  });

  it('asks again on the next load: the early answer is used once', async () => {
    const { api, query } = setUp([day('2026-11-27'), day('2026-11-28')]);
    api.prefetch();
    await api.load();
    expect((await api.load())?.today.date).toBe('2026-11-28');
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('does not ask early while sessions wait on the phone: the day is asked for after they are sent', async () => {
    const { api, query, store } = setUp([day('2026-11-27')]);
    store.outbox.push({
      input: { clientId: 'c1' },
      savedAt: '2026-11-27T07:00:00Z',
    } as PendingLog);
    api.prefetch();
    await new Promise((settled) => setTimeout(settled));
    expect(query).not.toHaveBeenCalled();
    store.outbox.length = 0;
    expect((await api.load())?.today.date).toBe('2026-11-27');
    expect(query).toHaveBeenCalledTimes(1);
  });
});
