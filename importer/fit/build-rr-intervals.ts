// R-R intervals from FIT `hrv` messages: field "time", an array of up to five
// beat-to-beat intervals in seconds (uint16, scale 1000, Garmin FIT profile).
// Unused slots hold 0xFFFF (65.535 s after scaling); the reader may also pass
// them through as NaN, so both are dropped. Everything else the device wrote
// is kept, including its placeholders when the strap lost contact: telling
// artefacts from beats is the HRV analysis's job, and it needs them in place.
import type { FitMessage } from './types';

const UNUSED_SLOT_S = 0xffff / 1000;

function isInterval(x: unknown): x is number {
  return typeof x === 'number' && x > 0 && x < UNUSED_SLOT_S;
}

function slots(m: FitMessage): readonly unknown[] {
  const v = m['time'];
  return Array.isArray(v) ? v : [v];
}

/** All intervals in file order, or undefined when the file has no hrv messages with values. */
export function buildRrIntervals(hrvMessages: readonly FitMessage[]): Float32Array | undefined {
  // Two passes so the intervals go straight into one typed array (a long
  // ride holds 100,000 of them).
  let n = 0;
  for (const m of hrvMessages) for (const x of slots(m)) if (isInterval(x)) n++;
  if (n === 0) return undefined;
  const out = new Float32Array(n);
  let i = 0;
  for (const m of hrvMessages) for (const x of slots(m)) if (isInterval(x)) out[i++] = x;
  return out;
}
