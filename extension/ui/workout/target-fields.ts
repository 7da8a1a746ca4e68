// How each kind of step target is written in the editor: its words, the unit
// of its inputs in the athlete's units, and a sensible value to start from.
import type { Sport, StepTarget } from '../../../shared/model';
import type { UnitSystem } from '../units/format';
import { METERS_PER_MILE, METERS_PER_YARD } from '../units/imperial';

export type TargetKind = StepTarget['kind'];

export const TARGET_CHOICES: readonly { readonly kind: TargetKind | 'none'; readonly label: string }[] = [
  { kind: 'none', label: 'No target' },
  { kind: 'ftp', label: '% of FTP' },
  { kind: 'power', label: 'Power range' },
  { kind: 'power-zone', label: 'Power zone' },
  { kind: 'hr-zone', label: 'Heart-rate zone' },
  { kind: 'threshold-hr', label: '% of threshold HR' },
  { kind: 'hr', label: 'Heart-rate range' },
  { kind: 'pace', label: 'Pace range' },
];

/** Where a new target of each kind starts: endurance-ish, for the athlete to adjust. */
export const DEFAULT_TARGETS: Readonly<Record<TargetKind, StepTarget>> = {
  ftp: { kind: 'ftp', low: 0.9, high: 1 },
  power: { kind: 'power', low: 200, high: 220 },
  'power-zone': { kind: 'power-zone', zone: 2 },
  'hr-zone': { kind: 'hr-zone', zone: 2 },
  'threshold-hr': { kind: 'threshold-hr', low: 0.85, high: 0.9 },
  hr: { kind: 'hr', low: 140, high: 150 },
  // 5:00 to 4:40 per km.
  pace: { kind: 'pace', low: 1000 / 300, high: 1000 / 280 },
};

/** The distance a pace is written per: km or mi on land, 100 m or 100 yd in the pool. */
export function paceDistance(sport: Sport, system: UnitSystem): { readonly meters: number; readonly per: string } {
  if (sport === 'swimming')
    return system === 'imperial' ? { meters: 100 * METERS_PER_YARD, per: '100 yd' } : { meters: 100, per: '100 m' };
  return system === 'imperial' ? { meters: METERS_PER_MILE, per: 'mi' } : { meters: 1000, per: 'km' };
}
