// ISO 8601 / XML Schema dateTime ("2021-01-04T16:22:18Z",
// "1901-12-13T20:45:52.2073437Z", "2020-12-27T15:43:49.000+01:00") straight
// from UTF-8 bytes to UTC epoch milliseconds. A time without a zone is taken
// as UTC: GPX 1.1 (gpx.xsd, wptType/time) says times are UTC, and TCX
// writers use UTC.

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// The points of a track share their date: the last one's day number is kept.
let cachedDate = -1;
let cachedDays = 0;

function dayNumber(year: number, month: number, day: number): number {
  const date = (year * 100 + month) * 100 + day;
  if (date !== cachedDate) {
    cachedDays = daysFromCivil(year, month, day);
    cachedDate = date;
  }
  return cachedDays;
}

/** Value of n ASCII digits at bytes[at], or -1 when one is not a digit. */
function digitsAt(bytes: Uint8Array, at: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = bytes[at + k]! - 0x30;
    if (!(c >= 0 && c <= 9)) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** UTC epoch ms of the dateTime in bytes[from, to), with any fraction of a millisecond kept; NaN when it is not one. */
export function parseIsoTime(bytes: Uint8Array, from: number, to: number): number {
  while (from < to && isSpace(bytes[from]!)) from++;
  while (to > from && isSpace(bytes[to - 1]!)) to--;
  // Fixed layout up to the seconds: YYYY-MM-DDTHH:MM:SS (19 bytes).
  if (to - from < 19) return NaN;
  const t = bytes[from + 10];
  if (bytes[from + 4] !== 0x2d || bytes[from + 7] !== 0x2d || (t !== 0x54 && t !== 0x20)) return NaN;
  if (bytes[from + 13] !== 0x3a || bytes[from + 16] !== 0x3a) return NaN;
  const year = digitsAt(bytes, from, 4);
  const month = digitsAt(bytes, from + 5, 2);
  const day = digitsAt(bytes, from + 8, 2);
  const hour = digitsAt(bytes, from + 11, 2);
  const minute = digitsAt(bytes, from + 14, 2);
  const second = digitsAt(bytes, from + 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || second < 0 || second > 60) return NaN;
  let i = from + 19;
  let fractionMs = 0;
  if (i < to && (bytes[i] === 0x2e || bytes[i] === 0x2c)) {
    i++;
    let scale = 1000;
    const begin = i;
    for (; i < to; i++) {
      const c = bytes[i]! - 0x30;
      if (!(c >= 0 && c <= 9)) break;
      scale /= 10;
      fractionMs += c * scale;
    }
    if (i === begin) return NaN;
  }
  let offsetMin = 0;
  if (i < to) {
    const sign = bytes[i]!;
    if (sign === 0x5a || sign === 0x7a)
      i++; // 'Z'
    else if (sign === 0x2b || sign === 0x2d) {
      // +HH, +HHMM or +HH:MM
      const oh = i + 3 <= to ? digitsAt(bytes, i + 1, 2) : -1;
      if (oh < 0) return NaN;
      i += 3;
      if (i < to && bytes[i] === 0x3a) i++;
      let om = 0;
      if (i < to) {
        om = i + 2 <= to ? digitsAt(bytes, i, 2) : -1;
        if (om < 0) return NaN;
        i += 2;
      }
      offsetMin = (sign === 0x2d ? -1 : 1) * (oh * 60 + om);
    } else return NaN;
  }
  if (i !== to) return NaN;
  const days = dayNumber(year, month, day);
  return ((days * 24 + hour) * 60 + minute - offsetMin) * 60_000 + second * 1000 + fractionMs;
}
