// An estimated threshold in the athlete's words: "FTP 263 W, from your best 20
// minutes (277 W) on Sat, 1 Jun 2024", with what was set aside said after it.
import type { ThresholdEstimate } from '../../../shared/analytics';
import type { Format } from '../units/format';
import { fieldFor, showValue } from './threshold-fields';

const dayOf = (isoDate: string) => Date.parse(`${isoDate}T12:00:00Z`);

/** Where the estimate came from, without the value: "from your best 20 minutes (277 W) on Sat, Jun 1, 2024". */
export function estimateSource(e: Pick<ThresholdEstimate, 'key' | 'how' | 'effort'>, format: Format): string {
  if (e.effort === null) return e.how.split(';')[0]!;
  const on = format.date(dayOf(e.effort.date), 0);
  switch (e.key) {
    case 'ftp':
      return `95% of your best 20 minutes (${format.power(e.effort.value)}) on ${on}`;
    case 'thresholdHr':
      return `your best 20 minutes of heart rate on ${on}`;
    case 'maxHr':
      return `the highest heart rate you held for 10 seconds, on ${on}`;
    case 'thresholdRunSpeed':
      return `your best 30 minutes running on ${on}`;
    case 'swimCss':
      return `your best 200 m and 400 m swum on ${on}`;
    default:
      return e.how.split(';')[0]!;
  }
}

/** "FTP 263 W": the label and value in the athlete's units. */
export function estimateValue(e: Pick<ThresholdEstimate, 'key' | 'value'>, format: Format): string {
  const field = fieldFor(e.key);
  return `${field.label} ${showValue(field, e.value, format)}`;
}

/** What the estimator said beyond the effort: set-aside faults, an older effort, one session only. */
export function estimateCaveats(e: Pick<ThresholdEstimate, 'how'>): string[] {
  return e.how.split('; ').slice(1);
}
