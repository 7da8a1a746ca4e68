// A sync asked for while one runs makes that one run once more, even when asked for in its very last
// moments: the live engine's head and local-change triggers come at any time.
import { convexTest } from 'convex-test';
import { expect, test } from 'vitest';
import schema from '../../convex/schema';
import { modules } from '../../convex/test.setup';
import { saveRecord } from '../../extension/db';
import type { SyncStatus } from '../../extension/sync';
import { convexTestTransport } from '../support/sync/convex-test-transport';
import { device } from '../support/sync/devices';
import { ada } from '../support/sync/athlete';

const note = (id: string, text: string) => ({ id, kind: 'note' as const, sessionId: null, date: null, text });

test('a sync asked for as the previous one turns idle runs, and pushes what was written meanwhile', async () => {
  const t = convexTest(schema, modules);
  const laptop = device('laptop', convexTestTransport(t, ada));
  await saveRecord(laptop.db, 'notes', note('n1', 'Legs heavy'));
  let written: Promise<unknown> | null = null;
  let second: Promise<SyncStatus> | null = null;
  laptop.engine.subscribe((s) => {
    // Written after the upload took the outbox, so only another sync pushes it.
    if (s.phase === 'downloading' && written === null)
      written = saveRecord(laptop.db, 'notes', note('n2', 'Slept 9 h'));
    // Listeners hear 'idle' before the sync has quite finished: the moment a live trigger can fall into.
    if (s.phase === 'idle' && second === null) second = laptop.engine.syncNow();
  });

  await laptop.engine.syncNow();
  await written;
  const after = await second!;

  expect(after).toMatchObject({ failure: null, waiting: 0 });
  const stored = await t.run((ctx) => ctx.db.query('syncRows').collect());
  expect(stored.map((r) => r.rowId).sort()).toEqual(['n1', 'n2']);
});
