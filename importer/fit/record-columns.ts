// Growable typed-array columns for record messages: capacity doubles, new
// space starts absent (NaN, or INVALID_SEMICIRCLE for positions), so a row
// only needs the values its message carries.
import { INVALID_SEMICIRCLE } from '../../shared/model';
import type { ExtraChannel } from '../../shared/model';
import type { DevFieldDescription } from './developer-fields';
import { grown } from './grow-column';
import type { FitRecordColumns } from './types';

export class DevChannel {
  constructor(
    readonly desc: DevFieldDescription,
    public values: Float64Array,
  ) {}
}

export class RecordColumnsBuilder {
  length = 0;
  private capacity = 1024;
  timestamp = new Float64Array(this.capacity).fill(NaN);
  positionLat = new Int32Array(this.capacity).fill(INVALID_SEMICIRCLE);
  positionLong = new Int32Array(this.capacity).fill(INVALID_SEMICIRCLE);
  altitude = new Float32Array(this.capacity).fill(NaN);
  distance = new Float64Array(this.capacity).fill(NaN);
  speed = new Float32Array(this.capacity).fill(NaN);
  heartRate = new Float32Array(this.capacity).fill(NaN);
  power = new Float32Array(this.capacity).fill(NaN);
  cadence = new Float32Array(this.capacity).fill(NaN);
  temperature = new Float32Array(this.capacity).fill(NaN);
  private readonly channels = new Map<string, DevChannel>();

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

  /** Exact-length copies, so the result holds no spare capacity. */
  finish(): FitRecordColumns {
    const n = this.length;
    const lat = this.positionLat.slice(0, n);
    const cols = {
      altitude: this.altitude.slice(0, n),
      distance: this.distance.slice(0, n),
      speed: this.speed.slice(0, n),
      heartRate: this.heartRate.slice(0, n),
      power: this.power.slice(0, n),
      cadence: this.cadence.slice(0, n),
      temperature: this.temperature.slice(0, n),
    };
    const present = new Set<keyof typeof cols | 'positions'>();
    if (lat.some((v) => v !== INVALID_SEMICIRCLE)) present.add('positions');
    for (const key of Object.keys(cols) as (keyof typeof cols)[]) {
      if (cols[key].some((v) => !Number.isNaN(v))) present.add(key);
    }
    const developer: ExtraChannel[] = [...this.channels.values()].map((ch) => ({
      name: ch.desc.name,
      units: ch.desc.units,
      values: ch.values.slice(0, n),
    }));
    return {
      length: n,
      timestamp: this.timestamp.slice(0, n),
      positionLat: lat,
      positionLong: this.positionLong.slice(0, n),
      ...cols,
      developer,
      present,
    };
  }
}
