import { describe, expect, it } from 'vitest';
import { findNumbers } from './find-numbers';

/** [as written, dimension:base in the base unit, ...] per number. */
const read = (text: string) =>
  findNumbers(text).map((t) => [t.text, ...t.readings.map((q) => `${q.dimension}:${+q.base.toFixed(3)}`)]);

describe('findNumbers', () => {
  it('reads each unit into its base unit', () => {
    expect(
      read('42.2 km, 500 m, 26.2 mi, 2.5 h, 45 min, 30 s, 245 W, 12%, 12 km/h, 4:30/km, 1:45/100m, 7:15/mi, 148 bpm'),
    ).toEqual([
      ['42.2 km', 'distance:42200'],
      ['500 m', 'distance:500'],
      ['26.2 mi', 'distance:42164.813'],
      ['2.5 h', 'duration:9000'],
      ['45 min', 'duration:2700'],
      ['30 s', 'duration:30'],
      ['245 W', 'power:245'],
      ['12%', 'percent:12'],
      ['12 km/h', 'speed:3.333'],
      ['4:30/km', 'pace:270'],
      ['1:45/100m', 'pace:1050'],
      ['7:15/mi', 'pace:270.296'],
      ['148 bpm', 'other:148'],
    ]);
  });

  it('reads a two-part clock both ways unless a unit says which', () => {
    expect(read('23:45, 1:20 h, 23:45 min, 1:02:03')).toEqual([
      ['23:45', 'duration:1425', 'duration:85500'],
      ['1:20 h', 'duration:4800'],
      ['23:45 min', 'duration:1425'],
      ['1:02:03', 'duration:3723'],
    ]);
  });

  it('reads signs, thousands separators and ranges', () => {
    expect(read('TSB -12, \u22123.8%, +10%, 1,234.5 m, 200-220 W, 5 to 8 km')).toEqual([
      ['-12', 'other:-12'],
      ['\u22123.8%', 'percent:-3.8'],
      ['+10%', 'percent:10'],
      ['1,234.5 m', 'distance:1234.5'],
      ['200', 'power:200'],
      ['220 W', 'power:220'],
      ['5', 'distance:5000'],
      ['8 km', 'distance:8000'],
    ]);
  });

  it('does not split words and names into numbers', () => {
    expect(read('VO2max, 4x5 min, a1b2, 3 sessions, 3 hard intervals')).toEqual([
      ['3', 'other:3'],
      ['3', 'other:3'],
    ]);
  });
});
