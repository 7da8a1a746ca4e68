// intervals.icu's streams (/activity/{id}/streams.json?types=... under /api/ or /api/v1/) ->
// document streams. The answer is a list of { type, data, data2? }; "latlng"
// carries latitudes in data and longitudes in data2 (intervals.icu API docs,
// https://intervals.icu/api/v1/docs, schema "ActivityStream"; the same shape in
// public clients' ActivityStream models: type, name, data, data2).
import type { ActivityStreams } from '../../../importer';
import { asObject, list, numbers, text } from '../json-fields';

export const INTERVALS_STREAM_TYPES = [
  'time',
  'latlng',
  'altitude',
  'distance',
  'velocity_smooth',
  'heartrate',
  'watts',
  'cadence',
  'temp',
];

const CHANNELS: Readonly<Record<string, keyof ActivityStreams>> = {
  altitude: 'altitude',
  distance: 'distance',
  velocity_smooth: 'speed',
  heartrate: 'heartRate',
  watts: 'power',
  cadence: 'cadence',
  temp: 'temperature',
};

/** The streams as document streams; null without a time stream. */
export function intervalsStreams(json: unknown): ActivityStreams | null {
  const out: Record<string, (number | null)[]> = {};
  for (const item of list(json) ?? []) {
    const s = asObject(item);
    const type = text(s, 'type');
    const data = numbers(s?.data);
    if (type === null || data === null) continue;
    if (type === 'time') out.time = data;
    else if (type === 'latlng') {
      const lon = numbers(s?.data2);
      if (lon !== null) {
        out.lat = data;
        out.lon = lon;
      }
    } else {
      const channel = CHANNELS[type];
      if (channel) out[channel] = data;
    }
  }
  if (!out.time || out.time.some((t) => t === null)) return null;
  return out as unknown as ActivityStreams;
}
