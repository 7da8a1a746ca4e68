import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoSeason } from './season';
import { importFiles } from '../../importer';
import { makeKnownTrack } from '../../tests/support/known-track';
import { writeKnownTrackFit } from '../../tests/support/write-fit';
import {
  DEMO_SETTING_ID,
  hasDemoSeason,
  removeDemoSeason,
  saveImport,
  saveRecord,
  updateSession,
  type SessionsDb,
} from '../db';
import { useFreshDbOn } from '../ui/test-support/fresh-db';
import { loadDemoSeason } from './demo-season-store';
import { countRows, plantRows, tableRow, tableRows } from '../db/test-support/tables';

// Friday 2026-11-27 at noon UTC: that date in every time zone from UTC-11 to UTC+11, so the season is the same wherever tests run.
const NOW = Date.UTC(2026, 10, 27, 12);
const SEASON = { sessions: 74, plans: 88, wellnessDays: 103 };

let db: SessionsDb;
useFreshDbOn(NOW, (fresh) => (db = fresh));

const ids = async (table: 'sessions' | 'streams' | 'plans' | 'wellness' | 'profile' | 'outbox') =>
  (await tableRows(db, table)).map((row) => row.id).sort();

/** A real ride the athlete imports, from a FIT file, in the demo season's last week. */
let realRide: Uint8Array;
beforeAll(() => {
  realRide = writeKnownTrackFit(makeKnownTrack({ seconds: 1800, sport: 'cycling', start: Date.UTC(2026, 10, 25, 18) }));
});

async function importRealRide(): Promise<string> {
  const result = await importFiles([{ name: 'evening.fit', bytes: realRide }]);
  const session = result.sessions[0]!;
  await saveImport(db, result, new Map([[session.sources[0]!.contentHash, { file: 'evening.fit', bytes: realRide }]]));
  return session.id;
}

describe('loading the demo season', () => {
  it('stores every session with its samples, the plan, the mornings and the thresholds, marked as demo', async () => {
    expect(await loadDemoSeason(db)).toEqual(SEASON);
    expect(await countRows(db, 'sessions')).toBe(74);
    expect(await countRows(db, 'streams')).toBe(74);
    expect(await countRows(db, 'plans')).toBe(88);
    expect(await countRows(db, 'wellness')).toBe(103);
    expect(await countRows(db, 'profile')).toBe(8);
    expect(await hasDemoSeason(db)).toBe(true);
    expect((await tableRow(db, 'settings', DEMO_SETTING_ID))?.value).toMatchObject({
      loadedAt: NOW,
      sessions: expect.arrayContaining(['demo-2026-11-26-swimming']),
    });
    // Generated data is never queued for the cloud.
    expect(await countRows(db, 'outbox')).toBe(0);
  });

  it('stores the same numbers for the same day: the generator’s season', async () => {
    await loadDemoSeason(db);
    const season = generateDemoSeason({ today: '2026-11-27', utcOffsetS: -new Date(NOW).getTimezoneOffset() * 60 });
    const rows = (await tableRows(db, 'sessions')).sort((a, b) => a.start - b.start);
    expect(rows.map((r) => [r.id, r.distanceM, r.avgHr, r.movingS])).toEqual(
      season.sessions.map((s) => [s.id, s.distanceM, s.avgHr, s.movingS]),
    );
    expect(rows.reduce((sum, r) => sum + r.movingS, 0)).toBe(282_403);
    expect((await tableRow(db, 'streams', 'demo-2026-11-26-swimming'))?.streams.time.length).toBe(2534);
  });

  it('replaces a demo season loaded before instead of adding a second', async () => {
    await loadDemoSeason(db);
    expect(await loadDemoSeason(db)).toEqual(SEASON);
    expect(await countRows(db, 'sessions')).toBe(74);
    expect(await countRows(db, 'plans')).toBe(88);
  });

  it('keeps the athlete’s own check-ins and thresholds', async () => {
    await saveRecord(db, 'wellness', { id: '2026-11-26', date: '2026-11-26', restingHr: 61 });
    await saveRecord(db, 'profile', { id: 'mine', key: 'ftp', value: 300, from: Date.UTC(2026, 0, 1) });
    expect(await loadDemoSeason(db)).toEqual({ ...SEASON, wellnessDays: 102 });
    expect(await tableRow(db, 'wellness', '2026-11-26')).toMatchObject({ restingHr: 61 });
    expect(await ids('profile')).toEqual(['mine']);
  });
});

describe('removing the demo season', () => {
  it('deletes exactly the demo rows, even after a real import, a check-in and edits', async () => {
    await loadDemoSeason(db);
    const real = await importRealRide();
    await saveRecord(db, 'wellness', { id: '2026-11-25', date: '2026-11-25', restingHr: 58 });
    await saveRecord(db, 'plans', { id: 'my-plan', date: '2026-11-28', sport: 'swimming', title: 'Open water' });
    await updateSession(db, 'demo-2026-11-26-swimming', { title: 'My first CSS set' });

    expect(await removeDemoSeason(db)).toEqual({ sessions: 74, plans: 88, wellnessDays: 102 });
    expect(await ids('sessions')).toEqual([real]);
    expect(await ids('streams')).toEqual([real]);
    expect(await ids('plans')).toEqual(['my-plan']);
    expect(await ids('wellness')).toEqual(['2026-11-25']);
    expect(await tableRow(db, 'wellness', '2026-11-25')).toMatchObject({ restingHr: 58 });
    expect(await ids('profile')).toEqual([]);
    expect(await countRows(db, 'sources')).toBe(1);
    // The edit's sync note went with the demo session; the athlete's own changes still wait to be pushed.
    expect(await ids('outbox')).toEqual(
      [
        'plans:my-plan',
        `sessions:${real}`,
        `sources:${(await tableRows(db, 'sources'))[0]!.id}`,
        `streams:${real}`,
        'wellness:2026-11-25',
      ].sort(),
    );
    expect(await hasDemoSeason(db)).toBe(false);
  });

  it('keeps a demo session a real file was merged into: it holds the athlete’s file', async () => {
    await loadDemoSeason(db);
    const swim = (await tableRow(db, 'sessions', 'demo-2026-11-26-swimming'))!;
    const pool = { format: 'fit', file: 'pool.fit', contentHash: 'ab'.repeat(32), sizeBytes: 1, device: null } as const;
    await plantRows(db, 'sessions', [{ ...swim, sources: [pool] }]);
    expect(await removeDemoSeason(db)).toMatchObject({ sessions: 73 });
    expect(await ids('sessions')).toEqual(['demo-2026-11-26-swimming']);
  });

  it('does nothing when no demo season is stored', async () => {
    const real = await importRealRide();
    expect(await removeDemoSeason(db)).toBeNull();
    expect(await ids('sessions')).toEqual([real]);
  });
});
