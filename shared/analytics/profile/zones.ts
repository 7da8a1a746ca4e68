import type { Thresholds, ZoneModel, ZoneOverrides } from './types';

/** A zone in absolute units: [min, max), the last one open-ended (max = Infinity). */
export interface Zone {
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

export interface ZoneSet {
  readonly model: ZoneModel;
  /** 'W', 'bpm' or 'm/s'. */
  readonly unit: string;
  readonly zones: readonly Zone[];
  /** True when the athlete set the boundaries by hand. */
  readonly manual: boolean;
}

// Coggan's 7 power levels as fractions of FTP: <55, 56-75, 76-90, 91-105, 106-120,
// 121-150, >150 % (Allen & Coggan, "Training and Racing with a Power Meter", table 3.1;
// GoldenCheetah's default power zones use the same 55/75/90/105/120/150 cut points).
const COGGAN_POWER = [0.55, 0.75, 0.9, 1.05, 1.2, 1.5];
const COGGAN_POWER_NAMES = [
  'Active recovery',
  'Endurance',
  'Tempo',
  'Threshold',
  'VO2max',
  'Anaerobic',
  'Neuromuscular',
];

// Coggan's 5 heart-rate zones as fractions of threshold HR: 68/83/94/105 %
// (GoldenCheetah TRIMPPoints.cpp notes them as "0, 68, 83, 94, 105 of LT").
const COGGAN_HR = [0.68, 0.83, 0.94, 1.05];
const COGGAN_HR_NAMES = ['Active recovery', 'Endurance', 'Tempo', 'Threshold', 'VO2max'];

// Heart-rate reserve (Karvonen 1957: HR = rest + fraction x (max - rest)) in the
// common 10 % bands from 60 % up.
const KARVONEN_HRR = [0.6, 0.7, 0.8, 0.9];
const KARVONEN_NAMES = ['Recovery', 'Aerobic', 'Tempo', 'Threshold', 'Maximal'];

// Friel's run pace zones, as % of threshold pace (time per km): >129, 114-129,
// 106-113, 100-105, 97-99, 90-96, <90 (Joe Friel, "Quick Guide to Setting Zones",
// TrainingPeaks). Pace is the inverse of speed, so a speed bound is 1 / pace fraction.
const FRIEL_PACE = [1 / 1.29, 1 / 1.14, 1 / 1.06, 1, 1 / 0.97, 1 / 0.9];
const FRIEL_PACE_NAMES = ['Recovery', 'Aerobic', 'Tempo', 'Sub-threshold', 'Threshold', 'VO2max', 'Anaerobic'];

function fromBounds(lowerBounds: readonly number[], names: readonly string[]): Zone[] {
  const zones: Zone[] = [];
  for (let i = 0; i <= lowerBounds.length; i++) {
    zones.push({
      name: names[i] ?? `Zone ${i + 1}`,
      min: i === 0 ? 0 : lowerBounds[i - 1]!,
      max: i === lowerBounds.length ? Infinity : lowerBounds[i]!,
    });
  }
  return zones;
}

function zoneSet(
  model: ZoneModel,
  unit: string,
  computed: readonly number[] | null,
  names: readonly string[],
  overrides: ZoneOverrides | undefined,
): ZoneSet | null {
  const manual = overrides?.[model];
  if (manual && manual.length > 0) return { model, unit, zones: fromBounds(manual, names), manual: true };
  if (!computed) return null;
  return { model, unit, zones: fromBounds(computed, names), manual: false };
}

/** Coggan power zones from FTP (or the athlete's own boundaries). */
export function powerZones(t: Thresholds, overrides?: ZoneOverrides): ZoneSet | null {
  const ftp = t.ftp?.value;
  return zoneSet('power', 'W', ftp ? COGGAN_POWER.map((f) => f * ftp) : null, COGGAN_POWER_NAMES, overrides);
}

/** Heart-rate zones as % of threshold HR. */
export function hrZones(t: Thresholds, overrides?: ZoneOverrides): ZoneSet | null {
  const lthr = t.thresholdHr?.value;
  return zoneSet('hr', 'bpm', lthr ? COGGAN_HR.map((f) => f * lthr) : null, COGGAN_HR_NAMES, overrides);
}

/** Heart-rate zones as % of heart-rate reserve (Karvonen). */
export function hrrZones(t: Thresholds, overrides?: ZoneOverrides): ZoneSet | null {
  const max = t.maxHr?.value;
  const rest = t.restHr?.value;
  const bounds = max && rest && max > rest ? KARVONEN_HRR.map((f) => rest + f * (max - rest)) : null;
  return zoneSet('hrr', 'bpm', bounds, KARVONEN_NAMES, overrides);
}

/** Running pace zones (as speeds, m/s) from threshold pace. */
export function paceZones(t: Thresholds, overrides?: ZoneOverrides): ZoneSet | null {
  const v = t.thresholdRunSpeed?.value;
  return zoneSet('pace', 'm/s', v ? FRIEL_PACE.map((f) => f * v) : null, FRIEL_PACE_NAMES, overrides);
}

/** Index of the zone holding `value`, or -1 (NaN, or below the first zone). */
export function zoneIndex(zones: readonly Zone[], value: number): number {
  if (Number.isNaN(value)) return -1;
  for (let i = zones.length - 1; i >= 0; i--) if (value >= zones[i]!.min) return i;
  return -1;
}
