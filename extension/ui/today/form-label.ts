// Form (TSB) in plain words. The bands are intervals.icu's form zones on its
// Fitness chart: transition above +25, fresh +5 to +25, grey zone -10 to +5,
// optimal (productive training) -30 to -10, high risk below -30. Transition and
// fresh are both "fresh" here; the grey zone is "neutral"; the optimal band,
// where training builds fitness at the cost of fatigue, is "tired"; high risk is
// "overreaching".

export type FormLabel = 'fresh' | 'neutral' | 'tired' | 'overreaching';

export function formLabel(tsb: number): FormLabel {
  if (tsb > 5) return 'fresh';
  if (tsb >= -10) return 'neutral';
  if (tsb >= -30) return 'tired';
  return 'overreaching';
}

/** One sentence on what the label means for the athlete. */
export const FORM_MEANING: Readonly<Record<FormLabel, string>> = {
  fresh: 'Fatigue is below fitness: a good time to race or test.',
  neutral: 'Fatigue and fitness are close: neither building nor resting much.',
  tired: 'Fatigue is above fitness: the load that builds fitness. Plan rest.',
  overreaching: 'Fatigue is far above fitness: the risk of illness and injury rises. Rest.',
};
