// A session recorded with beat-to-beat intervals (a FIT with HRV messages) syncs whole: the intervals grow
// with the session's length, so they travel in its samples file, not in its summary row (docs/sync.md).
import { convexTest } from 'convex-test';
import { expect, test } from 'vitest';
import { getSession, getStreams, saveImport, updateSession } from '../../extension/db';
import type { Database } from '../../extension/db/database';
import { encodeRow } from '../../extension/db/sync-fields';
import { importFiles } from '../../importer';
import { rowBytes } from '../../shared/sync/tables';
import { HeadHub, convexTestTransport } from '../support/sync/convex-test-transport';
import { device } from '../support/sync/devices';
import { libraryOf } from '../support/sync/library';
import { describeWithFixtures, fixture } from '../support/fixtures';
import schema from '../../convex/schema';
import { modules } from '../../convex/test.setup';
import { ada } from '../support/sync/athlete';

/** Imports a fixture as the panel does, originals kept; the first session's id. */
async function importFixture(db: Database, path: string): Promise<string> {
  const originals = new Map<string, { file: string; bytes: Uint8Array }>();
  const result = await importFiles([{ name: path.split('/').pop()!, bytes: fixture(path) }], {
    onWorkoutFile: (f) => originals.set(f.contentHash, { file: f.name, bytes: f.bytes.slice() }),
  });
  await saveImport(db, result, originals);
  return result.sessions[0]!.id;
}

/** A stored session's summary row as the sync limits count it. */
async function summaryBytes(db: Database, id: string): Promise<number> {
  const row = (await db.sessions.get(id))!;
  return rowBytes(Object.entries(encodeRow('sessions', row as never)).map(([n, v]) => ({ n, v })));
}

function twoDevices() {
  const transport = convexTestTransport(convexTest(schema, modules), ada, new HeadHub());
  return { laptop: device('laptop', transport), phone: device('phone', transport) };
}

describeWithFixtures('beat-to-beat intervals through sync', () => {
  test('an hour of RR intervals reaches the second device exactly, with the session', async () => {
    const { laptop, phone } = twoDevices();
    const id = await importFixture(laptop.db, 'export/gc__GarminFR955v18.zip');
    // 13,982 intervals are 269 KB of JSON: in the summary row they made it 272 KB, over the limit.
    expect(await summaryBytes(laptop.db, id)).toBe(3_347);

    const pushed = await laptop.engine.syncNow();
    const pulled = await phone.engine.syncNow();

    expect(pushed).toMatchObject({ failure: null, waiting: 0, held: [] });
    expect(pulled).toMatchObject({ failure: null, waiting: 0 });
    const rr = (await getSession(laptop.db, id))!.rrIntervalsS!;
    expect(rr.length).toBe(13_982);
    expect((await getSession(phone.db, id))?.rrIntervalsS).toEqual(rr);
    expect(await getStreams(phone.db, id)).toEqual(await getStreams(laptop.db, id));
    expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));

    // An edit of the summary row arrives without the intervals (no field holds them) and keeps them.
    await updateSession(laptop.db, id, { title: 'Tempo on the FR955' });
    await laptop.engine.syncNow();
    await phone.engine.syncNow();
    expect(await getSession(phone.db, id)).toMatchObject({ title: 'Tempo on the FR955', rrIntervalsS: rr });
    expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
  });

  test('the largest summary row in the fixtures, a 112-lap triathlon, is under a third of the row limit', async () => {
    const { laptop } = twoDevices();
    const id = await importFixture(laptop.db, 'fit/gc__MultiSport-2019-11-24.fit');
    expect(await summaryBytes(laptop.db, id)).toBe(78_528);
  });
});
