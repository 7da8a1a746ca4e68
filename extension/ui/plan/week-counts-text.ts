import type { WeekCompliance } from '../../../shared/analytics';
import type { Format } from '../units/format';

/** "1 done · 1 partial · 1 missed · 1 unplanned", plus what is still to come. */
export function weekCountsText(counts: WeekCompliance | null, format: Format): string {
  if (counts === null) return 'Nothing planned or done';
  const parts = [
    `${format.number(counts.done)} done`,
    `${format.number(counts.partial)} partial`,
    `${format.number(counts.missed)} missed`,
    `${format.number(counts.unplanned)} unplanned`,
  ];
  if (counts.upcoming > 0) parts.push(`${format.number(counts.upcoming)} to come`);
  return parts.join(' · ');
}
