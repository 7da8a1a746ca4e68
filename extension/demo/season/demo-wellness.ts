// The demo athlete's mornings: resting HR drifting down and HRV up as fitness
// grows, both worse the morning after a hard day (the pattern HRV-guided
// training watches for), sleep around seven hours, and a few days not logged.
import { dayToIsoDate, type WellnessDay } from '../../../shared/analytics';
import { DEMO_ATHLETE } from './demo-athlete';
import { jitter } from './seeded-random';

const SKIPPED = 0.06;
const MINUTES_5 = 300;

/**
 * One row for each day in [firstDay, lastDay] the athlete logged. `strainOf`
 * gives a day's training strain (about an hour at threshold = 1).
 */
export function demoWellness(
  firstDay: number,
  lastDay: number,
  strainOf: (day: number) => number,
  random: () => number,
): WellnessDay[] {
  const days: WellnessDay[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    if (random() < SKIPPED) continue;
    const progress = (day - firstDay) / (lastDay - firstDay + 1);
    const strain = strainOf(day - 1);
    const sleepH = 7.1 + jitter(random, 0.8) - 0.3 * strain;
    days.push({
      date: dayToIsoDate(day),
      restingHr: Math.round(DEMO_ATHLETE.restHr + 1 - 4 * progress + 2.5 * strain + jitter(random, 1.5)),
      hrvRmssd: Math.round(50 + 9 * progress - 7 * strain + jitter(random, 6)),
      sleepS: Math.round((sleepH * 3600) / MINUTES_5) * MINUTES_5,
      weightKg: Math.round((DEMO_ATHLETE.weight + 0.8 - 1.6 * progress + jitter(random, 0.4)) * 10) / 10,
    });
  }
  return days;
}
