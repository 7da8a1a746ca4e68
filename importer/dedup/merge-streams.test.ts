import { describe, expect, it } from 'vitest';
import { INVALID_SEMICIRCLE } from '../../shared/model';
import { mergeStreams } from './merge-streams';

const time = (...t: number[]) => new Float64Array(t);

describe('mergeStreams', () => {
  it('takes the chosen channels from the other source, by nearest sample within 5 s', () => {
    const primary = { time: time(0, 1, 2, 3, 20), power: new Float32Array([200, 210, 220, 230, 240]) };
    // The other source started 1 s later and has heart rate, but nothing near t=20.
    const other = {
      time: time(0, 1, 2),
      heartRate: new Float32Array([120, 121, 122]),
      power: new Float32Array([1, 1, 1]),
    };
    const merged = mergeStreams(primary, other, 1, new Set(['heartRate']))!;
    expect(Array.from(merged.heartRate!)).toEqual([120, 120, 121, 122, NaN]);
    expect(merged.power).toBe(primary.power); // the primary's own channel stays
    expect(merged.time).toBe(primary.time);
  });

  it('takes distance with speed, and keeps the primary’s positions unless they are chosen', () => {
    const primary = {
      time: time(0, 1),
      speed: new Float32Array([3, 3]),
      distance: new Float64Array([0, 3]),
      positions: { kind: 'degrees', lat: new Float64Array([1, 1]), lon: new Float64Array([2, 2]) } as const,
    };
    const other = {
      time: time(0, 1),
      speed: new Float32Array([4, 4]),
      distance: new Float64Array([0, 4]),
      positions: { kind: 'degrees', lat: new Float64Array([9, 9]), lon: new Float64Array([9, 9]) } as const,
    };
    const merged = mergeStreams(primary, other, 0, new Set(['speed']))!;
    expect(Array.from(merged.speed!)).toEqual([4, 4]);
    expect(Array.from(merged.distance!)).toEqual([0, 4]);
    expect(merged.positions).toBe(primary.positions);
  });

  it('fills positions in the other source’s precision, invalid where none is near', () => {
    const primary = { time: time(0, 10) };
    const other = {
      time: time(0),
      positions: { kind: 'semicircles', lat: new Int32Array([5]), lon: new Int32Array([6]) } as const,
    };
    expect(mergeStreams(primary, other, 0, new Set(['positions']))!.positions).toEqual({
      kind: 'semicircles',
      lat: new Int32Array([5, INVALID_SEMICIRCLE]),
      lon: new Int32Array([6, INVALID_SEMICIRCLE]),
    });
  });

  it('replaces a chosen all-NaN channel, and adds extra channels by name', () => {
    const primary = {
      time: time(0),
      altitude: new Float32Array([NaN]),
      extra: [{ name: 'Form Power', units: 'W', values: new Float64Array([50]) }],
    };
    const other = {
      time: time(0),
      altitude: new Float32Array([12]),
      extra: [
        { name: 'Form Power', units: 'W', values: new Float64Array([99]) },
        { name: 'Leg Spring', units: 'kN/m', values: new Float64Array([9]) },
      ],
    };
    const merged = mergeStreams(primary, other, 0, new Set(['altitude']))!;
    expect(Array.from(merged.altitude!)).toEqual([12]);
    expect(merged.extra!.map((c) => [c.name, c.values[0]])).toEqual([
      ['Form Power', 50],
      ['Leg Spring', 9],
    ]);
  });

  it('shifts the other streams onto the primary start when the primary has none', () => {
    const other = { time: time(0, 1), heartRate: new Float32Array([100, 101]) };
    expect(Array.from(mergeStreams(undefined, other, 2, new Set())!.time)).toEqual([2, 3]);
  });
});
