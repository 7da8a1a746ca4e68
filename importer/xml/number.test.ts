import { describe, expect, it } from 'vitest';
import { parseDecimal } from './number';

const bytes = (s: string) => new TextEncoder().encode(s);
const parse = (s: string) => parseDecimal(bytes(s), 0, s.length);

describe('parseDecimal', () => {
  it('agrees with parseFloat bit for bit on coordinates, altitudes and long fractions', () => {
    // A fixed pseudo-random sequence (LCG, Numerical Recipes constants) so the test is repeatable.
    let seed = 12345;
    const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const samples = [
      '0',
      '-0.0',
      '45',
      '38.927609380334616',
      '60.272281646728516',
      '-122.4072250',
      '1e3',
      '2.5E-3',
      '+7',
    ];
    for (let i = 0; i < 20_000; i++) {
      const v = (rand() - 0.5) * 360;
      samples.push(v.toFixed(Math.floor(rand() * 17)), String(v), v.toPrecision(1 + Math.floor(rand() * 20)));
    }
    for (const s of samples) expect(Object.is(parse(s), parseFloat(s)), s).toBe(true);
  });

  it('allows surrounding white space and rejects anything else', () => {
    expect(parse('\n  12.5 \t')).toBe(12.5);
    for (const bad of ['', ' ', '-', '.', '1.2.3', '12a', '1e', 'NaN', '0x10', '1,5'])
      expect(parse(bad), bad).toBeNaN();
    expect(parse('.5')).toBe(0.5);
    expect(parse('5.')).toBe(5);
  });
});
