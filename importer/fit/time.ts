// FIT date_time: seconds since 1989-12-31T00:00:00Z (FIT protocol document,
// "date_time"; @garmin/fitsdk utils.js FIT_EPOCH_MS).
const FIT_EPOCH_S = 631_065_600;

/** FIT seconds to UTC epoch milliseconds. */
export function fitTimeToMs(seconds: number): number {
  return (seconds + FIT_EPOCH_S) * 1000;
}

/** UTC epoch milliseconds to FIT seconds (whole). */
export function msToFitTime(ms: number): number {
  return Math.round(ms / 1000) - FIT_EPOCH_S;
}
