// One channel over time or distance, drawn in SVG from a min-max decimated
// copy of its samples. Every chart of a session shares the x-axis and one
// cursor: pointing at (or arrowing through) any chart shows every channel's
// value at that point.
import type { Dispatch, StateUpdater } from 'preact/hooks';
import { useMemo } from 'preact/hooks';
import type { ChartChannel } from './chart-channel';
import { minMaxDecimate, sampleAt } from './downsample';

const WIDTH = 300;
const HEIGHT = 60;

export interface LineChartProps {
  readonly channel: ChartChannel;
  /** The x of each of the channel's values, ascending (seconds, metres or days). */
  readonly x: Float64Array;
  /** The shared x-axis runs from 0 to here. */
  readonly span: number;
  /** What x measures, for the chart's accessible name: "time" or "distance". */
  readonly over: string;
  readonly cursor: number | null;
  /** Sets the shared cursor (in x's units), or clears it with null. */
  readonly onCursor: Dispatch<StateUpdater<number | null>>;
}

/** Lowest and highest valid value, or null when there is none. */
function extent(values: ArrayLike<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

function pathOf(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  toX: (v: number) => number,
  toY: (v: number) => number,
): string {
  let d = '';
  let pen = false;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(y[i]!)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${toX(x[i]!).toFixed(1)} ${toY(y[i]!).toFixed(1)}`;
    pen = true;
  }
  return d;
}

export function LineChart({ channel, x, span, over, cursor, onCursor }: LineChartProps) {
  const { d, lo, hi, bands } = useMemo(() => {
    const [lo, hi] = extent(channel.values) ?? [NaN, NaN];
    // A flat line (a steady trainer ride) is drawn mid-height rather than dividing by zero.
    const height = hi > lo ? hi - lo : 2;
    const base = hi > lo ? lo : lo - 1;
    // Decimation is for long streams; a short series (90 days of fitness) draws every point, since
    // columns holding no sample would otherwise break its line between every pair of points.
    const decimated =
      x.length > WIDTH * 2 ? minMaxDecimate(x, channel.values, 0, span, WIDTH) : { x, y: channel.values };
    const toX = (v: number) => (v / span) * WIDTH;
    const toY = (v: number) => (channel.invert ? (v - base) / height : 1 - (v - base) / height) * HEIGHT;
    const clamp = (y: number) => Math.max(0, Math.min(HEIGHT, y));
    const bands = (channel.bands ?? []).map((b) => {
      const [y1, y2] = [clamp(toY(b.from)), clamp(toY(b.to))];
      return { kind: b.kind, y: Math.min(y1, y2), h: Math.abs(y2 - y1) };
    });
    return { d: pathOf(decimated.x, decimated.y, toX, toY), lo, hi, bands };
  }, [channel, x, span]);

  const at = cursor === null ? -1 : sampleAt(x, cursor);
  const value = at < 0 ? NaN : channel.values[at]!;
  const readout = cursor === null ? '' : Number.isNaN(value) ? '–' : channel.show(value);
  const top = channel.show(channel.invert ? lo : hi);
  const bottom = channel.show(channel.invert ? hi : lo);
  const step = span / 100;
  const moveBy = (dx: number) => onCursor((current) => Math.max(0, Math.min(span, (current ?? 0) + dx)));

  return (
    <figure class={`chart chart-${channel.key}`}>
      <figcaption>
        <span>{channel.title}</span>
        <output class="chart-readout">{readout}</output>
        <span class="chart-scale">{lo === hi ? top : `${bottom} – ${top}`}</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        // Lower case: SVG attributes keep their case, and browsers only know `tabindex` (camel case left the chart unfocusable).
        tabindex={0}
        aria-label={`${channel.title} over ${over}, from ${bottom} to ${top}. Arrow keys move the cursor.`}
        onPointerMove={(e) => {
          const box = (e.currentTarget as SVGSVGElement).getBoundingClientRect();
          if (box.width > 0) onCursor(((e.clientX - box.left) / box.width) * span);
        }}
        onPointerLeave={() => onCursor(null)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowRight') moveBy(step);
          else if (e.key === 'ArrowLeft') moveBy(-step);
          else return;
          e.preventDefault();
        }}
      >
        {bands.map((b) => (
          <rect
            key={`${b.kind}-${b.y}`}
            class={`chart-band chart-band-${b.kind}`}
            x={0}
            y={b.y}
            width={WIDTH}
            height={b.h}
          />
        ))}
        <path d={d} class="chart-line" vector-effect="non-scaling-stroke" />
        {cursor !== null && (
          <line
            class="chart-cursor"
            x1={(cursor / span) * WIDTH}
            x2={(cursor / span) * WIDTH}
            y1={0}
            y2={HEIGHT}
            vector-effect="non-scaling-stroke"
          />
        )}
      </svg>
    </figure>
  );
}
