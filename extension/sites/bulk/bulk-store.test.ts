import { describe, expect, it } from 'vitest';
import { freshBulkState } from './bulk-state';
import { bulkKey, bulkStore, INTERRUPTED_AFTER_MS, isRunningNow, type KeyValueArea } from './bulk-store';

function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea {
  const values = new Map(Object.entries(initial));
  return {
    get: async (key) => (values.has(key) ? { [key]: values.get(key) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) values.set(k, structuredClone(v));
    },
  };
}

describe('the saved bulk import', () => {
  it('reads back per site, stamped with when it was saved', async () => {
    const store = bulkStore(memoryArea(), () => 1_000);
    const state = { ...freshBulkState('strava'), cursor: '3', doneIds: ['9', '8'] };
    await store.save(state);
    expect(await store.load('strava')).toEqual({ ...state, savedAt: 1_000 });
    expect(await store.load('intervals.icu')).toBeNull();
  });

  it('starts over when what is stored is not a saved run', async () => {
    const store = bulkStore(memoryArea({ [bulkKey('strava')]: { cursor: 3 } }));
    expect(await store.load('strava')).toBeNull();
  });

  it('counts a run as going on only while its page keeps saving', () => {
    const saved = { ...freshBulkState('strava'), savedAt: 10_000 };
    expect(isRunningNow(saved, 10_000 + INTERRUPTED_AFTER_MS - 1)).toBe(true);
    expect(isRunningNow(saved, 10_000 + INTERRUPTED_AFTER_MS)).toBe(false);
    expect(isRunningNow({ ...saved, status: 'cancelled' }, 10_000)).toBe(false);
  });
});
