// FIT base types (FIT protocol document, "Base Types"; @garmin/fitsdk fit.js
// BaseTypeDefinitions): the low 5 bits of a field definition's base type byte.
export const BT_ENUM = 0x00;
export const BT_SINT8 = 0x01;
export const BT_UINT8 = 0x02;
export const BT_SINT16 = 0x03;
export const BT_UINT16 = 0x04;
export const BT_SINT32 = 0x05;
export const BT_UINT32 = 0x06;
export const BT_STRING = 0x07;
export const BT_FLOAT32 = 0x08;
export const BT_FLOAT64 = 0x09;
export const BT_UINT8Z = 0x0a;
export const BT_UINT16Z = 0x0b;
export const BT_UINT32Z = 0x0c;
export const BT_BYTE = 0x0d;
export const BT_SINT64 = 0x0e;
export const BT_UINT64 = 0x0f;
export const BT_UINT64Z = 0x10;

/** Size in bytes, by base type number. */
const SIZES = [1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8];

/**
 * The raw value that means "no value", as `readRaw` returns it. Floats are
 * invalid when all bits are set, which reads as NaN; 64-bit integers are read
 * into doubles, where 2^64 - 1 and 2^63 - 1 round to these powers of two.
 */
const INVALID = [
  0xff,
  0x7f,
  0xff,
  0x7fff,
  0xffff,
  0x7fffffff,
  0xffffffff,
  0,
  NaN,
  NaN,
  0,
  0,
  0,
  0xff,
  2 ** 63,
  2 ** 64,
  0,
];

/** Base type numbers above 0x10 are not defined; such fields are read as bytes. */
export function normalizeBaseType(byte: number): number {
  const t = byte & 0x1f;
  return t <= BT_UINT64Z ? t : BT_BYTE;
}

export function baseTypeSize(baseType: number): number {
  return SIZES[baseType]!;
}

export function invalidValue(baseType: number): number {
  return INVALID[baseType]!;
}

/** True when a raw value is the base type's invalid value (NaN counts for floats). */
export function isInvalid(value: number, invalid: number): boolean {
  return value === invalid || value !== value;
}

/** Reads one value of a numeric base type at `at`. Strings are handled apart. */
export function readRaw(b: Uint8Array, at: number, baseType: number, littleEndian: boolean): number {
  switch (baseType) {
    case BT_SINT8:
      return (b[at]! << 24) >> 24;
    case BT_SINT16:
      return littleEndian ? ((b[at]! | (b[at + 1]! << 8)) << 16) >> 16 : (((b[at]! << 8) | b[at + 1]!) << 16) >> 16;
    case BT_UINT16:
    case BT_UINT16Z:
      return littleEndian ? b[at]! | (b[at + 1]! << 8) : (b[at]! << 8) | b[at + 1]!;
    case BT_SINT32:
      return littleEndian
        ? b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)
        : (b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!;
    case BT_UINT32:
    case BT_UINT32Z:
      return littleEndian
        ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0
        : ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
    case BT_FLOAT32:
    case BT_FLOAT64:
    case BT_SINT64:
    case BT_UINT64:
    case BT_UINT64Z:
      return readWide(b, at, baseType, littleEndian);
    default:
      return b[at]!;
  }
}

/** Floats and 64-bit integers, kept out of readRaw so that stays small enough to inline. */
function readWide(b: Uint8Array, at: number, baseType: number, littleEndian: boolean): number {
  if (baseType === BT_FLOAT32) return readFloat(b, at, 4, littleEndian);
  if (baseType === BT_FLOAT64) return readFloat(b, at, 8, littleEndian);
  return read64(b, at, baseType === BT_SINT64, littleEndian);
}

const floatView = new DataView(new ArrayBuffer(8));

function readFloat(b: Uint8Array, at: number, size: number, littleEndian: boolean): number {
  for (let i = 0; i < size; i++) floatView.setUint8(i, b[at + i]!);
  return size === 4 ? floatView.getFloat32(0, littleEndian) : floatView.getFloat64(0, littleEndian);
}

/** 64-bit integers as doubles: exact up to 2^53, which covers every value FIT profiles give them. */
function read64(b: Uint8Array, at: number, signed: boolean, littleEndian: boolean): number {
  let v = 0;
  for (let i = 0; i < 8; i++) v = v * 256 + b[littleEndian ? at + 7 - i : at + i]!;
  const negative = signed && (b[littleEndian ? at + 7 : at]! & 0x80) !== 0;
  return negative ? v - 2 ** 64 : v;
}
