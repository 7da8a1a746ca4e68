// The training log kept in IndexedDB (schema v7), so opening Today costs the
// same whatever the library's size: each session's load in `trainingLoads`,
// the daily totals and the counts Today shows in one `trainingLog` row.
// updateTrainingLog brings it up to date from the sessions noted as changed
// since (change-stamp.ts), re-totalling only the days they touch; a changed profile
// (thresholds set or estimated) scores every session again, and a count that no
// longer matches (the table cleared, which notes no ids) rebuilds it.
// Derived data: never exported or synced. Each day's total adds its sessions
// in start order, as readTraining's log does, so both give the same numbers.
import type { AthleteProfile } from '../../shared/analytics/profile/types';
import { dayNumber, MS_PER_DAY } from '../../shared/analytics/common/day';
import type { LoadScore } from '../../shared/analytics/session/score-load';
import { loadEntry } from '../../shared/analytics/days/load-entry';
import { TrainingLog } from '../../shared/analytics/days/training-log';
import { changedSince, latestStamp } from './change-stamp';
import { type Database, type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import { countLiveSessions } from './live-count';
import type { SessionRow } from './records';
import { scoreStoredSession, toSession } from './session-row';
import { readTraining } from './read-training';
import { profileWithEstimates } from './threshold-estimates';

/** One session's part in the log. `id` is the session's. */
export interface TrainingLoadRow {
  readonly id: string;
  readonly day: number;
  readonly start: number;
  /** Null where no signal scores the session. */
  readonly score: LoadScore | null;
  /** Stored before rows kept their load inputs (fill-load-inputs.ts). */
  readonly withoutInputs: boolean;
}

/** Estimated loads of one kind (estimateKind), with one of them to word the note from. */
interface EstimatedKind {
  readonly count: number;
  readonly load: LoadScore;
}

export interface TrainingLogRow {
  readonly id: typeof LOG_ID;
  /** The highest `changed` stamp applied (change-stamp.ts). */
  readonly seq: number;
  /** The profile the loads were scored with, as JSON. */
  readonly profile: string;
  /** Daily load totals from the first session's day to the last's. */
  readonly firstDay: number;
  readonly loads: Float64Array;
  readonly sessions: number;
  readonly unscored: number;
  readonly estimated: Readonly<Record<string, EstimatedKind>>;
  readonly withoutInputs: readonly string[];
}

const LOG_ID = 'log';

/** What Today reads: constant work whatever the library's size. */
export interface StoredTraining {
  /** Day by day to `endDay`; null before the log was first built. */
  readonly log: TrainingLog | null;
  readonly sessions: number;
  readonly unscored: number;
  /** Loads scored with an estimated threshold: how many, and one of each kind. */
  readonly estimated: { readonly count: number; readonly loads: readonly LoadScore[] };
  readonly withoutInputs: readonly string[];
  /** Sessions that started on `day`, earliest first, with their loads. */
  readonly onDay: readonly { readonly row: SessionRow; readonly load: LoadScore | null }[];
  /** Sessions or thresholds changed since the log was brought up to date: call updateTrainingLog. */
  readonly stale: boolean;
}

/** Loads estimated from the same thresholds word the same note: one key per method (and legs' methods). */
function estimateKind(score: LoadScore | null): string | null {
  if (score?.estimated !== true) return null;
  const legs = (score.legs ?? []).flatMap((leg) => (leg.load?.estimated ? [leg.load.method] : []));
  return [score.method, ...legs].join(',');
}

function loadRow(row: SessionRow, profile: AthleteProfile): TrainingLoadRow {
  const score = scoreStoredSession(row, profile);
  const { day } = loadEntry(toSession(row, undefined), score);
  return { id: row.id, day, start: row.start, score, withoutInputs: row.loadInputs === undefined };
}

const byStart = (a: TrainingLoadRow, b: TrainingLoadRow) =>
  a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The day's total, its sessions added in start order from 0. */
function dayTotal(rows: readonly TrainingLoadRow[]): number {
  let total = 0;
  for (const r of [...rows].sort(byStart)) total += r.score?.value ?? 0;
  return total;
}

interface Counts {
  sessions: number;
  unscored: number;
  estimated: Record<string, EstimatedKind>;
  withoutInputs: Set<string>;
}

function count(c: Counts, row: TrainingLoadRow, sign: 1 | -1): void {
  c.sessions += sign;
  if (row.score === null) c.unscored += sign;
  const kind = estimateKind(row.score);
  if (kind !== null) {
    const n = (c.estimated[kind]?.count ?? 0) + sign;
    if (n === 0) delete c.estimated[kind];
    else c.estimated[kind] = { count: n, load: sign === 1 ? row.score! : c.estimated[kind]!.load };
  }
  if (row.withoutInputs && sign === 1) c.withoutInputs.add(row.id);
  else if (sign === -1) c.withoutInputs.delete(row.id);
}

async function rebuild(db: Database, profile: string, scoreWith: AthleteProfile): Promise<TrainingLogRow> {
  const rows = await db.sessions.where('[live+start]').between([1, -Infinity], [1, Infinity]).toArray();
  const loads = rows.map((row) => loadRow(row, scoreWith));
  await db.trainingLoads.clear();
  await db.trainingLoads.bulkPut(loads);
  const counts: Counts = { sessions: 0, unscored: 0, estimated: {}, withoutInputs: new Set() };
  for (const l of loads) count(counts, l, 1);
  // Rows come in start order (ties by id, the index's order), so each day adds up as dayTotal does.
  let [firstDay, lastDay] = [Infinity, -Infinity];
  for (const { day } of loads) [firstDay, lastDay] = [Math.min(firstDay, day), Math.max(lastDay, day)];
  if (loads.length === 0) [firstDay, lastDay] = [0, -1];
  const totals = new Float64Array(lastDay - firstDay + 1);
  for (const l of loads) totals[l.day - firstDay]! += l.score?.value ?? 0;
  return {
    id: LOG_ID,
    seq: await latestStamp(db),
    profile,
    firstDay,
    loads: totals,
    ...counts,
    withoutInputs: [...counts.withoutInputs],
  };
}

/** Applies the sessions stamped since `state`; null when the result no longer matches the library (rebuild). */
async function catchUp(db: Database, state: TrainingLogRow, scoreWith: AthleteProfile): Promise<TrainingLogRow | null> {
  // Stamps noted before each write had its own could share the last one: those are applied again, harmlessly.
  const ids = (await db.sessionChanges.where('changed').aboveOrEqual(state.seq).toArray()).map((c) => c.id);
  const [rows, old] = await Promise.all([db.sessions.bulkGet(ids), db.trainingLoads.bulkGet(ids)]);
  const counts: Counts = {
    sessions: state.sessions,
    unscored: state.unscored,
    estimated: { ...state.estimated },
    withoutInputs: new Set(state.withoutInputs),
  };
  const dirty = new Set<number>();
  const put: TrainingLoadRow[] = [];
  const gone: string[] = [];
  ids.forEach((id, i) => {
    const row = rows[i];
    const before = old[i];
    if (before !== undefined) {
      count(counts, before, -1);
      dirty.add(before.day);
    }
    if (isLive(row)) {
      const after = loadRow(row, scoreWith);
      count(counts, after, 1);
      dirty.add(after.day);
      put.push(after);
    } else if (before !== undefined) gone.push(id);
  });
  await db.trainingLoads.bulkPut(put);
  await db.trainingLoads.bulkDelete(gone);
  if (counts.sessions !== (await countLiveSessions(db))) return null;
  const [first, last] = await Promise.all([
    db.trainingLoads.orderBy('day').first(),
    db.trainingLoads.orderBy('day').last(),
  ]);
  const firstDay = first?.day ?? 0;
  const loads = new Float64Array(first === undefined || last === undefined ? 0 : last.day - firstDay + 1);
  // Days kept from before, then the days touched totalled again from their sessions.
  const shift = state.firstDay - firstDay;
  state.loads.forEach((v, i) => {
    if (i + shift >= 0 && i + shift < loads.length) loads[i + shift] = v;
  });
  for (const day of dirty)
    if (day >= firstDay && day - firstDay < loads.length)
      loads[day - firstDay] = dayTotal(await db.trainingLoads.where('day').equals(day).toArray());
  return {
    ...state,
    seq: await latestStamp(db),
    firstDay,
    loads,
    ...counts,
    withoutInputs: [...counts.withoutInputs],
  };
}

/** Brings the stored log up to date with the sessions and thresholds; cheap when little changed. */
export async function updateTrainingLog(handle: SessionsDb): Promise<void> {
  const db = tablesOf(handle);
  const tables = [
    db.sessions,
    db.sessionChanges,
    db.profile,
    db.settings,
    db.trainingLoads,
    db.trainingLog,
    db.libraryCounts,
  ];
  await db.transaction('rw', tables, async () => {
    const scoreWith = await profileWithEstimates(db);
    const profile = JSON.stringify(scoreWith);
    const state = await db.trainingLog.get(LOG_ID);
    const next =
      (state !== undefined && state.profile === profile ? await catchUp(db, state, scoreWith) : null) ??
      (await rebuild(db, profile, scoreWith));
    await db.trainingLog.put(next);
  });
}

/** Whether sessions or thresholds changed since `state` was made. */
async function isStale(db: Database, state: TrainingLogRow | undefined, profile: string): Promise<boolean> {
  if (state === undefined || state.profile !== profile) return true;
  const [changed, live] = await Promise.all([changedSince(db, state.seq), countLiveSessions(db)]);
  return changed || live !== state.sessions;
}

/** The stored log to `endDay`, its counts and the sessions of `day`, in one transaction. */
export async function readStoredTraining(handle: SessionsDb, endDay: number, day: number): Promise<StoredTraining> {
  const db = tablesOf(handle);
  const tables = [db.sessions, db.sessionChanges, db.profile, db.settings, db.trainingLog, db.libraryCounts];
  return db.transaction('r', tables, async () => {
    const [scoreWith, state] = await Promise.all([profileWithEstimates(db), db.trainingLog.get(LOG_ID)]);
    const onDay = (await sessionsOnDays(db, day, day)).map((row) => ({
      row,
      load: scoreStoredSession(row, scoreWith),
    }));
    const stale = await isStale(db, state, JSON.stringify(scoreWith));
    const estimated = Object.values(state?.estimated ?? {});
    return {
      log: state === undefined ? null : TrainingLog.fromDailyLoads(state.firstDay, state.loads, { endDay }),
      sessions: state?.sessions ?? 0,
      unscored: state?.unscored ?? 0,
      estimated: { count: estimated.reduce((n, k) => n + k.count, 0), loads: estimated.map((k) => k.load) },
      withoutInputs: state?.withoutInputs ?? [],
      onDay,
      stale,
    };
  });
}

/**
 * The training log as the AI reads it, to `endDay` when given, else to the last session's day (as readTraining's):
 * the stored log when it is up to date, without scoring every session again; else, until Today brings it up to date,
 * the full rebuild. Read-only, so it can run inside a live query (the AI panel builds its prompt in one).
 */
export async function readTrainingLog(handle: SessionsDb, endDay?: number): Promise<TrainingLog> {
  const db = tablesOf(handle);
  const tables = [db.sessionChanges, db.profile, db.settings, db.trainingLog, db.libraryCounts, db.sessions];
  const fresh = await db.transaction('r', tables, async () => {
    const [scoreWith, state] = await Promise.all([profileWithEstimates(db), db.trainingLog.get(LOG_ID)]);
    return (await isStale(db, state, JSON.stringify(scoreWith))) ? null : state;
  });
  if (fresh == null) return (await readTraining(handle, endDay)).log;
  return TrainingLog.fromDailyLoads(fresh.firstDay, fresh.loads, endDay === undefined ? {} : { endDay });
}

/** The live sessions whose local day is `fromDay` to `toDay`, earliest first: an index range, whatever the library's size. */
export async function sessionsOnDays(handle: SessionsDb, fromDay: number, toDay: number): Promise<SessionRow[]> {
  // A session's day is its local day, up to 14 hours either side of UTC: read a day more each side, then pick.
  const near = await tablesOf(handle)
    .sessions.where('[live+start]')
    .between([1, (fromDay - 1) * MS_PER_DAY], [1, (toDay + 2) * MS_PER_DAY])
    .toArray();
  return near.filter((row) => {
    const day = dayNumber(row.start, row.utcOffsetS);
    return day >= fromDay && day <= toDay;
  });
}
