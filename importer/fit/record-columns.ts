// Typed-array columns for record messages, sized up front from a count of the
// records (count-records.ts); new space starts absent (NaN, or
// INVALID_SEMICIRCLE for positions), so a row only needs the values its
// message carries. Should the count fall short, capacity doubles.
import { INVALID_SEMICIRCLE } from '../../shared/model';
import type { ExtraChannel } from '../../shared/model';
import type { DevFieldDescription } from './developer-fields';
import { grown, type Column } from './grow-column';
import type { FitRecordColumns } from './types';

export class DevChannel {
  constructor(
    readonly desc: DevFieldDescription,
    public values: Float64Array,
  ) {}
}

export class RecordColumnsBuilder {
  length = 0;
  private capacity: number;
  timestamp: Float64Array;
  positionLat: Int32Array;
  positionLong: Int32Array;
  altitude: Float32Array;
  distance: Float64Array;
  speed: Float32Array;
  heartRate: Float32Array;
  power: Float32Array;
  cadence: Float32Array;
  temperature: Float32Array;
  private readonly channels = new Map<string, DevChannel>();

  /** Room for `expected` rows (at least one, so growth can double). */
  constructor(expected: number) {
    this.capacity = Math.max(1, expected);
    this.timestamp = new Float64Array(this.capacity).fill(NaN);
    this.positionLat = new Int32Array(this.capacity).fill(INVALID_SEMICIRCLE);
    this.positionLong = new Int32Array(this.capacity).fill(INVALID_SEMICIRCLE);
    this.altitude = new Float32Array(this.capacity).fill(NaN);
    this.distance = new Float64Array(this.capacity).fill(NaN);
    this.speed = new Float32Array(this.capacity).fill(NaN);
    this.heartRate = new Float32Array(this.capacity).fill(NaN);
    this.power = new Float32Array(this.capacity).fill(NaN);
    this.cadence = new Float32Array(this.capacity).fill(NaN);
    this.temperature = new Float32Array(this.capacity).fill(NaN);
  }

  /** Appends an empty row and returns its index. */
  addRow(): number {
    if (this.length === this.capacity) this.grow();
    return this.length++;
  }

  /** The channel for a developer field, created (all NaN so far) on first sight. */
  channel(desc: DevFieldDescription): DevChannel {
    let ch = this.channels.get(desc.key);
    if (!ch) {
      ch = new DevChannel(desc, new Float64Array(this.capacity).fill(NaN));
      this.channels.set(desc.key, ch);
    }
    return ch;
  }

  private grow(): void {
    const n = this.capacity * 2;
    const f64 = (k: number) => new Float64Array(k);
    const f32 = (k: number) => new Float32Array(k);
    const i32 = (k: number) => new Int32Array(k);
    this.timestamp = grown(this.timestamp, f64, n, NaN);
    this.positionLat = grown(this.positionLat, i32, n, INVALID_SEMICIRCLE);
    this.positionLong = grown(this.positionLong, i32, n, INVALID_SEMICIRCLE);
    this.altitude = grown(this.altitude, f32, n, NaN);
    this.distance = grown(this.distance, f64, n, NaN);
    this.speed = grown(this.speed, f32, n, NaN);
    this.heartRate = grown(this.heartRate, f32, n, NaN);
    this.power = grown(this.power, f32, n, NaN);
    this.cadence = grown(this.cadence, f32, n, NaN);
    this.temperature = grown(this.temperature, f32, n, NaN);
    for (const ch of this.channels.values()) ch.values = grown(ch.values, f64, n, NaN);
    this.capacity = n;
  }

  /** The columns at their length: as they are when the count was exact, else exact-length copies. */
  finish(): FitRecordColumns {
    const n = this.length;
    const exact = n === this.capacity;
    const cut = <T extends Column>(column: T): T => (exact ? column : (column.slice(0, n) as T));
    const lat = cut(this.positionLat);
    const cols = {
      altitude: cut(this.altitude),
      distance: cut(this.distance),
      speed: cut(this.speed),
      heartRate: cut(this.heartRate),
      power: cut(this.power),
      cadence: cut(this.cadence),
      temperature: cut(this.temperature),
    };
    const present = new Set<keyof typeof cols | 'positions'>();
    if (lat.some((v) => v !== INVALID_SEMICIRCLE)) present.add('positions');
    for (const key of Object.keys(cols) as (keyof typeof cols)[]) {
      if (cols[key].some((v) => !Number.isNaN(v))) present.add(key);
    }
    const developer: ExtraChannel[] = [...this.channels.values()].map((ch) => ({
      name: ch.desc.name,
      units: ch.desc.units,
      values: cut(ch.values),
    }));
    return {
      length: n,
      timestamp: cut(this.timestamp),
      positionLat: lat,
      positionLong: cut(this.positionLong),
      ...cols,
      developer,
      present,
    };
  }
}
