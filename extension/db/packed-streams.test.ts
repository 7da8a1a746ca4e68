import { describe, expect, it } from 'vitest';
import { parseFit } from '../../importer';
import { INVALID_SEMICIRCLE, type Streams } from '../../shared/model';
import { makeKnownTrack } from '../../tests/support/known-track';
import { writeKnownTrackFit } from '../../tests/support/write-fit';
import { packColumn, packStreams, unpackColumn, unpackStreams, type PackedStreams } from './packed-streams';

const bytesOf = (packed: PackedStreams) =>
  Object.values(packed).reduce((n: number, v) => {
    if (typeof v !== 'object') return n;
    const columns = 'bytes' in v ? [v] : 'lat' in v ? [v.lat, v.lon] : [];
    return n + columns.reduce((m, c) => m + c.bytes.byteLength, 0);
  }, 0);

describe('packed samples', () => {
  it("give back an hour of a FIT file's samples exactly, in fewer bytes than the file", () => {
    const fit = writeKnownTrackFit(makeKnownTrack({ seconds: 3600, sport: 'cycling', start: Date.UTC(2025, 0, 1, 6) }));
    const streams = parseFit(fit, 'ride.fit').sessions[0]!.streams!;
    const packed = packStreams(streams);

    expect(unpackStreams(packed)).toEqual(streams);
    // FIT 108,450 bytes; the typed arrays 172,800; packed, 12 bytes a sample.
    expect(fit.length).toBe(108_450);
    expect(bytesOf(packed)).toBe(43_200);
    expect(packed.time).toMatchObject({ scale: 1, delta: true, width: 1 });
    expect(packed.distance).toMatchObject({ scale: 100, width: 2 });
    expect(packed.positions?.lat).toMatchObject({ type: 'i32', scale: 1, delta: true, width: 2 });
  });

  it('pack samples read back to the form they were read from, without packing them again', () => {
    const fit = writeKnownTrackFit(makeKnownTrack({ seconds: 600, sport: 'cycling', start: Date.UTC(2025, 0, 1, 6) }));
    const packed = packStreams(parseFit(fit, 'ride.fit').sessions[0]!.streams!);
    const stored = structuredClone(packed);
    const read = unpackStreams(stored);

    // The form read is what a sync's samples file is made of, and what packing those samples afresh gives.
    expect(packStreams(read)).toBe(stored);
    expect(packStreams({ ...read })).toEqual(stored);
  });

  it('pack a short column after a long one from it alone (the scratch space is shared)', () => {
    packColumn(Float64Array.from({ length: 5000 }, (_, i) => i * 1000));
    const short = Float64Array.of(3, 4, 6);
    const packed = packColumn(short);
    // Plain values fit a byte as their differences do: kept plain, from nothing but this column's samples.
    expect([packed.scale, packed.delta, packed.base, packed.width, packed.bytes.byteLength]).toEqual([
      1,
      false,
      0,
      1,
      3,
    ]);
    expect(Array.from(unpackColumn(packed))).toEqual([3, 4, 6]);
  });

  it('keep missing samples: NaN, and a position without a fix', () => {
    const streams: Streams = {
      time: Float64Array.from([0, 1, 2, 3]),
      positions: {
        kind: 'semicircles',
        lat: Int32Array.from([500_000_000, INVALID_SEMICIRCLE, 500_000_100, 500_000_150]),
        lon: Int32Array.from([INVALID_SEMICIRCLE, 100, 90, 80]),
      },
      power: Float32Array.from([NaN, 250, NaN, 0]),
    };
    const packed = packStreams(streams);
    expect(packed.positions?.lat).toMatchObject({ delta: true, base: 500_000_000, width: 1 });
    expect(unpackStreams(packed)).toEqual(streams);
  });

  it('keep a column with no grid, or with -0, as its raw bytes', () => {
    const noise = Float64Array.from([0.1234567, 1e-9, -3.3]);
    expect(packColumn(noise)).toMatchObject({ scale: 0, width: 4 });
    expect(unpackColumn(packColumn(noise))).toEqual(noise);
    const negativeZero = Float32Array.from([1, -0, 2]);
    expect(packColumn(negativeZero).scale).toBe(0);
    expect(Object.is(unpackColumn(packColumn(negativeZero))[1], -0)).toBe(true);
  });

  it('pick the scale that makes every value whole: tenths of a degree, fifths of a metre', () => {
    const temperature = Float32Array.from([20.5, 21, -3.5]);
    expect(packColumn(temperature)).toMatchObject({ scale: 10, delta: false, width: 2 });
    expect(unpackColumn(packColumn(temperature))).toEqual(temperature);
    const altitude = Float32Array.from([102.4, 102.6, 102.8, 103]);
    expect(packColumn(altitude)).toMatchObject({ scale: 10, delta: true, base: 1024, width: 1 });
    expect(unpackColumn(packColumn(altitude))).toEqual(altitude);
  });
});
