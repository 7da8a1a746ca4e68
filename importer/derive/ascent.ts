// Total ascent and descent from an altitude channel, with a hysteresis
// threshold: a change counts only once the altitude has moved HYSTERESIS_M
// away from the last counted point, so sensor and GPS noise (a metre or two
// back and forth) adds nothing, while every real climb counts to within the
// threshold of its top. GoldenCheetah computes elevation gain this way, with
// a default "Elevation hysteresis" of 3 m (GoldenCheetah user guide, Options:
// General); we use its default so our totals compare with a tool athletes know.
export const HYSTERESIS_M = 3;

export interface AscentDescent {
  readonly ascentM: number;
  readonly descentM: number;
}

/** Ascent and descent between samples `first` and `last` (inclusive); null without two altitudes. */
export function ascentDescent(altitude: Float32Array, first: number, last: number): AscentDescent | null {
  let ref = NaN;
  let ascent = 0;
  let descent = 0;
  let seen = 0;
  for (let i = first; i <= last; i++) {
    const a = altitude[i]!;
    if (a !== a) continue;
    seen++;
    if (ref !== ref) ref = a;
    else if (a >= ref + HYSTERESIS_M) {
      ascent += a - ref;
      ref = a;
    } else if (a <= ref - HYSTERESIS_M) {
      descent += ref - a;
      ref = a;
    }
  }
  return seen >= 2 ? { ascentM: ascent, descentM: descent } : null;
}
