// The demo season in the local database (docs/ui.md, "First minute"): written in
// one transaction and listed in the 'demo' settings row, so removing it takes
// exactly those rows and nothing the athlete added. Demo rows never enter the
// outbox: generated data must not reach the athlete's cloud copy.
import type { PlannedSession, ThresholdEntry, WellnessDay } from '../../shared/analytics';
import type { Session } from '../../shared/model';
import { type Database, type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import { liveThresholds } from './read-profile';
import { toSessionRow } from './session-row';
import { dropRows, putRows } from './write-rows';

/** The settings row that marks the demo season present and names its rows. */
export const DEMO_SETTING_ID = 'demo';

/** A generated season, as extension/demo makes it. */
export interface DemoRows {
  readonly sessions: readonly Session[];
  readonly plans: readonly PlannedSession[];
  readonly wellness: readonly WellnessDay[];
  readonly thresholds: readonly ThresholdEntry[];
}

export interface DemoManifest {
  /** When the season was written: a wellness row changed since (a check-in on that day) is the athlete's. */
  readonly loadedAt: number;
  readonly sessions: readonly string[];
  readonly plans: readonly string[];
  readonly wellness: readonly string[];
  readonly profile: readonly string[];
}

export interface DemoCounts {
  readonly sessions: number;
  readonly plans: number;
  readonly wellnessDays: number;
}

async function readManifest(db: Database): Promise<DemoManifest | null> {
  const row = await db.settings.get(DEMO_SETTING_ID);
  return isLive(row) ? (row.value as DemoManifest) : null;
}

/** Whether demo data is stored: what the banner shows itself on. */
export async function hasDemoSeason(handle: SessionsDb): Promise<boolean> {
  return (await readManifest(tablesOf(handle))) !== null;
}

/** Removes the manifest's rows; call inside a transaction over every table it names. */
async function removeRows(db: Database, manifest: DemoManifest): Promise<DemoCounts> {
  // A real import merged into a demo session gave it the athlete's file: that session stays.
  const sessions = (await db.sessions.bulkGet([...manifest.sessions])).flatMap((row) =>
    row?.sources.length === 0 ? [row.id] : [],
  );
  const wellness = (await db.wellness.bulkGet([...manifest.wellness])).flatMap((row) =>
    row?.updatedAt === manifest.loadedAt ? [row.id] : [],
  );
  await dropRows(db, 'sessions', sessions);
  await dropRows(db, 'streams', sessions);
  await dropRows(db, 'wellness', wellness);
  await dropRows(db, 'plans', manifest.plans);
  await dropRows(db, 'profile', manifest.profile);
  await dropRows(db, 'settings', [DEMO_SETTING_ID]);
  return { sessions: sessions.length, plans: manifest.plans.length, wellnessDays: wellness.length };
}

const demoTables = (db: Database) => [
  db.sessions,
  db.streams,
  db.plans,
  db.wellness,
  db.profile,
  db.settings,
  db.outbox,
];

/**
 * Writes the season, in place of any demo season stored before. Days the athlete already
 * logged keep their own wellness row, and thresholds they set keep the profile theirs.
 */
export function storeDemoSeason(handle: SessionsDb, season: DemoRows, now: number): Promise<DemoCounts> {
  const db = tablesOf(handle);
  const meta = { updatedAt: now, deletedAt: null };
  return db.transaction('rw', demoTables(db), async () => {
    const previous = await readManifest(db);
    if (previous !== null) await removeRows(db, previous);
    const logged = new Set((await db.wellness.filter(isLive).primaryKeys()) as string[]);
    const wellness = season.wellness
      .filter((day) => !logged.has(day.date))
      .map((day) => ({ ...day, id: day.date, ...meta }));
    const ownThresholds = (await liveThresholds(db)).length > 0;
    const profile = ownThresholds
      ? []
      : season.thresholds.map((t) => ({ ...t, id: `demo-${t.key}-${t.from}`, ...meta }));
    const split = season.sessions.map((session) => toSessionRow(session, [], now));
    await putRows(
      db,
      'sessions',
      split.map((s) => s.row),
      'local',
    );
    const streams = split.flatMap(({ row, streams }) =>
      streams ? [{ id: row.id, sessionId: row.id, streams, ...meta }] : [],
    );
    await putRows(db, 'streams', streams, 'local');
    await putRows(
      db,
      'plans',
      season.plans.map((plan) => ({ ...plan, ...meta })),
      'local',
    );
    await putRows(db, 'wellness', wellness, 'local');
    await putRows(db, 'profile', profile, 'local');
    const manifest: DemoManifest = {
      loadedAt: now,
      sessions: split.map((s) => s.row.id),
      plans: season.plans.map((p) => p.id),
      wellness: wellness.map((w) => w.id),
      profile: profile.map((p) => p.id),
    };
    await putRows(db, 'settings', [{ id: DEMO_SETTING_ID, value: manifest, ...meta }], 'local');
    return { sessions: manifest.sessions.length, plans: manifest.plans.length, wellnessDays: manifest.wellness.length };
  });
}

/** Deletes the demo season's rows, and only those. Null when no demo season is stored. */
export function removeDemoSeason(handle: SessionsDb): Promise<DemoCounts | null> {
  const db = tablesOf(handle);
  return db.transaction('rw', demoTables(db), async () => {
    const manifest = await readManifest(db);
    return manifest === null ? null : removeRows(db, manifest);
  });
}
