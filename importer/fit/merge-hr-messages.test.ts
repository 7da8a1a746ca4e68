// The SDK's own merge (Decoder option mergeHeartRates, @garmin/fitsdk
// src/utils-hr-mesg.js) is the oracle: on the file its tests use
// (HrmPluginTestActivity.fit, test/utils-hr-mesg.test.js) every record must
// get exactly the heart rate the SDK gives it.
import { Decoder, Stream, type HrMesg, type RecordMesg } from '@garmin/fitsdk';
import { describe, expect, test } from 'vitest';
import { describeWithFixtures, fixture } from '../../tests/support/fixtures';
import { expandHeartRates, mergeHeartRates } from './merge-hr-messages';
import type { FitMessage } from './types';

function decode(bytes: Uint8Array, mergeHeartRates: boolean) {
  const { messages, errors } = new Decoder(Stream.fromByteArray(Array.from(bytes))).read({ mergeHeartRates });
  expect(errors).toEqual([]);
  return messages;
}

/** SDK hr messages in the reader's shape: timestamps as epoch ms. */
function asFitMessages(hr: readonly HrMesg[]): FitMessage[] {
  return hr.map((m) => {
    const out: Record<string, FitMessage[string]> = {};
    for (const [k, v] of Object.entries(m)) {
      if (v instanceof Date) out[k] = v.getTime();
      else if (typeof v === 'number' || Array.isArray(v)) out[k] = v as number | number[];
    }
    return out;
  });
}

describeWithFixtures('heart rate from hr messages', () => {
  const bytes = fixture('fit/garmin-sdk__HrmPluginTestActivity.fit');
  const raw = decode(bytes, false);
  const hr = asFitMessages(raw.hrMesgs ?? []);
  const records: RecordMesg[] = raw.recordMesgs ?? [];
  const timestamps = Float64Array.from(records, (r) => (r.timestamp as Date).getTime());
  const heartRate = Float32Array.from(records, (r) => r.heartRate ?? NaN);

  test('expands from the anchor beat, carrying it forward in 250 ms steps', () => {
    // The anchor message sits at 2022-08-29T18:18:30Z with bpm 71; the next
    // beat comes 3 s later, so the SDK's gap filling repeats 71 every 250 ms
    // 11 times in between (SDK test-data-expand-hr-mesgs.js lists the same).
    const { time, bpm } = expandHeartRates(hr);
    const anchor = Date.UTC(2022, 7, 29, 18, 18, 30) / 1000;
    expect(time.slice(0, 3)).toEqual([anchor, anchor + 0.25, anchor + 0.5]);
    expect(bpm.slice(0, 12)).toEqual(new Array(12).fill(71));
    expect(time[11]).toBe(anchor + 2.75);
    expect(time[12]).toBe(anchor + 3);
  });

  test('every record carries the heart rate the SDK merges onto it', () => {
    const expected = decode(bytes, true).recordMesgs ?? [];
    const { heartRate: merged, merged: count } = mergeHeartRates(hr, timestamps, heartRate);
    expect(merged.length).toBe(expected.length);
    expect(Array.from(merged)).toEqual(expected.map((r) => r.heartRate ?? NaN));
    // Most records take their value from the strap, and at least one changes.
    expect(count).toBeGreaterThan(records.length / 2);
    expect(Array.from(merged).some((v, i) => v !== heartRate[i])).toBe(true);
  });
});

describe('malformed hr messages', () => {
  test('delta messages before any anchor are skipped, not thrown on', () => {
    const hr: FitMessage[] = [{ eventTimestamp: [10, 11], filteredBpm: [100, 101] }];
    expect(expandHeartRates(hr)).toEqual({ time: [], bpm: [] });
  });

  test('a record takes the rounded mean of the beats since the previous record', () => {
    const t0 = Date.UTC(2024, 0, 1) / 1000;
    const hr: FitMessage[] = [
      { timestamp: t0 * 1000, eventTimestamp: [0], filteredBpm: [100] },
      { eventTimestamp: [0.25, 0.5, 0.75, 1], filteredBpm: [101, 102, 103, 104] },
      { eventTimestamp: [1.25], filteredBpm: [110] },
    ];
    const times = Float64Array.from([t0 * 1000, (t0 + 1) * 1000]);
    const { heartRate, merged } = mergeHeartRates(hr, times, Float32Array.from([NaN, NaN]));
    // Record 0 covers (t0 - 1, t0]: the anchor beat alone. Record 1 covers
    // (t0, t0 + 1]: 101..104, closed when the beat at t0 + 1.25 shows up.
    expect(Array.from(heartRate)).toEqual([100, Math.round((101 + 102 + 103 + 104) / 4)]);
    expect(merged).toBe(2);
  });
});
