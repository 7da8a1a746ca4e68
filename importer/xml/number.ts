// Decimal numbers straight from UTF-8 bytes, without making a string: the
// coordinates, altitudes and heart rates of a track are most of its text.
//
// Fast path (Clinger, "How to Read Floating Point Numbers Accurately", PLDI
// 1990): when the digits form an integer below 2^53 and the power of ten is
// at most 10^22, both are exact doubles and one IEEE division or
// multiplication rounds correctly, so the result equals parseFloat's. Up to
// 19 digits with a fraction go through longQuotient below; anything else
// falls back to Number().

const POW10 = Float64Array.from({ length: 23 }, (_, i) => 10 ** i);
const MAX_EXACT = 2 ** 53;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** The number written in bytes[from, to) (surrounding XML whitespace allowed), or NaN when it is not one. */
export function parseDecimal(bytes: Uint8Array, from: number, to: number): number {
  while (from < to && isSpace(bytes[from]!)) from++;
  while (to > from && isSpace(bytes[to - 1]!)) to--;
  if (from === to) return NaN;
  let i = from;
  let negative = false;
  let c = bytes[i]!;
  if (c === 0x2d || c === 0x2b) {
    negative = c === 0x2d;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  for (; i < to; i++) {
    c = bytes[i]! - 0x30;
    if (c < 0 || c > 9) break;
    mantissa = mantissa * 10 + c;
    digits++;
  }
  if (i < to && bytes[i] === 0x2e) {
    for (i++; i < to; i++) {
      c = bytes[i]! - 0x30;
      if (c < 0 || c > 9) break;
      mantissa = mantissa * 10 + c;
      digits++;
      scale--;
    }
  }
  if (digits === 0) return NaN;
  if (i < to && (bytes[i] === 0x65 || bytes[i] === 0x45)) {
    i++;
    let expNegative = false;
    if (i < to && (bytes[i] === 0x2d || bytes[i] === 0x2b)) expNegative = bytes[i++] === 0x2d;
    let exp = 0;
    let expDigits = 0;
    for (; i < to; i++) {
      c = bytes[i]! - 0x30;
      if (c < 0 || c > 9) break;
      exp = exp * 10 + c;
      expDigits++;
    }
    if (expDigits === 0) return NaN;
    scale += expNegative ? -exp : exp;
  }
  if (i !== to) return NaN;
  let value: number;
  if (mantissa < MAX_EXACT && scale >= -22 && scale <= 22)
    value = scale < 0 ? mantissa / POW10[-scale]! : mantissa * POW10[scale]!;
  else if (digits <= 19 && scale < 0 && scale >= -22) value = longQuotient(bytes, from, to, -scale);
  else value = NaN;
  if (value !== value) return slowParse(bytes, from, to);
  return negative ? -value : value;
}

// 16 to 19 significant digits, as String() writes any double: the digits as
// an exact double-double, divided by 10^k with the remainder (error-free
// transformations: T. J. Dekker, "A floating-point technique for extending
// the available precision", Numer. Math. 18, 1971). The quotient is exact to
// well within 2^-100 of its value; when that leaves the rounding in doubt
// (the value lies that close to a midpoint between two doubles) NaN sends the
// number to Number(), so the result always equals parseFloat's.

const SPLITTER = 134217729; // 2^27 + 1

/** The rounding error of the product p = a * b, so that a * b = p + error exactly (Dekker's TwoProduct). */
function productError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** The digits in bytes[from, to) (a sign, point and exponent are skipped; at most 19 digits) over 10^k, correctly rounded; NaN when undecided. */
function longQuotient(bytes: Uint8Array, from: number, to: number, k: number): number {
  // m = hi * 10^loDigits + lo with hi < 10^15 and lo < 10^4: each an exact double.
  let hi = 0;
  let lo = 0;
  let loDigits = 0;
  for (let i = from; i < to; i++) {
    const c = bytes[i]! - 0x30;
    if (c === 0x65 - 0x30 || c === 0x45 - 0x30) break; // the exponent, already in k
    if (c < 0 || c > 9) continue;
    if (hi < 1e14) hi = hi * 10 + c;
    else {
      lo = lo * 10 + c;
      loDigits++;
    }
  }
  const scaleLo = POW10[loDigits]!;
  const p = hi * scaleLo;
  const pe = productError(hi, scaleLo, p);
  const m = p + lo;
  const me = p - (m - (m - p)) + (lo - (m - p)) + pe;
  const mHi = m + me;
  const mLo = me - (mHi - m);
  // (mHi + mLo) / d as q0 + q1.
  const d = POW10[k]!;
  const q0 = mHi / d;
  const qd = q0 * d;
  const q1 = (mHi - qd - productError(q0, d, qd) + mLo) / d;
  // Rounding is monotonic: when both ends of the interval of doubt round to
  // the same double, so does the true quotient inside it.
  const doubt = q0 * 2 ** -100;
  const low = q0 + (q1 - doubt);
  return low === q0 + (q1 + doubt) ? low : NaN;
}

// Reused for every slow parse: String.fromCharCode over a plain array is
// about 1.6x as fast as over a typed subarray (measured on Node 20).
const charCodes: number[] = [];

function slowParse(bytes: Uint8Array, from: number, to: number): number {
  // The bytes are ASCII digits, signs, a point and an exponent here: one char code each.
  charCodes.length = to - from;
  for (let i = from; i < to; i++) charCodes[i - from] = bytes[i]!;
  return Number(String.fromCharCode.apply(null, charCodes));
}
