// Where the athlete's recent days sit against their own normal: HRV's 7-day
// average against its 60-day normal range, every metric that left its range,
// and resting HR and HRV over the last 60 days.
import {
  baselineOn,
  isoDateToDay,
  wellnessFlags,
  type WellnessFlag,
  type WellnessMetric,
} from '../../../shared/analytics';
import type { WellnessRow } from '../../db';
import type { ChartChannel } from '../common/chart-channel';
import { useFormat } from '../format-context';
import { DayCharts } from '../common/DayCharts';
import type { Format } from '../units/format';
import { formatMetric, METRIC_LABELS } from './wellness-metrics';

/** The normal range's window, as baselineOn's default (Plews; HRV4Training). */
const NORMAL_DAYS = 60;
/** Readings baselineOn needs in the window before it places the average (its default). */
const MIN_READINGS = 14;

function hrvSummary(days: readonly WellnessRow[], today: number, format: Format): string | null {
  const b = baselineOn(days, 'hrvRmssd', today);
  if (b.n === 0) return null;
  const show = (v: number) => formatMetric('hrvRmssd', v, format);
  const recent = Number.isNaN(b.recent) ? 'no readings in the last 7 days' : show(b.recent);
  if (b.position === null) {
    return `HRV 7-day average: ${recent}. A normal range needs ${MIN_READINGS} days of readings in the last ${NORMAL_DAYS}; you have ${b.n}.`;
  }
  const where = b.position === 'within' ? 'within' : b.position;
  return `HRV 7-day average: ${recent}, ${where} your normal range of ${show(b.low)} – ${show(b.high)} (last ${NORMAL_DAYS} days).`;
}

function flagText(flag: WellnessFlag, format: Format): string {
  const show = (v: number) => formatMetric(flag.metric, v, format);
  const lead = flag.meaning === 'concern' ? 'Watch' : flag.meaning === 'positive' ? 'Good sign' : 'Change';
  const { recent, low, high } = flag.baseline;
  return `${lead}: ${METRIC_LABELS[flag.metric]} 7-day average ${show(recent)} is ${flag.position} your normal range (${show(low)} – ${show(high)})`;
}

function dailySeries(
  days: readonly WellnessRow[],
  metric: WellnessMetric,
  firstDay: number,
  count: number,
): Float64Array {
  const out = new Float64Array(count).fill(NaN);
  for (const d of days) {
    const v = d[metric];
    const i = isoDateToDay(d.date) - firstDay;
    if (typeof v === 'number' && i >= 0 && i < count) out[i] = v;
  }
  return out;
}

function hasReading(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) return true;
  return false;
}

export function WellnessTrends({ days, today }: { days: readonly WellnessRow[]; today: number }) {
  const format = useFormat();
  const flags = wellnessFlags(days, today);
  const hrv = hrvSummary(days, today, format);
  const firstDay = today - NORMAL_DAYS + 1;
  const series: ChartChannel[] = [
    {
      key: 'hr',
      title: 'Resting HR',
      values: dailySeries(days, 'restingHr', firstDay, NORMAL_DAYS),
      invert: false,
      show: format.heartRate,
    },
    {
      key: 'hrv',
      title: 'HRV',
      values: dailySeries(days, 'hrvRmssd', firstDay, NORMAL_DAYS),
      invert: false,
      show: (v) => formatMetric('hrvRmssd', v, format),
    },
  ];
  const channels = series.filter((c) => hasReading(c.values));
  return (
    <section class="wellness-trends" aria-labelledby="wellness-trends-heading">
      <h3 id="wellness-trends-heading">Trends</h3>
      {hrv && <p class="wellness-hrv">{hrv}</p>}
      {flags.length > 0 && (
        <ul class="wellness-flags">
          {flags.map((flag) => (
            <li key={flag.metric} class={`wellness-flag-${flag.meaning}`}>
              {flagText(flag, format)}
            </li>
          ))}
        </ul>
      )}
      {channels.length > 0 && (
        <DayCharts label={`Resting HR and HRV, last ${NORMAL_DAYS} days`} firstDay={firstDay} channels={channels} />
      )}
    </section>
  );
}
