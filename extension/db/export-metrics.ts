// What the analytics compute for each session and for the thresholds, as plain
// data for the export: the numbers the detail shows (analyzeSession, with the
// load as the row scores it after a correction) and every threshold set or
// estimated, with the dates they apply from. Nothing is computed differently here.
import { analyzeSession, localIsoDate, type LoadScore, type ZoneTime } from '../../shared/analytics';
import { type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import { listThresholds } from './read-profile';
import { getStreams } from './read-session';
import { withCorrectedLoad, toSession } from './session-row';
import { readAthleteProfile, readThresholdEstimates } from './threshold-estimates';

export interface SessionMetrics {
  readonly sessionId: string;
  readonly start: string;
  readonly sport: string;
  readonly load: LoadScore | null;
  readonly normalizedPowerW: number | null;
  readonly intensityFactor: number | null;
  readonly variabilityIndex: number | null;
  readonly efficiencyFactor: number | null;
  readonly decouplingPct: number | null;
  readonly timeInZones: readonly ZoneTime[];
}

/**
 * Each live session's metrics, oldest first. Samples are read one session at a time and dropped, so a large
 * library never holds them all; `onSession` is told after each one.
 */
export async function sessionMetrics(
  handle: SessionsDb,
  onSession: (done: number, total: number) => void = () => {},
): Promise<SessionMetrics[]> {
  const rows = await tablesOf(handle).sessions.orderBy('start').filter(isLive).toArray();
  const profile = await readAthleteProfile(handle);
  const out: SessionMetrics[] = [];
  for (const row of rows) {
    const streams = await getStreams(handle, row.id);
    const analysis = withCorrectedLoad(row, analyzeSession(toSession(row, streams), profile), profile);
    out.push({
      sessionId: row.id,
      start: new Date(row.start).toISOString(),
      sport: row.sport,
      load: analysis.load,
      normalizedPowerW: analysis.normalizedPower,
      intensityFactor: analysis.intensityFactor,
      variabilityIndex: analysis.variabilityIndex,
      efficiencyFactor: analysis.efficiencyFactor,
      decouplingPct: analysis.decouplingPct,
      timeInZones: analysis.timeInZones,
    });
    onSession(out.length, rows.length);
  }
  return out;
}

export interface ThresholdHistory {
  /** What the athlete set, each from its date. */
  readonly set: readonly { key: string; value: number; from: string }[];
  /** What the library implies where nothing was set, with how. */
  readonly estimated: readonly { key: string; value: number; from: string; how: string; sessions: number }[];
  /** Thresholds the library had too little data to estimate, and why. */
  readonly notEstimated: readonly { key: string; why: string }[];
}

export async function thresholdHistory(handle: SessionsDb): Promise<ThresholdHistory> {
  const [set, stored] = await Promise.all([listThresholds(handle), readThresholdEstimates(handle)]);
  return {
    set: set
      .map(({ key, value, from }) => ({ key, value, from: localIsoDate(from) }))
      .sort((a, b) => a.key.localeCompare(b.key) || a.from.localeCompare(b.from)),
    estimated: (stored?.estimates ?? []).map(({ key, value, from, how, sessions }) => ({
      key,
      value,
      from: localIsoDate(from),
      how,
      sessions,
    })),
    notEstimated: (stored?.thin ?? []).map(({ key, why }) => ({ key, why })),
  };
}
