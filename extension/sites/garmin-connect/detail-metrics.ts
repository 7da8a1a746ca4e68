// Garmin Connect's activity details (activity-service/activity/{id}/details)
// -> document streams. The answer is column-encoded: metricDescriptors
// [{ key, metricsIndex, unit }] name the columns of every
// activityDetailMetrics[i].metrics row (tapiriik reads this endpoint,
// cpfair/tapiriik tapiriik/services/GarminConnect/garminconnect.py; the keys
// below are the ones public clients read, e.g. directTimestamp (epoch ms),
// sumElapsedDuration (s), directLatitude/directLongitude (degrees),
// directElevation (m), sumDistance (m), directSpeed (m/s), directHeartRate,
// directPower, directBikeCadence, directRunCadence, directDoubleCadence,
// directAirTemperature (°C)). directRunCadence is already per leg (strides
// per minute, FIT's and the model's unit); directDoubleCadence is steps per
// minute (docs/domain.md, Garmin Connect, after tapiriik and python-garminconnect
// era clients), so only that one is halved.
import type { ActivityStreams } from '../../../importer';
import { asObject, list, num, text } from '../json-fields';

function column(
  rows: readonly (readonly unknown[] | null)[],
  index: number | undefined,
): (number | null)[] | undefined {
  if (index === undefined) return undefined;
  return rows.map((r) => {
    const v = r?.[index];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  });
}

/** The details' columns as document streams, times relative to `start` (epoch ms); null without a time column. */
export function garminDetailStreams(json: unknown, start: number): ActivityStreams | null {
  const d = asObject(json);
  const index = new Map<string, number>();
  for (const desc of list(d?.metricDescriptors) ?? []) {
    const o = asObject(desc);
    const key = text(o, 'key');
    const at = num(o, 'metricsIndex');
    if (key !== null && at !== null) index.set(key, at);
  }
  const rows = (list(d?.activityDetailMetrics) ?? []).map((r) => list(asObject(r)?.metrics));
  const col = (key: string) => column(rows, index.get(key));
  const timestamps = col('directTimestamp');
  const time = timestamps
    ? timestamps.map((t) => (t === null ? null : (t - start) / 1000))
    : (col('sumElapsedDuration') ?? col('sumDuration'));
  if (!time || time.some((t) => t === null)) return null;
  const doubleCadence = col('directDoubleCadence');
  const cadence =
    col('directBikeCadence') ?? col('directRunCadence') ?? doubleCadence?.map((c) => (c === null ? null : c / 2));
  const streams = {
    time: time as number[],
    lat: col('directLatitude'),
    lon: col('directLongitude'),
    altitude: col('directElevation'),
    distance: col('sumDistance'),
    speed: col('directSpeed'),
    heartRate: col('directHeartRate'),
    power: col('directPower'),
    cadence,
    temperature: col('directAirTemperature'),
  };
  return Object.fromEntries(Object.entries(streams).filter(([, v]) => v !== undefined)) as unknown as ActivityStreams;
}
