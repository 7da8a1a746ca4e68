// Thresholds estimated from the library with the same function the command
// line's `report` uses (shared/analytics estimateFromEfforts), kept in the
// settings table so every view scores with them without reading samples.
// Derived from stored data, like load inputs: written without a sync note.
// Samples are read in batches, each session's efforts kept small, so a large
// library never holds every session's samples at once.
import {
  estimateFromEfforts,
  type EstimateEffort,
  type ThinData,
  type ThresholdEstimate,
} from '../../shared/analytics/profile/estimate';
import { sessionEfforts, type SessionEfforts } from '../../shared/analytics/profile/session-efforts';
import { withEstimates } from '../../shared/analytics/profile/with-estimates';
import type { AthleteProfile, ThresholdKey } from '../../shared/analytics/profile/types';
import { changedSince, latestStamp } from './change-stamp';
import { type Database, type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import { countLiveSessions } from './live-count';
import { athleteProfile, liveThresholds } from './read-profile';
import type { ProfileRow, SessionRow } from './records';
import { toSession } from './session-row';
import { putRows } from './write-rows';

export const ESTIMATES_ID = 'threshold-estimates';
export const SUGGESTIONS_ID = 'threshold-suggestions';

export interface StoredEstimates {
  readonly estimates: readonly ThresholdEstimate[];
  readonly thin: readonly ThinData[];
  /** How many live sessions they were made from: another count means they are stale. */
  readonly sessions: number;
  /**
   * The change log's latest stamp when they were made (change-stamp.ts): any session or samples written since (a sport
   * or duration corrected, one deleted and another imported, samples synced after their session) makes them
   * stale. Absent in estimates stored before it was kept, which are then made again once.
   */
  readonly changeSeq?: number;
}

/** A new best effort implying a threshold above the one the athlete set: offered once. */
export interface ThresholdSuggestion {
  readonly key: ThresholdKey;
  /** The threshold the effort implies (SI). */
  readonly value: number;
  /** The athlete's value it would replace (SI). */
  readonly current: number;
  readonly effort: EstimateEffort;
  readonly how: string;
}

interface StoredSuggestions {
  /** Every effort ever offered ('key:sessionId:startS'), so none is offered twice. */
  readonly offered: readonly string[];
  readonly open: readonly ThresholdSuggestion[];
}

const BATCH = 50;
const offerId = (s: { key: string; effort: EstimateEffort }) => `${s.key}:${s.effort.sessionId}:${s.effort.startS}`;

function liveRows(db: Database): Promise<SessionRow[]> {
  return db.sessions.orderBy('start').filter(isLive).toArray();
}

async function setThresholds(db: Database): Promise<ProfileRow[]> {
  return (await db.profile.filter(isLive).toArray()).filter((t) => t.estimated !== true);
}

async function readSetting<T>(db: Database, id: string): Promise<T | null> {
  const row = await db.settings.get(id);
  return isLive(row) ? (row.value as T) : null;
}

function writeSetting(db: Database, id: string, value: unknown): Promise<void> {
  return putRows(db, 'settings', [{ id, value, updatedAt: Date.now(), deletedAt: null }], 'local');
}

/** The newest value the athlete set for a key (general, not for one sport). */
function currentSet(rows: readonly ProfileRow[], key: ThresholdKey): ProfileRow | null {
  return rows.filter((r) => r.key === key && r.sport === undefined).sort((a, b) => b.from - a.from)[0] ?? null;
}

/** Estimates thresholds from every live session's samples and stores them; new higher efforts become suggestions. */
export async function refreshThresholdEstimates(handle: SessionsDb): Promise<StoredEstimates> {
  const db = tablesOf(handle);
  // Taken first: a write while the samples are read leaves the estimates stale, to be made again.
  const changeSeq = await latestStamp(db);
  const rows = await liveRows(db);
  // Rows keep their efforts (session-row.ts); only those stored without them have their samples read.
  const worked = new Map<string, SessionEfforts>();
  const unknown = rows.filter((row) => row.efforts === undefined);
  for (let i = 0; i < unknown.length; i += BATCH) {
    const batch = unknown.slice(i, i + BATCH);
    const samples = await db.streams.bulkGet(batch.map((r) => r.id));
    batch.forEach((row, j) => {
      const stored = samples[j];
      const streams = isLive(stored) ? stored.streams : undefined;
      worked.set(row.id, sessionEfforts(toSession(row, streams), streams));
    });
  }
  const efforts = rows.map((row) => row.efforts ?? worked.get(row.id)!);
  const wellness = await db.wellness.filter(isLive).toArray();
  const restingHrs = wellness.flatMap((w) => (typeof w.restingHr === 'number' ? [w.restingHr] : []));
  const from = rows.length === 0 ? 0 : rows[0]!.start;
  const { estimates, thin } = estimateFromEfforts(efforts, { from, restingHrs });
  const stored: StoredEstimates = { estimates, thin, sessions: rows.length, changeSeq };
  await writeSetting(db, ESTIMATES_ID, stored);
  await offerSuggestions(db, estimates);
  return stored;
}

async function offerSuggestions(db: Database, estimates: readonly ThresholdEstimate[]): Promise<void> {
  const set = await setThresholds(db);
  const before = (await readSetting<StoredSuggestions>(db, SUGGESTIONS_ID)) ?? { offered: [], open: [] };
  const offered = new Set(before.offered);
  // An open suggestion stands only while its effort still backs the estimate: a session deleted or its sport
  // corrected must not be named as the effort behind it.
  const backing = new Set(
    estimates.flatMap((e) => (e.effort === null ? [] : [offerId({ key: e.key, effort: e.effort })])),
  );
  const open = before.open.filter((s) => backing.has(offerId(s)));
  for (const e of estimates) {
    const current = currentSet(set, e.key);
    if (e.effort === null || current === null) continue;
    // A new best: after the value was set, and implying more (a faster pace is a higher speed).
    const effortDay = Date.parse(`${e.effort.date}T23:59:59Z`);
    if (effortDay < current.from || e.value <= current.value || e.key === 'restHr') continue;
    const suggestion: ThresholdSuggestion = {
      key: e.key,
      value: e.value,
      current: current.value,
      effort: e.effort,
      how: e.how,
    };
    if (offered.has(offerId(suggestion))) continue;
    offered.add(offerId(suggestion));
    const i = open.findIndex((s) => s.key === e.key);
    if (i >= 0) open.splice(i, 1);
    open.push(suggestion);
  }
  await writeSetting(db, SUGGESTIONS_ID, { offered: [...offered], open } satisfies StoredSuggestions);
}

/**
 * refreshThresholdEstimates when the estimates are stale, once across the panel, the import worker and the
 * background: both the worker (after an import) and the panel (on a new session count) ask, and under one Web Lock
 * (https://developer.mozilla.org/docs/Web/API/Web_Locks_API) the second finds them fresh and reads no sample.
 * Null when they were fresh. Without Web Locks (tests), each call checks and refreshes on its own.
 */
export async function refreshStaleEstimates(handle: SessionsDb): Promise<StoredEstimates | null> {
  const refresh = async () => ((await thresholdEstimatesStale(handle)) ? refreshThresholdEstimates(handle) : null);
  // Absent in Node, null in happy-dom.
  const locks = (globalThis.navigator as Navigator | undefined)?.locks ?? null;
  return locks === null ? refresh() : await locks.request('sessionsai-threshold-estimates', refresh);
}

/** The latest change to any session or its samples (change-stamp.ts): one row, for a live query to follow. */
export function readLatestSessionChange(handle: SessionsDb): Promise<number> {
  return latestStamp(tablesOf(handle));
}

/** The stored estimates, or null before the first refresh. */
export function readThresholdEstimates(handle: SessionsDb): Promise<StoredEstimates | null> {
  return readSetting<StoredEstimates>(tablesOf(handle), ESTIMATES_ID);
}

/** Open suggestions, each offered once. */
export async function readThresholdSuggestions(handle: SessionsDb): Promise<readonly ThresholdSuggestion[]> {
  return (await readSetting<StoredSuggestions>(tablesOf(handle), SUGGESTIONS_ID))?.open ?? [];
}

/** Closes a suggestion (taken or declined); it is never offered again. */
export async function closeThresholdSuggestion(handle: SessionsDb, key: ThresholdKey): Promise<void> {
  const db = tablesOf(handle);
  const before = await readSetting<StoredSuggestions>(db, SUGGESTIONS_ID);
  if (before === null) return;
  await writeSetting(db, SUGGESTIONS_ID, { ...before, open: before.open.filter((s) => s.key !== key) });
}

/**
 * True when the estimates are missing, or a session or its samples were written since they were made (or the
 * count of sessions differs: a cleared table notes no ids). Reads a few rows whatever the library's size.
 */
export async function thresholdEstimatesStale(handle: SessionsDb): Promise<boolean> {
  const db = tablesOf(handle);
  const [stored, live] = await Promise.all([readThresholdEstimates(handle), countLiveSessions(db)]);
  if (live === 0) return false;
  if (stored === null || stored.changeSeq === undefined || stored.sessions !== live) return true;
  return changedSince(db, stored.changeSeq);
}

/**
 * The athlete's profile as every view scores with it: the thresholds they set,
 * plus the stored estimates for keys they have not set (marked estimated).
 */
export function readAthleteProfile(handle: SessionsDb): Promise<AthleteProfile> {
  return profileWithEstimates(tablesOf(handle));
}

/** readAthleteProfile for db/ reads inside a transaction over the profile and settings tables. */
export async function profileWithEstimates(db: Database): Promise<AthleteProfile> {
  const [set, stored] = await Promise.all([liveThresholds(db), readSetting<StoredEstimates>(db, ESTIMATES_ID)]);
  return withEstimates(athleteProfile(set), stored?.estimates ?? []);
}
