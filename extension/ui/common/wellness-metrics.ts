// Each wellness metric as the athlete reads it: a label and its value with a
// unit in the athlete's units. Shared by the check-in, the log and the trends.
import type { WellnessMetric } from '../../../shared/analytics';
import type { Format } from '../units/format';
import { KG_PER_POUND } from '../units/imperial';

export const METRIC_LABELS: Readonly<Record<WellnessMetric, string>> = {
  restingHr: 'Resting HR',
  hrvRmssd: 'HRV',
  sleepS: 'Sleep',
  sleepQuality: 'Sleep quality',
  weightKg: 'Weight',
  soreness: 'Soreness',
  fatigue: 'Fatigue',
  stress: 'Stress',
  mood: 'Mood',
  motivation: 'Motivation',
};

/** The 1-5 scores the check-in asks for (higher means more of it). */
export const SCORED_METRICS = ['soreness', 'fatigue', 'stress', 'mood', 'motivation'] as const;
export type ScoredMetric = (typeof SCORED_METRICS)[number];

/** Sleep as "7 h 30 min": hours and minutes read more easily than h:mm:ss for a night. */
function sleep(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function formatMetric(metric: WellnessMetric, value: number, format: Format): string {
  switch (metric) {
    case 'restingHr':
      return format.heartRate(value);
    case 'hrvRmssd':
      return `${format.number(value)} ms`;
    case 'sleepS':
      return sleep(value);
    case 'weightKg':
      return format.system === 'imperial'
        ? `${format.number(value / KG_PER_POUND, 1)} lb`
        : `${format.number(value, 1)} kg`;
    default:
      // Subjective scores are kept as logged: 1-5 from the check-in (WellnessDay).
      return format.number(value);
  }
}
