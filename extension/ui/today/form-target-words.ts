// Today's form target in words, with its arithmetic (docs/ui.md, Today): "a
// session of 60–95 TSS today keeps tomorrow's form between −30 and −10", and
// what to do when no load does.
import { ATL_FACTOR, CTL_FACTOR } from '../../../shared/analytics/days/pmc';
import { bandWords, roundedRange } from '../../../shared/analytics/days/form-target';
import type { FormOutlook } from '../../../shared/analytics/days/form-outlook';
import type { Format } from '../units/format';
import { signed } from './signed';

export interface FormTargetWords {
  /** The advice in one sentence. */
  readonly headline: string;
  /** The arithmetic behind it. */
  readonly because: string;
}

export function formTargetWords({ goal, target, start }: FormOutlook, format: Format): FormTargetWords {
  const band = bandWords(goal, (n) => `${n > 0 ? '+' : ''}${format.number(n)}`);
  const load = (n: number) => `${format.number(n)} TSS`;
  const limit = `your ramp limit of ${format.number(goal.rampLimit)} a week`;
  const rest = `With no more load today, tomorrow's form is ${signed(format, target.restTsb)} and fitness stands ${signed(format, target.restRamp)} on a week ago`;
  const done = start.doneToday > 0 ? ` on top of the ${load(Math.round(start.doneToday))} done` : '';
  const advice = target.advice;
  switch (advice.kind) {
    case 'range': {
      const { min, max } = roundedRange(advice.min, advice.max);
      const amount = min === 0 ? `Up to ${load(max)} more` : `A session of ${format.number(min)}–${load(max)}`;
      const top = advice.byRamp ? `; more than ${load(max)} would break ${limit}` : '';
      return {
        headline: `${amount} today${done} keeps tomorrow's form ${band}.`,
        because: `${rest}; every 10 TSS today lowers tomorrow's form by ${format.number((ATL_FACTOR - CTL_FACTOR) * 10, 1)}${top}.`,
      };
    }
    case 'rest-below':
      return {
        headline: `Rest: no load today keeps tomorrow's form ${band}.`,
        because: `${rest}, already below the band.`,
      };
    case 'rest-above':
      return {
        headline: `No load today keeps tomorrow's form ${band} within ${limit}.`,
        because: `${rest}, above the band. Reaching it takes ${load(Math.ceil(advice.needed))}; ${limit} allows ${load(Math.max(0, Math.floor(advice.rampMax)))}.`,
      };
    case 'ramp-over':
      return {
        headline: `Rest: today's load already takes fitness past ${limit}.`,
        because: `${rest}.`,
      };
  }
}
