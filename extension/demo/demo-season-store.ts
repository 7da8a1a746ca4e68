// The demo season in the local database (UI.md, "First minute"): written in
// one transaction and listed in the 'demo' settings row, so removing it takes
// exactly those rows and nothing the athlete added. Demo rows never enter the
// outbox: generated data must not reach the athlete's cloud copy.
import { generateDemoSeason } from './season';
import { toSessionRow } from '../db/session-row';
import type { SessionsDb, SyncedTable } from '../db';
import { localIsoDate } from '../ui/today/local-day';

/** The settings row that marks the demo season present and names its rows. */
export const DEMO_SETTING_ID = 'demo';

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

const live = <T extends { deletedAt: number | null }>(row: T | undefined): row is T =>
  row !== undefined && row.deletedAt === null;

async function readManifest(db: SessionsDb): Promise<DemoManifest | null> {
  const row = await db.settings.get(DEMO_SETTING_ID);
  return live(row) ? (row.value as DemoManifest) : null;
}

/** Whether demo data is stored: what the banner shows itself on. */
export async function hasDemoSeason(db: SessionsDb): Promise<boolean> {
  return (await readManifest(db)) !== null;
}

/** Deletes rows and any outbox notes an edit of them left. */
async function deleteRows(db: SessionsDb, table: SyncedTable, ids: readonly string[]): Promise<void> {
  await db.table(table).bulkDelete([...ids]);
  await db.outbox.bulkDelete(ids.map((id) => `${table}:${id}`));
}

/** Removes the manifest's rows; call inside a transaction over every table it names. */
async function removeRows(db: SessionsDb, manifest: DemoManifest): Promise<DemoCounts> {
  // A real import merged into a demo session gave it the athlete's file: that session stays.
  const sessions = (await db.sessions.bulkGet([...manifest.sessions])).flatMap((row) =>
    row?.sources.length === 0 ? [row.id] : [],
  );
  const wellness = (await db.wellness.bulkGet([...manifest.wellness])).flatMap((row) =>
    row?.updatedAt === manifest.loadedAt ? [row.id] : [],
  );
  await deleteRows(db, 'sessions', sessions);
  await deleteRows(db, 'streams', sessions);
  await deleteRows(db, 'wellness', wellness);
  await deleteRows(db, 'plans', manifest.plans);
  await deleteRows(db, 'profile', manifest.profile);
  await db.settings.delete(DEMO_SETTING_ID);
  return { sessions: sessions.length, plans: manifest.plans.length, wellnessDays: wellness.length };
}

const demoTables = (db: SessionsDb) => [
  db.sessions,
  db.streams,
  db.plans,
  db.wellness,
  db.profile,
  db.settings,
  db.outbox,
];

/**
 * Writes a demo season ending today (the browser's date and time zone), in
 * place of any demo season stored before. Days the athlete already logged
 * keep their own wellness row, and thresholds they set keep the profile theirs.
 */
export function loadDemoSeason(db: SessionsDb, now: number = Date.now()): Promise<DemoCounts> {
  const utcOffsetS = -new Date(now).getTimezoneOffset() * 60;
  const season = generateDemoSeason({ today: localIsoDate(now), utcOffsetS });
  const meta = { updatedAt: now, deletedAt: null };
  return db.transaction('rw', demoTables(db), async () => {
    const previous = await readManifest(db);
    if (previous !== null) await removeRows(db, previous);
    const logged = new Set((await db.wellness.toArray()).filter(live).map((row) => row.id));
    const wellness = season.wellness
      .filter((day) => !logged.has(day.date))
      .map((day) => ({ ...day, id: day.date, ...meta }));
    const ownThresholds = (await db.profile.filter((row) => row.deletedAt === null).count()) > 0;
    const profile = ownThresholds
      ? []
      : season.thresholds.map((t) => ({ ...t, id: `demo-${t.key}-${t.from}`, ...meta }));
    const split = season.sessions.map((session) => toSessionRow(session, [], now));
    await db.sessions.bulkPut(split.map((s) => s.row));
    await db.streams.bulkPut(
      split.flatMap(({ row, streams }) => (streams ? [{ id: row.id, sessionId: row.id, streams, ...meta }] : [])),
    );
    await db.plans.bulkPut(season.plans.map((plan) => ({ ...plan, ...meta })));
    await db.wellness.bulkPut(wellness);
    await db.profile.bulkPut(profile);
    const manifest: DemoManifest = {
      loadedAt: now,
      sessions: split.map((s) => s.row.id),
      plans: season.plans.map((p) => p.id),
      wellness: wellness.map((w) => w.id),
      profile: profile.map((p) => p.id),
    };
    await db.settings.put({ id: DEMO_SETTING_ID, value: manifest, ...meta });
    return { sessions: manifest.sessions.length, plans: manifest.plans.length, wellnessDays: manifest.wellness.length };
  });
}

/** Deletes the demo season's rows, and only those. Null when no demo season is stored. */
export function removeDemoSeason(db: SessionsDb): Promise<DemoCounts | null> {
  return db.transaction('rw', demoTables(db), async () => {
    const manifest = await readManifest(db);
    return manifest === null ? null : removeRows(db, manifest);
  });
}
