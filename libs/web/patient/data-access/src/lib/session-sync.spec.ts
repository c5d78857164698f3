import { TestBed } from '@angular/core/testing';
import type { LogSessionInput } from '@rehabit/web-shared-data-access';
import { of, throwError } from 'rxjs';
import { OfflineStore, type PendingLog } from './offline-store';
import { SessionSync } from './session-sync';
import { GraphqlClient } from '@rehabit/web-shared-data-access';

/** The phone's outbox, in memory. */
class MemoryStore {
  readonly logs = new Map<string, PendingLog>();
  async queue(log: PendingLog) {
    this.logs.set(log.input.clientId, log);
  }
  async pending() {
    return [...this.logs.values()];
  }
  async sent(clientId: string) {
    this.logs.delete(clientId);
  }
}

const input = { clientId: 'c1' } as LogSessionInput;

function setUp(mutate: jest.Mock) {
  const store = new MemoryStore();
  TestBed.configureTestingModule({
    providers: [
      { provide: GraphqlClient, useValue: { mutate } },
      { provide: OfflineStore, useValue: store },
    ],
  });
  return { sync: TestBed.inject(SessionSync), store };
}

describe('SessionSync', () => {
  it('keeps the session on the phone first, then sends it and forgets it', async () => {
    const mutate = jest.fn(() =>
      of({ data: { logSession: { id: 'l1', stopAndContact: true } } }),
    );
    const { sync, store } = setUp(mutate);
    const outcome = await sync.submit(input);
    expect(outcome).toEqual({ state: 'synced', stopAndContact: true });
    expect(store.logs.size).toBe(0);
    expect(sync.states()['c1']).toBe('synced');
  });

  it('keeps it when the network fails, and sends it exactly once when the network returns', async () => {
    let online = false;
    const mutate = jest.fn(() =>
      online
        ? of({ data: { logSession: { id: 'l1', stopAndContact: false } } })
        : throwError(() => new TypeError('Failed to fetch')),
    );
    const { sync, store } = setUp(mutate);
    expect(await sync.submit(input)).toEqual({
      state: 'on-phone',
      stopAndContact: false,
    });
    expect(store.logs.has('c1')).toBe(true);
    expect(sync.waiting()).toBe(1);

    online = true;
    mutate.mockClear();
    await sync.flush();
    await sync.flush();
    expect(mutate).toHaveBeenCalledTimes(1);
    expect(store.logs.size).toBe(0);
    expect(sync.states()['c1']).toBe('synced');
    expect(sync.waiting()).toBe(0);
  });

  it.each([
    'SERVICE_UNAVAILABLE',
    'TOO_MANY_REQUESTS',
    'INTERNAL_SERVER_ERROR',
    'UNAUTHENTICATED',
  ])(
    'keeps a session the server answers %s, and sends it again later',
    async (code) => {
      let answer: 'not now' | 'stored' = 'not now';
      const mutate = jest.fn(() =>
        answer === 'not now'
          ? throwError(() => ({
              errors: [{ message: 'try again', extensions: { code } }],
            }))
          : of({ data: { logSession: { id: 'l1', stopAndContact: false } } }),
      );
      const { sync, store } = setUp(mutate);
      expect((await sync.submit(input)).state).toBe('on-phone');
      expect(store.logs.has('c1')).toBe(true);
      answer = 'stored';
      await sync.flush();
      expect(store.logs.size).toBe(0);
      expect(sync.states()['c1']).toBe('synced');
    },
  );

  it('drops a session the server refuses, saying so', async () => {
    const refusal = {
      errors: [{ message: 'nope', extensions: { code: 'BAD_USER_INPUT' } }],
    };
    const { sync, store } = setUp(jest.fn(() => throwError(() => refusal)));
    expect((await sync.submit(input)).state).toBe('refused');
    expect(store.logs.size).toBe(0);
  });
});
