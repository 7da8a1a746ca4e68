// Decimal numbers straight from UTF-8 bytes, without making a string: the
// coordinates, altitudes and heart rates of a track are most of its text.
//
// Fast path (Clinger, "How to Read Floating Point Numbers Accurately", PLDI
// 1990): when the digits form an integer below 2^53 and the power of ten is
// at most 10^22, both are exact doubles and one IEEE division or
// multiplication rounds correctly, so the result equals parseFloat's. Longer
// numbers fall back to parseFloat.

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
  if (mantissa >= MAX_EXACT || scale < -22 || scale > 22) return slowParse(bytes, from, to);
  const value = scale < 0 ? mantissa / POW10[-scale]! : mantissa * POW10[scale]!;
  return negative ? -value : value;
}

function slowParse(bytes: Uint8Array, from: number, to: number): number {
  // The bytes are ASCII digits here: one char code each.
  return Number(String.fromCharCode.apply(null, bytes.subarray(from, to) as unknown as number[]));
}
