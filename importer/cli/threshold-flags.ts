// The athlete's thresholds as command-line flags (report): --ftp 250,
// --lthr 165, --max-hr 190, --rest-hr 48, --threshold-pace 4:30, --sex female.
// Anything malformed is a usage error naming the flag and what it expects.
import type { AthleteProfile, Sex, ThresholdEntry, ThresholdKey } from '../../shared/analytics';
import { UsageError } from './usage-error';

export const THRESHOLD_OPTIONS = {
  ftp: { type: 'string' },
  lthr: { type: 'string' },
  'max-hr': { type: 'string' },
  'rest-hr': { type: 'string' },
  'threshold-pace': { type: 'string' },
  sex: { type: 'string' },
} as const;

export type ThresholdFlag = Exclude<keyof typeof THRESHOLD_OPTIONS, 'sex'>;

/** Which threshold each flag sets, and the unit it is given in. */
export const THRESHOLD_FLAGS: Readonly<Record<ThresholdFlag, { key: ThresholdKey; unit: string }>> = {
  ftp: { key: 'ftp', unit: 'W' },
  lthr: { key: 'thresholdHr', unit: 'bpm' },
  'max-hr': { key: 'maxHr', unit: 'bpm' },
  'rest-hr': { key: 'restHr', unit: 'bpm' },
  'threshold-pace': { key: 'thresholdRunSpeed', unit: 'min:sec per km' },
};

const PACE = /^(\d{1,2}):([0-5]\d)$/;

/** "4:30" (minutes:seconds per km) -> m/s: 1000 m / 270 s = 3.7037 m/s. */
export function parsePace(text: string): number {
  const m = PACE.exec(text.trim());
  const seconds = m ? Number(m[1]) * 60 + Number(m[2]) : 0;
  if (seconds === 0) {
    throw new UsageError(`--threshold-pace "${text}" is not a pace: give minutes:seconds per km, e.g. 4:30.`);
  }
  return 1000 / seconds;
}

function parsePositive(flag: ThresholdFlag, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) {
    throw new UsageError(`--${flag} "${text}" is not a positive number (${THRESHOLD_FLAGS[flag].unit}).`);
  }
  return value;
}

function parseSex(text: string): Sex {
  if (text === 'male' || text === 'female') return text;
  throw new UsageError(`--sex "${text}" is not one of: male, female.`);
}

type FlagValues = { readonly [K in keyof typeof THRESHOLD_OPTIONS]?: string };

/**
 * The profile the flags describe. A value given on the command line is in force
 * for the whole imported history (from epoch 0): the CLI has no dates for it.
 */
export function profileFromFlags(values: FlagValues): AthleteProfile {
  const thresholds: ThresholdEntry[] = [];
  for (const flag of Object.keys(THRESHOLD_FLAGS) as ThresholdFlag[]) {
    const text = values[flag];
    if (text === undefined) continue;
    const value = flag === 'threshold-pace' ? parsePace(text) : parsePositive(flag, text);
    thresholds.push({ key: THRESHOLD_FLAGS[flag].key, value, from: 0, how: `given with --${flag}` });
  }
  const rest = thresholds.find((t) => t.key === 'restHr')?.value;
  const max = thresholds.find((t) => t.key === 'maxHr')?.value;
  if (rest !== undefined && max !== undefined && rest >= max) {
    throw new UsageError(`--rest-hr (${rest}) must be below --max-hr (${max}).`);
  }
  return { sex: values.sex === undefined ? null : parseSex(values.sex), thresholds };
}

export const THRESHOLD_HELP = `  --ftp W               Functional threshold power, watts.
  --lthr BPM            Lactate threshold heart rate.
  --max-hr BPM          Maximum heart rate.
  --rest-hr BPM         Resting heart rate (heart-rate load needs it).
  --threshold-pace M:SS Threshold running pace per km, e.g. 4:30.
  --sex male|female     Picks Banister's TRIMP constant k: 1.92 for men (also
                        the default), 1.67 for women.
`;
