// Which lines a session's charts draw, in display units, each with its colour
// class (one colour per channel across views: docs/ui.md, "Charts").
import type { Sport, Streams } from '../../../shared/model';
import type { ChartChannel } from './chart-channel';
import { speedKind, type Format } from '../units/format';

export type { ChartChannel };

// Below a slow walk, pace is meaningless and would stretch the axis to hours per km.
const SLOWEST_PACE_SPEED = 0.5;

function mapped(source: Float32Array, f: (v: number) => number): Float64Array {
  const out = new Float64Array(source.length);
  for (let i = 0; i < source.length; i++) out[i] = f(source[i]!);
  return out;
}

function anyValid(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) return true;
  return false;
}

/** The channels with at least one sample to draw. */
export function chartChannels(streams: Streams, sport: Sport, format: Format): ChartChannel[] {
  const out: ChartChannel[] = [];
  if (streams.heartRate)
    out.push({ key: 'hr', title: 'Heart rate', values: streams.heartRate, invert: false, show: format.heartRate });
  if (streams.power)
    out.push({ key: 'power', title: 'Power', values: streams.power, invert: false, show: format.power });
  if (streams.speed) {
    const kind = speedKind(sport);
    if (kind === 'speed') {
      out.push({ key: 'speed', title: 'Speed', values: streams.speed, invert: false, show: format.speed });
    } else {
      // Plotted as seconds per metre so the axis is linear in pace; shown in the athlete's units.
      const secondsPerMeter = mapped(streams.speed, (v) => (v >= SLOWEST_PACE_SPEED ? 1 / v : NaN));
      out.push({
        key: 'speed',
        title: 'Pace',
        values: secondsPerMeter,
        invert: true,
        show: (spm) => format.speedFor(1 / spm, sport),
      });
    }
  }
  if (streams.cadence)
    out.push({
      key: 'cadence',
      title: 'Cadence',
      values: streams.cadence,
      invert: false,
      show: (v) => format.cadence(v, sport),
    });
  if (streams.altitude)
    out.push({ key: 'elevation', title: 'Elevation', values: streams.altitude, invert: false, show: format.elevation });
  return out.filter((channel) => anyValid(channel.values));
}
