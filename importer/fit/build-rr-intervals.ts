// R-R intervals for the session, from the reader's column of FIT hrv `time`
// values (uint16, scale 1000, s; Garmin FIT profile), where unused 0xFFFF
// slots are already dropped. A zero is no beat either, so it goes too.
// Everything else the device wrote is kept, including its placeholders when
// the strap lost contact: telling artefacts from beats is the HRV analysis's
// job, and it needs them in place.

/** The intervals in file order, or undefined when there are none. */
export function buildRrIntervals(column: Float32Array): Float32Array | undefined {
  let n = 0;
  for (let i = 0; i < column.length; i++) if (column[i]! > 0) n++;
  if (n === 0) return undefined;
  return n === column.length ? column : column.filter((x) => x > 0);
}
