// Daily series (fitness and fatigue, resting HR) drawn with the session
// charts' LineChart: one x-axis of days, one shared cursor, dates at the ends
// and at the cursor.
import { MS_PER_DAY } from '../../../shared/analytics/common/day';
import { useState } from 'preact/hooks';
import type { ChartChannel } from './chart-channel';
import { LineChart } from './LineChart';
import { useFormat } from './format-context';

export interface DayChartsProps {
  readonly label: string;
  /** Day number of index 0 of every channel's values. */
  readonly firstDay: number;
  /** Values one a day from firstDay; NaN where a day has none. */
  readonly channels: readonly ChartChannel[];
}

export function DayCharts({ label, firstDay, channels }: DayChartsProps) {
  const format = useFormat();
  const [cursor, setCursor] = useState<number | null>(null);
  const days = channels[0]?.values.length ?? 0;
  if (days < 2) return null;
  const time = Float64Array.from({ length: days }, (_, i) => i);
  // Day numbers are UTC midnights of local dates: read with offset 0 they show that date.
  const dateOf = (index: number) => format.date((firstDay + index) * MS_PER_DAY, 0);
  return (
    <section class="charts day-charts" aria-label={label}>
      {channels.map((channel) => (
        <LineChart
          key={channel.key}
          channel={channel}
          x={time}
          span={days - 1}
          over="time"
          cursor={cursor}
          onCursor={setCursor}
        />
      ))}
      <p class="chart-axis">
        <span>{dateOf(0)}</span>
        <output>{cursor === null ? '' : dateOf(Math.floor(cursor))}</output>
        <span>{dateOf(days - 1)}</span>
      </p>
    </section>
  );
}
