import type { Sport } from '../../model';

/** The thresholds an athlete sets (or we estimate), all in SI units. */
export interface ThresholdValues {
  /** Functional threshold power, W. */
  readonly ftp: number | null;
  /** Lactate threshold heart rate, bpm. */
  readonly thresholdHr: number | null;
  readonly maxHr: number | null;
  readonly restHr: number | null;
  /** Threshold running pace as a speed, m/s. */
  readonly thresholdRunSpeed: number | null;
  /** Swim critical speed, m/s. */
  readonly swimCss: number | null;
  /** kg */
  readonly weight: number | null;
}

export type ThresholdKey = keyof ThresholdValues;

export const THRESHOLD_KEYS: readonly ThresholdKey[] = [
  'ftp',
  'thresholdHr',
  'maxHr',
  'restHr',
  'thresholdRunSpeed',
  'swimCss',
  'weight',
];

/** One threshold value and the instant it took effect; optionally for one sport only (a runner's LTHR differs from a rider's). */
export interface ThresholdEntry {
  readonly key: ThresholdKey;
  readonly value: number;
  /** UTC epoch ms from which the value is in force. */
  readonly from: number;
  readonly sport?: Sport;
  /** True when estimated from the data rather than set by the athlete. */
  readonly estimated?: boolean;
  /** How an estimate was made, in plain words. */
  readonly how?: string;
}

/** Banister's TRIMP weights heart rate differently for men and women (k = 1.92 / 1.67). */
export type Sex = 'male' | 'female';

/** Lower bounds of zones 2..n in absolute units (W, bpm, m/s), replacing a model's computed zones. */
export type ZoneOverrides = Partial<Record<ZoneModel, readonly number[]>>;

export type ZoneModel = 'power' | 'hr' | 'hrr' | 'pace';

export interface AthleteProfile {
  readonly sex: Sex | null;
  readonly thresholds: readonly ThresholdEntry[];
  readonly zoneOverrides?: ZoneOverrides;
}

/** A resolved threshold: its value and where it came from. */
export interface ResolvedThreshold {
  readonly value: number;
  readonly from: number;
  readonly estimated: boolean;
  readonly how: string | null;
}

/** The thresholds in force at one instant, for one sport. */
export type Thresholds = { readonly [K in ThresholdKey]: ResolvedThreshold | null } & {
  readonly sex: Sex | null;
};
