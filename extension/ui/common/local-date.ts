// Calendar days in the browser's own time zone, as <input type="date"> writes
// them ('YYYY-MM-DD'); an instant's own local day is shared/analytics'
// localIsoDate. A threshold set "from 1 June" takes effect at local midnight,
// so a session early on 1 June local time already uses it.

/** Local midnight of an ISO day, or null when the text is not a real day. */
export function localMidnight(isoDay: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(year, month - 1, day);
  // Date rolls 31 February over into March; such a day does not exist.
  return date.getMonth() === month - 1 && date.getDate() === day ? date.getTime() : null;
}
