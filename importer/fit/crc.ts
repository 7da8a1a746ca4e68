// FIT CRC-16 (CRC-16/ARC: reflected polynomial 0xA001, initial value 0), as in
// the FIT SDK's crc-calculator.js and the FIT protocol document ("File CRC").
// The SDK feeds a 16-entry table a nibble at a time; this folds the two nibble
// steps into a 256-entry table so the file CRC costs one look-up per byte.
const NIBBLE = [
  0x0000, 0xcc01, 0xd801, 0x1400, 0xf001, 0x3c00, 0x2800, 0xe401,
  0xa001, 0x6c00, 0x7800, 0xb401, 0x5000, 0x9c01, 0x8801, 0x4400,
];

function nibbleStep(crc: number, nibble: number): number {
  return ((crc >> 4) & 0x0fff) ^ NIBBLE[crc & 0xf]! ^ NIBBLE[nibble]!;
}

// The update is linear, so crc' = (crc >> 8) ^ T0[(crc ^ byte) & 0xff], where
// T0[i] is the SDK's update of a zero CRC by byte i. T1..T3 extend it to
// "slicing by 4" (Intel's slicing-by-N CRC method): Tk[i] is T0[i] followed by
// k zero bytes, so four bytes cost four independent look-ups.
const T0 = new Uint16Array(256);
const T1 = new Uint16Array(256);
const T2 = new Uint16Array(256);
const T3 = new Uint16Array(256);
for (let i = 0; i < 256; i++) T0[i] = nibbleStep(nibbleStep(0, i & 0xf), i >> 4);
for (let i = 0; i < 256; i++) {
  T1[i] = (T0[i]! >> 8) ^ T0[T0[i]! & 0xff]!;
  T2[i] = (T1[i]! >> 8) ^ T0[T1[i]! & 0xff]!;
  T3[i] = (T2[i]! >> 8) ^ T0[T2[i]! & 0xff]!;
}

/** CRC of bytes[start, end). */
export function fitCrc(bytes: Uint8Array, start: number, end: number): number {
  let c = 0;
  let i = start;
  for (; i + 4 <= end; i += 4) {
    const x = c ^ (bytes[i]! | (bytes[i + 1]! << 8));
    c = T3[x & 0xff]! ^ T2[x >> 8]! ^ T1[bytes[i + 2]!]! ^ T0[bytes[i + 3]!]!;
  }
  for (; i < end; i++) c = T0[(c ^ bytes[i]!) & 0xff]! ^ (c >> 8);
  return c;
}
