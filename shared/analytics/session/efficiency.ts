import { activeMean } from './channels';
import { normalizedPower } from './normalized-power';

/**
 * Efficiency factor (Friel / TrainingPeaks): output per heartbeat. For rides
 * NP / average HR (W/bpm); for runs speed in metres per minute / average HR
 * ((m/min)/bpm). Rising EF at the same effort is aerobic fitness improving.
 */
export function efficiencyFactor(output1Hz: Float32Array, hr1Hz: Float32Array, kind: 'power' | 'speed'): number | null {
  const hr = activeMean(hr1Hz);
  if (!(hr > 0)) return null;
  if (kind === 'power') {
    const np = normalizedPower(output1Hz);
    return np === null ? null : np / hr;
  }
  const speed = activeMean(output1Hz);
  return Number.isNaN(speed) ? null : (speed * 60) / hr;
}

/**
 * Aerobic decoupling, Pa:HR or Pw:HR (Friel, "The Cyclist's Training Bible";
 * TrainingPeaks): the output:HR ratio of the first half of the moving time
 * against the second, (EF1 - EF2) / EF1 in percent. Under 5 % on a long steady
 * session is taken as aerobic endurance in place.
 */
export function aerobicDecoupling(output1Hz: Float32Array, hr1Hz: Float32Array): number | null {
  const moving: number[] = [];
  for (let k = 0; k < Math.min(output1Hz.length, hr1Hz.length); k++) {
    if (!Number.isNaN(output1Hz[k]!) && !Number.isNaN(hr1Hz[k]!)) moving.push(k);
  }
  if (moving.length < 2) return null;
  const split = moving[Math.floor(moving.length / 2)]!;
  const ratio = (from: number, to: number) => activeMean(output1Hz, from, to) / activeMean(hr1Hz, from, to);
  const first = ratio(0, split);
  const second = ratio(split, output1Hz.length);
  if (!(first > 0) || Number.isNaN(second)) return null;
  return ((first - second) / first) * 100;
}
