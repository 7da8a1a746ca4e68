// The published training-load formulas, each on plain numbers.
import type { Sex } from '../profile/types';

const SECONDS_PER_HOUR = 3600;

/**
 * Power TSS = seconds x NP x IF / (FTP x 3600) x 100, IF = NP / FTP: one hour at
 * FTP is 100 (Coggan's definition; Elevate ActivityComputer.computePowerStressScore,
 * Sauce calcTSS).
 */
export function powerTss(seconds: number, np: number, ftp: number): number {
  const intensity = np / ftp;
  return ((seconds * np * intensity) / (ftp * SECONDS_PER_HOUR)) * 100;
}

/**
 * Running stress: the power TSS shape on (grade-adjusted) speed over threshold
 * speed (Elevate ActivityComputer.computeRunningStressScore).
 */
export function runningTss(seconds: number, speed: number, thresholdSpeed: number): number {
  const intensity = speed / thresholdSpeed;
  return ((seconds * speed * intensity) / (thresholdSpeed * SECONDS_PER_HOUR)) * 100;
}

/**
 * Swim stress = IF^3 x elapsed hours x 100, IF = (distance / moving time) / critical
 * swim speed (Elevate ActivityComputer.computeSwimStressScore: the cube because
 * drag rises with the cube of speed).
 */
export function swimTss(distanceM: number, movingS: number, elapsedS: number, css: number): number {
  const intensity = distanceM / movingS / css;
  return intensity ** 3 * (elapsedS / SECONDS_PER_HOUR) * 100;
}

/** Banister's sex factor k: 1.92 men, 1.67 women (GoldenCheetah TRIMPPoints.cpp, Elevate). Unknown sex uses the men's value, as both do by default. */
export function trimpSexFactor(sex: Sex | null): number {
  return sex === 'female' ? 1.67 : 1.92;
}

/** Heart-rate reserve fraction (HR - rest) / (max - rest) (Karvonen). */
export function heartRateReserve(hr: number, restHr: number, maxHr: number): number {
  return (hr - restHr) / (maxHr - restHr);
}

/**
 * Banister TRIMP for `minutes` at one heart rate: minutes x HRR x 0.64 x e^(k x HRR)
 * (Morton/Banister with Green's coefficient, GoldenCheetah TRIMPPoints.cpp). Heart
 * rates below rest add nothing, as GoldenCheetah scores them 0.
 */
export function trimpAt(minutes: number, hr: number, restHr: number, maxHr: number, k: number): number {
  const hrr = heartRateReserve(hr, restHr, maxHr);
  return hrr <= 0 ? 0 : minutes * hrr * 0.64 * Math.exp(k * hrr);
}

/**
 * The threshold heart rate Elevate assumes when none is set: rest + 0.85 x (max - rest)
 * (docs/domain.md, "hrTSS").
 */
export function defaultThresholdHr(restHr: number, maxHr: number): number {
  return restHr + 0.85 * (maxHr - restHr);
}

/**
 * hrTSS = TRIMP / TRIMP(one hour at threshold HR) x 100 (GoldenCheetah TRIMP100Points,
 * Elevate computeHeartRateStressScore).
 */
export function hrTss(trimp: number, thresholdHr: number, restHr: number, maxHr: number, k: number): number {
  return (trimp / trimpAt(60, thresholdHr, restHr, maxHr, k)) * 100;
}

/** Session-RPE load = RPE (0-10) x minutes (Foster et al. 2001; GoldenCheetah SessionRPE). */
export function sessionRpeLoad(rpe: number, minutes: number): number {
  return rpe * minutes;
}
