// A step's length and target in the athlete's words and units: "5:00",
// "2.00 km", "until lap"; "100–110 % FTP", "Zone 2 HR", "4:40–5:00 /km".
import { formatDuration, type PlanStep, type Sport, type StepTarget } from '../../../shared/model';
import type { Format } from '../units/format';

export function lengthWords(step: PlanStep, sport: Sport, format: Format): string {
  if (step.durationS !== undefined) return formatDuration(step.durationS);
  if (step.distanceM !== undefined) return format.distance(step.distanceM, sport);
  return 'until lap';
}

export function targetWords(target: StepTarget | undefined, sport: Sport, format: Format): string {
  if (!target) return 'no target';
  const pct = (f: number) => format.number(Math.round(f * 100));
  switch (target.kind) {
    case 'ftp':
      return `${pct(target.low)}–${pct(target.high)} % FTP`;
    case 'threshold-hr':
      return `${pct(target.low)}–${pct(target.high)} % threshold HR`;
    case 'power':
      return `${format.power(target.low)} – ${format.power(target.high)}`;
    case 'hr':
      return `${format.heartRate(target.low)} – ${format.heartRate(target.high)}`;
    case 'power-zone':
      return `power zone ${target.zone}`;
    case 'hr-zone':
      return `heart-rate zone ${target.zone}`;
    case 'pace':
      // Slowest first, as a pace range is said.
      return `${format.speedFor(target.low, sport)} – ${format.speedFor(target.high, sport)}`;
  }
}
