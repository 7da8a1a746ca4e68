// The athlete's dated thresholds, and the profile analytics scores with. The
// sex is not asked for yet, so every profile uses the default TRIMP constant.
import type { AthleteProfile, ThresholdEntry } from '../../shared/analytics';
import { type Database, type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import type { ProfileRow } from './records';

/** The profile analytics reads, from these dated thresholds. */
export function athleteProfile(thresholds: readonly ThresholdEntry[]): AthleteProfile {
  return { sex: null, thresholds };
}

/** Live threshold rows in storage order; for db/ reads already inside a transaction over the profile table. */
export function liveThresholds(db: Database): Promise<ProfileRow[]> {
  return db.profile.filter(isLive).toArray();
}

/** The athlete's live thresholds, in storage order. */
export function listThresholds(db: SessionsDb): Promise<ProfileRow[]> {
  return liveThresholds(tablesOf(db));
}
