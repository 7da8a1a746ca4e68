// Form (TSB) as Today writes it: one decimal, "+" on positive values, never "-0.0".
import type { Format } from '../units/format';

export function signed(format: Format, v: number): string {
  const r = Math.round(v * 10) / 10 || 0;
  return `${r > 0 ? '+' : ''}${format.number(r, 1)}`;
}
