// Growable columns for the track points of a GPX or TCX file, filled point by
// point as the scanner reads them (one row per point, NaN where a point lacks
// a value), then cut into the model's Streams for each session.
import type { Positions, Streams } from '../../shared/model';

const CHANNELS = ['altitude', 'speed', 'heartRate', 'power', 'cadence', 'temperature'] as const;

export class TrackColumns {
  length = 0;
  /** UTC epoch ms. */
  time: Float64Array;
  /** Degrees. */
  lat: Float64Array;
  lon: Float64Array;
  /** Cumulative metres as the file records them. */
  distance: Float64Array;
  altitude: Float32Array;
  speed: Float32Array;
  heartRate: Float32Array;
  power: Float32Array;
  cadence: Float32Array;
  temperature: Float32Array;

  constructor(capacity = 1024) {
    const n = Math.max(16, capacity);
    this.time = new Float64Array(n);
    this.lat = new Float64Array(n);
    this.lon = new Float64Array(n);
    this.distance = new Float64Array(n);
    this.altitude = new Float32Array(n);
    this.speed = new Float32Array(n);
    this.heartRate = new Float32Array(n);
    this.power = new Float32Array(n);
    this.cadence = new Float32Array(n);
    this.temperature = new Float32Array(n);
  }

  /** Appends a point with every value missing and returns its index. */
  add(): number {
    if (this.length === this.time.length) this.grow();
    const i = this.length++;
    this.time[i] = NaN;
    this.lat[i] = NaN;
    this.lon[i] = NaN;
    this.distance[i] = NaN;
    this.altitude[i] = NaN;
    this.speed[i] = NaN;
    this.heartRate[i] = NaN;
    this.power[i] = NaN;
    this.cadence[i] = NaN;
    this.temperature[i] = NaN;
    return i;
  }

  /** Drops the last point (one that turned out unusable). */
  dropLast(): void {
    if (this.length > 0) this.length--;
  }

  /**
   * Streams for points [from, to), with times in seconds after `startMs`.
   * Channels with no value in the range are left out; a derived distance
   * (`distance`) stands in for the recorded one when given.
   */
  streams(from: number, to: number, startMs: number, distance?: Float64Array): Streams {
    const time = new Float64Array(to - from);
    for (let i = from; i < to; i++) time[i - from] = (this.time[i]! - startMs) / 1000;
    const out: { -readonly [K in keyof Streams]: Streams[K] } = { time };
    if (hasValue(this.lat, from, to)) out.positions = this.positions(from, to);
    const recorded = hasValue(this.distance, from, to) ? this.distance.slice(from, to) : undefined;
    if (recorded ?? distance) out.distance = recorded ?? distance;
    for (const c of CHANNELS) if (hasValue(this[c], from, to)) out[c] = this[c].slice(from, to);
    return out;
  }

  private positions(from: number, to: number): Positions {
    return { kind: 'degrees', lat: this.lat.slice(from, to), lon: this.lon.slice(from, to) };
  }

  private grow(): void {
    const n = this.time.length * 2;
    const grow64 = (a: Float64Array) => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    const grow32 = (a: Float32Array) => {
      const b = new Float32Array(n);
      b.set(a);
      return b;
    };
    this.time = grow64(this.time);
    this.lat = grow64(this.lat);
    this.lon = grow64(this.lon);
    this.distance = grow64(this.distance);
    for (const c of CHANNELS) this[c] = grow32(this[c]);
  }
}

function hasValue(a: Float32Array | Float64Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (a[i] === a[i]) return true;
  return false;
}
