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
  const grouped = groupedEntries(profile);
  const resolved = {} as Record<ThresholdKey, ResolvedThreshold | null>;
  for (const key of THRESHOLD_KEYS) {
    const forKey = grouped.get(key)!;
    const specific = sport === undefined ? undefined : forKey.bySport.get(sport);
    resolved[key] = pick(specific ?? forKey.general, epochMs);
  }
  return { ...resolved, sex: profile.sex };
}

interface KeyEntries {
  readonly general: ThresholdEntry[];
  readonly bySport: Map<Sport, ThresholdEntry[]>;
}

// Scoring a 10-year history asks for the thresholds 5,000 times against one
// profile; its entries are grouped by key and sport once, not on every call.
const groupedCache = new WeakMap<AthleteProfile, Map<ThresholdKey, KeyEntries>>();

function groupedEntries(profile: AthleteProfile): Map<ThresholdKey, KeyEntries> {
  const cached = groupedCache.get(profile);
  if (cached) return cached;
  const grouped = new Map<ThresholdKey, KeyEntries>(
    THRESHOLD_KEYS.map((key) => [key, { general: [], bySport: new Map() }]),
  );
  for (const e of profile.thresholds) {
    const forKey = grouped.get(e.key)!;
    if (e.sport === undefined) forKey.general.push(e);
    else forKey.bySport.set(e.sport, [...(forKey.bySport.get(e.sport) ?? []), e]);
  }
  groupedCache.set(profile, grouped);
  return grouped;
}

function pick(entries: readonly ThresholdEntry[], epochMs: number): ResolvedThreshold | null {
  let inForce: ThresholdEntry | null = null;
  let earliest: ThresholdEntry | null = null;
  for (const e of entries) {
    if (e.from <= epochMs && (inForce === null || e.from > inForce.from)) inForce = e;
    if (earliest === null || e.from < earliest.from) earliest = e;
  }
  if (inForce)
    return {
      value: inForce.value,
      from: inForce.from,
      estimated: inForce.estimated ?? false,
      how: inForce.how ?? null,
    };
  if (!earliest) return null;
  return {
    value: earliest.value,
    from: earliest.from,
    estimated: true,
    how: `earliest value set (from ${new Date(earliest.from).toISOString().slice(0, 10)}) used for an earlier date`,
  };
}

/** The value of a resolved threshold, or null. */
// biome-ignore lint/suspicious/noShadowRestrictedNames: a module export, never a property of an object
export function valueOf(t: ResolvedThreshold | null): number | null {
  return t === null ? null : t.value;
}
