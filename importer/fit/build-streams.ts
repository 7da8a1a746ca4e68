// The model's columnar streams from the reader's record columns. Columns are
// shared, not copied: the reader made them for this file alone.
import { type Streams, withoutUnmeasuredChannels } from '../../shared/model';
import type { FitRecordColumns } from './types';

// Apps without a strap (Zwift) write 0 bpm where FIT expects the invalid
// value; no heart beats at 0, so those samples are missing.
function withoutZeroBeats(hr: Float32Array): Float32Array {
  return hr.includes(0) ? hr.map((v) => (v === 0 ? NaN : v)) : hr;
}

/**
 * Streams with time in seconds since `startMs`; only channels with at least
 * one value are present, and no channel of zeros alone (unmeasured-channels.ts),
 * so the summary derived from the records never averages one. `heartRate` replaces the record column when hr
 * messages were merged onto it.
 */
export function buildStreams(records: FitRecordColumns, startMs: number, heartRate: Float32Array | null): Streams {
  const time = new Float64Array(records.length);
  for (let i = 0; i < time.length; i++) time[i] = (records.timestamp[i]! - startMs) / 1000;
  const has = records.present;
  const hr = heartRate ?? (has.has('heartRate') ? withoutZeroBeats(records.heartRate) : null);
  return withoutUnmeasuredChannels({
    time,
    ...(has.has('positions') && {
      positions: { kind: 'semicircles', lat: records.positionLat, lon: records.positionLong } as const,
    }),
    ...(has.has('altitude') && { altitude: records.altitude }),
    ...(has.has('distance') && { distance: records.distance }),
    ...(has.has('speed') && { speed: records.speed }),
    ...(hr && { heartRate: hr }),
    ...(has.has('power') && { power: records.power }),
    ...(has.has('cadence') && { cadence: records.cadence }),
    ...(has.has('temperature') && { temperature: records.temperature }),
    ...(records.developer.length > 0 && { extra: records.developer }),
  });
}
