import { describe, expect, it } from 'vitest';
import { INVALID_SEMICIRCLE } from '../../../shared/model';
import { routePath } from './route-path';

describe('routePath', () => {
  it('draws a square loop at 60° N as a square, north up', () => {
    // At 60° N a degree of longitude is half a degree of latitude (cos 60° = 0.5).
    const lat = Float64Array.from([60, 60.01, 60.01, 60, 60]);
    const lon = Float64Array.from([10, 10, 10.02, 10.02, 10]);
    const path = routePath({ kind: 'degrees', lat, lon });
    expect(path).toEqual({
      d: 'M0 100L0 0L100 0L100 100L0 100',
      width: 100,
      height: 100,
      start: [0, 100],
      finish: [0, 100],
    });
  });

  it('skips samples without a fix and needs two with one', () => {
    const semis = (deg: number) => Math.round((deg * 2 ** 31) / 180);
    const lat = Int32Array.from([INVALID_SEMICIRCLE, semis(45), semis(45.001)]);
    const lon = Int32Array.from([INVALID_SEMICIRCLE, semis(6), semis(6)]);
    expect(routePath({ kind: 'semicircles', lat, lon })?.d).toBe('M0 100L0 0');
    expect(
      routePath({ kind: 'degrees', lat: Float64Array.from([45, NaN]), lon: Float64Array.from([6, NaN]) }),
    ).toBeNull();
  });
});
