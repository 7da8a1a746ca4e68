import type { AthleteProfile, ThresholdEntry } from './types';

/** The profile plus estimated thresholds for the keys the athlete has not set; set values always win. */
export function withEstimates(profile: AthleteProfile, estimates: readonly ThresholdEntry[]): AthleteProfile {
  const set = new Set(profile.thresholds.map((e) => e.key));
  return { ...profile, thresholds: [...profile.thresholds, ...estimates.filter((e) => !set.has(e.key))] };
}
