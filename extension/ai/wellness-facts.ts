// A day's wellness numbers as facts, so the chat's answer about sleep or
// resting HR can be checked like any other number.
import { WELLNESS_METRICS, type Fact, type WellnessDay, type WellnessMetric } from '../../shared/analytics';

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

export function wellnessFacts(day: WellnessDay): Fact[] {
  return WELLNESS_METRICS.flatMap((metric) => {
    const raw = day[metric];
    if (raw === null || raw === undefined) return [];
    const { label, unit, scale = 1 } = LABELS[metric];
    const value = Math.round(raw * scale * 10) / 10;
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
