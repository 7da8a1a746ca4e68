import type { Sport } from '../../model';
import { THRESHOLD_KEYS } from './types';
import type { AthleteProfile, ResolvedThreshold, ThresholdEntry, ThresholdKey, Thresholds } from './types';

/**
 * The thresholds in force at `epochMs`: for each key, the latest entry that took
 * effect at or before that instant, preferring one set for `sport` over a general
 * one. A 2019 session is scored with 2019's FTP. When no entry is in force yet,
 * the earliest one is used (an athlete who sets FTP today still wants last year
 * scored), marked with how it was chosen.
 */
export function thresholdsAt(profile: AthleteProfile, epochMs: number, sport?: Sport): Thresholds {
  const resolved = {} as Record<ThresholdKey, ResolvedThreshold | null>;
  for (const key of THRESHOLD_KEYS) {
    const forKey = profile.thresholds.filter((e) => e.key === key);
    const specific = sport === undefined ? [] : forKey.filter((e) => e.sport === sport);
    const general = forKey.filter((e) => e.sport === undefined);
    resolved[key] = pick(specific.length > 0 ? specific : general, epochMs);
  }
  return { ...resolved, sex: profile.sex };
}

function pick(entries: readonly ThresholdEntry[], epochMs: number): ResolvedThreshold | null {
  let inForce: ThresholdEntry | null = null;
  let earliest: ThresholdEntry | null = null;
  for (const e of entries) {
    if (e.from <= epochMs && (inForce === null || e.from > inForce.from)) inForce = e;
    if (earliest === null || e.from < earliest.from) earliest = e;
  }
  if (inForce) return { value: inForce.value, from: inForce.from, estimated: inForce.estimated ?? false, how: inForce.how ?? null };
  if (!earliest) return null;
  return {
    value: earliest.value,
    from: earliest.from,
    estimated: true,
    how: `earliest value set (from ${new Date(earliest.from).toISOString().slice(0, 10)}) used for an earlier date`,
  };
}

/** The value of a resolved threshold, or null. */
export function valueOf(t: ResolvedThreshold | null): number | null {
  return t === null ? null : t.value;
}
