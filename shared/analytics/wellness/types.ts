/**
 * One day of how the athlete is (the fields intervals.icu's wellness endpoint and
 * Garmin's sleep/HRV services carry). Subjective scores are 1-5 or 1-10 as the
 * athlete logs them; higher means more (more soreness, more motivation).
 */
export interface WellnessDay {
  /** 'YYYY-MM-DD', local. */
  readonly date: string;
  readonly restingHr?: number | null;
  /** Overnight HRV, rMSSD in ms. */
  readonly hrvRmssd?: number | null;
  readonly sleepS?: number | null;
  readonly sleepQuality?: number | null;
  readonly weightKg?: number | null;
  readonly soreness?: number | null;
  readonly fatigue?: number | null;
  readonly stress?: number | null;
  readonly mood?: number | null;
  readonly motivation?: number | null;
}

export type WellnessMetric = Exclude<keyof WellnessDay, 'date'>;

export const WELLNESS_METRICS: readonly WellnessMetric[] = [
  'restingHr',
  'hrvRmssd',
  'sleepS',
  'sleepQuality',
  'weightKg',
  'soreness',
  'fatigue',
  'stress',
  'mood',
  'motivation',
];

/** Which way is a concern: HRV or sleep falling, resting HR or soreness rising. Weight is neither. */
export const CONCERN_DIRECTION: Readonly<Record<WellnessMetric, 'below' | 'above' | null>> = {
  restingHr: 'above',
  hrvRmssd: 'below',
  sleepS: 'below',
  sleepQuality: 'below',
  weightKg: null,
  soreness: 'above',
  fatigue: 'above',
  stress: 'above',
  mood: 'below',
  motivation: 'below',
};
