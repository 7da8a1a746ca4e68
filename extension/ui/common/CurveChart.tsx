// A best-effort curve (power by duration, pace by duration or distance) on a
// log x-axis, so 5 s and 5 h both get room. It is a LineChart over log10(x):
// the same drawing, cursor and keys as every other chart. The point under the
// cursor is read out with its date, and the session behind it is one click
// (or Tab + Enter) away.
import { useState } from 'preact/hooks';
import type { ChartChannel } from './chart-channel';
import { sampleAt } from './downsample';
import { LineChart } from './LineChart';

export interface CurvePointView {
  /** Seconds or metres: the log axis. */
  readonly x: number;
  /** In the channel's units (W, s/m for pace). */
  readonly value: number;
  /** The session behind the point, when there is one to open. */
  readonly sessionId?: string;
  /** Its date in the athlete's words. */
  readonly when?: string;
}

export interface CurveChartProps {
  readonly channel: Omit<ChartChannel, 'values'>;
  readonly points: readonly CurvePointView[];
  /** An x as the axis reads it: "20:00", "5 km". */
  readonly showX: (x: number) => string;
  /** Where tick labels go (x values), within the points' range. */
  readonly ticks: readonly number[];
  readonly over: string;
  readonly onOpenSession?: (id: string) => void;
}

export function CurveChart({ channel, points, showX, ticks, over, onOpenSession }: CurveChartProps) {
  const [cursor, setCursor] = useState<number | null>(null);
  if (points.length < 2) return null;
  const first = Math.log10(points[0]!.x);
  const x = Float64Array.from(points, (p) => Math.log10(p.x) - first);
  const span = x[x.length - 1]!;
  const values = Float64Array.from(points, (p) => p.value);
  // Arrow keys step point by point on a curve of a few dozen points.
  const at = cursor === null ? -1 : sampleAt(x, cursor + 1e-9);
  const point = at < 0 ? null : points[at]!;
  return (
    <div class="curve-chart">
      <LineChart
        channel={{ ...channel, values }}
        x={x}
        span={span}
        over={`${over} (log scale)`}
        cursor={at < 0 ? null : x[at]!}
        onCursor={(next) =>
          setCursor((current) => {
            const value = typeof next === 'function' ? next(current) : next;
            if (value === null || current === null || Math.abs(value - current) > span / 100 + 1e-9) return value;
            // A one-step arrow press moves to the neighbouring point.
            const i = sampleAt(x, current + 1e-9);
            const j = Math.max(0, Math.min(points.length - 1, i + Math.sign(value - current)));
            return x[j]!;
          })
        }
      />
      <p class="curve-ticks" aria-hidden="true">
        {ticks
          .filter((t) => t >= points[0]!.x && t <= points[points.length - 1]!.x)
          .map((t) => (
            // Shifted by its own position, so the first label starts at the left edge and the last ends at the right.
            <span
              key={t}
              style={{
                left: `${((Math.log10(t) - first) / span) * 100}%`,
                transform: `translateX(-${((Math.log10(t) - first) / span) * 100}%)`,
              }}
            >
              {showX(t)}
            </span>
          ))}
      </p>
      <p class="curve-readout" aria-live="polite">
        {point === null ? (
          <span class="curve-hint">Point at the curve, or focus it and use the arrow keys.</span>
        ) : (
          <>
            <span>
              {showX(point.x)}: <strong>{channel.show(point.value)}</strong>
              {point.when ? `, ${point.when}` : ''}
            </span>
            {point.sessionId && onOpenSession && (
              <button type="button" class="link" onClick={() => onOpenSession(point.sessionId!)}>
                Open the session
              </button>
            )}
          </>
        )}
      </p>
    </div>
  );
}
