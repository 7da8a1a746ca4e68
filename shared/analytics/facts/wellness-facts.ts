// A day's wellness numbers as facts, and where the recent average of each sits
// in the athlete's normal range, so the chat's answer about sleep or resting HR
// can be checked like any other number.
import { round } from '../../model';
import type { Baseline } from '../wellness/baselines';
import { WELLNESS_METRICS, type WellnessDay, type WellnessMetric } from '../wellness/types';
import type { Fact } from './types';

const LABELS: Readonly<Record<WellnessMetric, { label: string; unit: string; scale?: number }>> = {
  restingHr: { label: 'Resting HR', unit: 'bpm' },
  hrvRmssd: { label: 'HRV (rMSSD)', unit: 'ms' },
  // Stored in seconds; athletes speak of sleep in hours.
  sleepS: { label: 'Sleep', unit: 'h', scale: 1 / 3600 },
  sleepQuality: { label: 'Sleep quality', unit: 'score' },
  weightKg: { label: 'Weight', unit: 'kg' },
  soreness: { label: 'Soreness', unit: 'score' },
  fatigue: { label: 'Fatigue (felt)', unit: 'score' },
  stress: { label: 'Stress', unit: 'score' },
  mood: { label: 'Mood', unit: 'score' },
  motivation: { label: 'Motivation', unit: 'score' },
};

/** A metric as words and its value in the unit athletes speak of ("Sleep", 7.5 h): labels read as words, not field names. */
export function wellnessMeasure(metric: WellnessMetric, raw: number): { label: string; value: number; unit: string } {
  const { label, unit, scale = 1 } = LABELS[metric];
  return { label, value: round(raw * scale, 1), unit };
}

export function wellnessFacts(day: WellnessDay): Fact[] {
  return WELLNESS_METRICS.flatMap((metric) => {
    const raw = day[metric];
    if (raw === null || raw === undefined) return [];
    const { label, value, unit } = wellnessMeasure(metric, raw);
    return [
      {
        id: `wellness.${day.date}.${metric}`,
        value,
        unit,
        label: `${label} on ${day.date}: ${value} ${unit}`,
        sessionIds: [],
      },
    ];
  });
}

/** The 7-day average of each metric against its normal range up to `to` (an ISO date). */
export function normalRangeFacts(baselines: readonly Baseline[], to: string): Fact[] {
  return baselines.map((b) => {
    const { label, value, unit } = wellnessMeasure(b.metric, b.recent);
    const [low, high] = [wellnessMeasure(b.metric, b.low).value, wellnessMeasure(b.metric, b.high).value];
    return {
      id: `wellness.normal.${to}.${b.metric}`,
      value,
      unit,
      label: `${label} 7-day average ${value} ${unit} to ${to}, normal range ${low}-${high} ${unit} (${b.position})`,
      sessionIds: [],
    };
  });
}
