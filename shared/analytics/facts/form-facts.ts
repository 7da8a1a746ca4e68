// Facts about today's form target and the week ahead (days/form-outlook.ts),
// so the AI's advice on how much to train rests on computed numbers: the load
// range, form after rest, and each projected day's form against the band.
import { round } from '../../model';
import type { FormOutlook } from '../days/form-outlook';
import { bandWords, roundedRange } from '../days/form-target';
import type { Fact } from './types';

const fact = (id: string, value: number | string, unit: string, label: string): Fact => ({
  id,
  value,
  unit,
  label,
  sessionIds: [],
});

function adviceFacts({ goal, target }: FormOutlook, band: string): Fact[] {
  const limit = `ramp rate at most ${goal.rampLimit} per week`;
  const advice = target.advice;
  switch (advice.kind) {
    case 'range': {
      const { min, max } = roundedRange(advice.min, advice.max);
      const range = `${min} to ${max}`;
      return [
        fact(
          'form.today.min',
          min,
          'load',
          `Further load today keeping tomorrow's form ${band} with ${limit}: ${range}`,
        ),
        fact('form.today.max', max, 'load', `Most further load today for form ${band} with ${limit}: ${max}`),
      ];
    }
    case 'rest-below':
      return [
        fact('form.today.advice', 'rest', 'advice', `Even rest today leaves tomorrow's form below the band (${band})`),
      ];
    case 'rest-above':
      return [
        fact(
          'form.today.needed',
          Math.ceil(advice.needed),
          'load',
          `Load needed to bring tomorrow's form ${band}: ${Math.ceil(advice.needed)}, more than the ${Math.floor(advice.rampMax)} the ${limit} allows`,
        ),
      ];
    case 'ramp-over':
      return [
        fact(
          'form.today.advice',
          'rest',
          'advice',
          `Today's load already takes the ramp rate past ${goal.rampLimit} per week`,
        ),
      ];
  }
}

export function formFacts(outlook: FormOutlook): Fact[] {
  const band = bandWords(outlook.goal, String);
  const { target, projection } = outlook;
  return [
    ...adviceFacts(outlook, band),
    fact(
      'form.rest.tsb',
      round(target.restTsb, 1),
      'load/day',
      `Tomorrow's form (TSB) with no more load today ${round(target.restTsb, 1)}`,
    ),
    fact(
      'form.rest.ramp',
      round(target.restRamp, 1),
      'load/day',
      `Ramp rate today with no more load ${round(target.restRamp, 1)} per week`,
    ),
    fact(
      'form.rampLimit',
      outlook.goal.rampLimit,
      'load/day',
      `Ramp rate limit the athlete chose: ${outlook.goal.rampLimit} per week`,
    ),
    ...projection.flatMap((d) => {
      const where = d.form === 'in' ? `inside the band (${band})` : `${d.form} the band (${band})`;
      return [
        fact(
          `form.projection.${d.date}.tsb`,
          round(d.formNext, 1),
          'load/day',
          `Projected form the morning after ${d.date} (planned load ${round(d.load, 0)}): ${round(d.formNext, 1)}, ${where}`,
        ),
        fact(
          `form.projection.${d.date}.ramp`,
          round(d.ramp, 1),
          'load/day',
          `Projected ramp rate on ${d.date}: ${round(d.ramp, 1)} per week${d.rampOver ? `, over the limit of ${outlook.goal.rampLimit}` : ''}`,
        ),
      ];
    }),
  ];
}
