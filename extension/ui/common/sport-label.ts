import { SPORTS, type Sport } from '../../../shared/model';

const LABELS: Record<Sport, string> = {
  running: 'Running',
  cycling: 'Cycling',
  swimming: 'Swimming',
  walking: 'Walking',
  hiking: 'Hiking',
  rowing: 'Rowing',
  cross_country_skiing: 'Cross-country skiing',
  alpine_skiing: 'Alpine skiing',
  paddling: 'Paddling',
  strength: 'Strength',
  yoga: 'Yoga',
  training: 'Training',
  diving: 'Diving',
  transition: 'Transition',
  multisport: 'Multisport',
  other: 'Other',
};

/** The sport as an athlete reads it: "Cross-country skiing". */
export function sportLabel(sport: Sport): string {
  return LABELS[sport];
}

/** Every sport, in the model's order, for choosers. */
export const SPORT_CHOICES: readonly { readonly value: Sport; readonly label: string }[] = SPORTS.map((value) => ({
  value,
  label: LABELS[value],
}));
