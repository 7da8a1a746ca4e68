// The daily log, newest first: each day's logged values with their units.
import { isoDateToDay, WELLNESS_METRICS, MS_PER_DAY } from '../../../shared/analytics';
import type { WellnessRow } from '../../db';
import { useFormat } from '../common/format-context';
import { formatMetric, METRIC_LABELS } from '../common/wellness-metrics';

export function WellnessLog({ days }: { days: readonly WellnessRow[] }) {
  const format = useFormat();
  return (
    <section class="wellness-log" aria-labelledby="wellness-log-heading">
      <h3 id="wellness-log-heading">Daily log</h3>
      <ul>
        {days.map((day) => {
          const values = WELLNESS_METRICS.flatMap((metric) => {
            const v = day[metric];
            return typeof v === 'number' ? [`${METRIC_LABELS[metric]} ${formatMetric(metric, v, format)}`] : [];
          });
          return (
            <li key={day.id}>
              {/* Day numbers are UTC midnights of local dates: read with offset 0 they show that date. */}
              <span class="wellness-date">{format.date(isoDateToDay(day.date) * MS_PER_DAY, 0)}</span>
              <span class="wellness-values">{values.length > 0 ? values.join(' · ') : 'Nothing logged'}</span>
              {day.notes && <span class="wellness-notes">{day.notes}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
