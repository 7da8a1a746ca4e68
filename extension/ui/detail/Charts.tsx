import { useMemo, useState } from 'preact/hooks';
import type { Sport, Streams } from '../../../shared/model';
import { useFormat } from '../common/format-context';
import { chartAxes, type AxisKind } from './chart-axis';
import { chartChannels } from '../common/chart-channels';
import { LineChart } from '../common/LineChart';
import { SMOOTHING_CHOICES, smoothStreams, type Smoothing } from './smooth';

const AXIS_WORDS: Record<AxisKind, { readonly label: string; readonly heading: string }> = {
  time: { label: 'Time', heading: 'Over time' },
  distance: { label: 'Distance', heading: 'Over distance' },
};

/**
 * Every channel the session recorded, stacked on one x-axis with one shared
 * cursor. The axis is time, or distance when the samples carry it: a radio
 * group, so arrow keys switch it.
 */
export function Charts({ streams, sport }: { streams: Streams; sport: Sport }) {
  const format = useFormat();
  const [cursor, setCursor] = useState<number | null>(null);
  const [kind, setKind] = useState<AxisKind>('time');
  const [smoothing, setSmoothing] = useState<Smoothing>(0);
  const drawn = useMemo(() => smoothStreams(streams, smoothing), [streams, smoothing]);
  const channels = useMemo(() => chartChannels(drawn, sport, format), [drawn, sport, format]);
  const axes = useMemo(() => chartAxes(streams, sport, format), [streams, sport, format]);
  const axis = axes.find((a) => a.kind === kind) ?? axes[0]!;
  if (channels.length === 0 || axis.span <= 0) return null;
  const choose = (next: AxisKind) => {
    setKind(next);
    // A cursor in seconds means nothing in metres.
    setCursor(null);
  };
  return (
    <section class="charts" aria-label="Charts">
      <div class="charts-head">
        <h3>{AXIS_WORDS[axis.kind].heading}</h3>
        {axes.length > 1 && (
          <fieldset class="axis-choice">
            <legend class="visually-hidden">Chart x-axis</legend>
            {axes.map((a) => (
              <label key={a.kind}>
                <input
                  type="radio"
                  name="chart-axis"
                  value={a.kind}
                  checked={a.kind === axis.kind}
                  onChange={() => choose(a.kind)}
                />
                {AXIS_WORDS[a.kind].label}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset class="axis-choice smoothing-choice">
          <legend>Smoothing</legend>
          {SMOOTHING_CHOICES.map((w) => (
            <label key={w}>
              <input
                type="radio"
                name="chart-smoothing"
                value={w}
                checked={w === smoothing}
                onChange={() => setSmoothing(w)}
              />
              {w === 0 ? 'Off' : `${w} s`}
            </label>
          ))}
        </fieldset>
      </div>
      {channels.map((channel) => (
        <LineChart
          key={channel.key}
          channel={channel}
          x={axis.x}
          span={axis.span}
          over={axis.kind}
          cursor={cursor}
          onCursor={setCursor}
        />
      ))}
      <p class="chart-axis">
        <span>{axis.show(0)}</span>
        <output>{cursor === null ? '' : axis.show(cursor)}</output>
        <span>{axis.show(axis.span)}</span>
      </p>
    </section>
  );
}
