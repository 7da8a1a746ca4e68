import { useState } from 'preact/hooks';
import type { Sport, Streams } from '../../../shared/model';
import { useFormat } from '../format-context';
import { formatDuration } from '../units/format';
import { chartChannels } from './chart-channels';
import { LineChart } from './LineChart';

/** Every channel the session recorded, stacked on one time axis with one shared cursor. */
export function Charts({ streams, sport }: { streams: Streams; sport: Sport }) {
  const format = useFormat();
  const [cursor, setCursor] = useState<number | null>(null);
  const channels = chartChannels(streams, sport, format);
  const duration = streams.time[streams.time.length - 1] ?? 0;
  if (channels.length === 0 || duration <= 0) return null;
  return (
    <section class="charts" aria-label="Charts">
      <h3>Over time</h3>
      {channels.map((channel) => (
        <LineChart key={channel.key} channel={channel} time={streams.time} duration={duration} cursor={cursor} onCursor={setCursor} />
      ))}
      <p class="chart-axis">
        <span>0:00:00</span>
        <output>{cursor === null ? '' : formatDuration(cursor)}</output>
        <span>{formatDuration(duration)}</span>
      </p>
    </section>
  );
}
