import { useFormat } from '../common/format-context';
import { dayMs } from './plan-days';

/** Monday to Sunday in the browser's language, above the columns (each cell also names its full date for screen readers). */
export function WeekdayNames() {
  const { locale } = useFormat();
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // Day 4 (1970-01-05) was a Monday.
  return (
    <ol class="plan-weekdays" aria-hidden="true">
      {Array.from({ length: 7 }, (_, i) => (
        <li key={i}>{weekday.format(dayMs(4 + i))}</li>
      ))}
    </ol>
  );
}
