import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeStreams } from '../../shared/analytics/test-support';
import { Database } from './database';
import { fillLoadInputs } from './fill-load-inputs';
import type { SessionRow } from './records';
import { toSessionRow } from './session-row';
import { testSession } from './test-support/sessions';

let db: Database;
beforeEach(() => {
  db = new Database('fill-load-inputs', { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

/** A row as stored before rows kept their load inputs, and its samples when it has some. */
async function storeOlder(hash: string, withSamples: boolean): Promise<string> {
  const session = testSession(
    hash.repeat(32),
    withSamples ? { streams: makeStreams(60, { power: () => 200 }) } : { streams: undefined },
  );
  const { row, streams } = toSessionRow(session, [], 500);
  const { loadInputs: _notYet, ...older } = row;
  await db.sessions.put(older as SessionRow);
  if (streams) await db.streams.put({ id: row.id, sessionId: row.id, streams, updatedAt: 500, deletedAt: null });
  return row.id;
}

describe('fillLoadInputs', () => {
  it('reads the samples of older rows once, marks rows without samples, and changes nothing else', async () => {
    const sampled = await storeOlder('aa', true);
    const bare = await storeOlder('bb', false);
    const kept = await storeOlder('cc', true);
    const keptInputs = [{ power: { np: 123, seconds: 45 }, speed: null, heartRate: null }];
    await db.sessions.update(kept, { loadInputs: keptInputs });

    expect(await fillLoadInputs(db, [sampled, bare, kept])).toBe(2);

    // A minute at a steady 200 W: NP 200 W (every 30 s window averages 200), 60 s of power.
    const [power] = (await db.sessions.get(sampled))!.loadInputs!;
    expect(power).toEqual({
      power: { np: expect.closeTo(200, 9) as number, seconds: 60 },
      speed: null,
      heartRate: null,
    });
    expect((await db.sessions.get(bare))!.loadInputs).toBeNull();
    expect((await db.sessions.get(kept))!.loadInputs).toEqual(keptInputs);
    // Derived from stored data: not re-dated, not queued for sync.
    expect((await db.sessions.toArray()).map((r) => r.updatedAt)).toEqual([500, 500, 500]);
    expect(await db.outbox.count()).toBe(0);
    expect(await fillLoadInputs(db, [sampled, bare, kept])).toBe(0);
  });
});
