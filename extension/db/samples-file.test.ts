import { describe, expect, it } from 'vitest';
import { parseFit } from '../../importer';
import { INVALID_SEMICIRCLE, type Streams } from '../../shared/model';
import { toSyncJson } from '../../shared/sync/value-codec';
import { makeKnownTrack } from '../../tests/support/known-track';
import { writeKnownTrackFit } from '../../tests/support/write-fit';
import { decodeSamplesFile, encodeSamplesFile } from './samples-file';

describe('samples files', () => {
  it("hold an hour of a FIT file's samples exactly in a sixth of their JSON", () => {
    const fit = writeKnownTrackFit(makeKnownTrack({ seconds: 3600, sport: 'cycling', start: Date.UTC(2025, 0, 1, 6) }));
    const streams = parseFit(fit, 'ride.fit').sessions[0]!.streams!;

    const file = encodeSamplesFile(streams);

    expect(decodeSamplesFile(file)).toEqual(streams);
    // 43,200 bytes of packed columns and their header, against the JSON sync sent before.
    expect(file.length).toBe(44_133);
    expect(new TextEncoder().encode(toSyncJson(streams)).length).toBe(282_725);
  });

  it('carry missing samples, extra channels and the session’s beat-to-beat intervals bit for bit', () => {
    const content: Streams & { rrIntervalsS: Float32Array } = {
      time: Float64Array.from([0, 1, 2, 3]),
      power: Float32Array.from([NaN, 250, NaN, 0]),
      positions: {
        kind: 'semicircles',
        lat: Int32Array.from([500_000_000, INVALID_SEMICIRCLE, 500_000_100, 500_000_150]),
        lon: Int32Array.from([INVALID_SEMICIRCLE, 100, 90, 80]),
      },
      extra: [{ name: 'smo2', units: '%', values: Float64Array.from([61.2, 60.9, NaN, 0.1234567]) }],
      rrIntervalsS: Float32Array.from([1, 1.033, 1.044, 5]),
    };

    expect(decodeSamplesFile(encodeSamplesFile(content))).toEqual(content);
  });

  it('encode the same samples to the same bytes whatever order their channels were set in (the hash names them)', () => {
    const time = Float64Array.from([0, 1, 2]);
    const power = Float32Array.from([200, 210, 190]);
    expect(encodeSamplesFile({ power, time })).toEqual(encodeSamplesFile({ time, power }));
  });

  it('refuse a file cut short, naming what is missing', () => {
    const file = encodeSamplesFile({ time: Float64Array.from([0, 1, 2]), power: Float32Array.from([1, 2, 3]) });
    expect(() => decodeSamplesFile(file.subarray(0, 2))).toThrow(
      'A samples file of 2 bytes is too short for its header',
    );
    expect(() => decodeSamplesFile(file.subarray(0, 20))).toThrow(
      /^A samples file's header says \d+ bytes, but the file holds 20$/,
    );
    expect(() => decodeSamplesFile(file.subarray(0, file.length - 1))).toThrow(
      'A samples file ends before its columns do',
    );
  });
});
