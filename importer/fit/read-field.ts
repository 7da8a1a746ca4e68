// Reading one field's bytes into raw (unscaled) values.
import { baseTypeSize, BT_STRING, invalidValue, isInvalid, readRaw } from './base-types';

/** A field's raw value: one number, several (arrays; invalid elements kept as read), or a string. */
export type RawValue = number | number[] | string;

const utf8 = new TextDecoder('utf-8');

/**
 * Reads a field of `size` bytes at `at`. Returns undefined when it holds no
 * value: every element invalid, an empty string, or fewer bytes than one value.
 * Strings are UTF-8 up to the first NUL (FIT "string" base type).
 */
export function readField(
  b: Uint8Array,
  at: number,
  size: number,
  baseType: number,
  le: boolean,
): RawValue | undefined {
  if (baseType === BT_STRING) {
    let stop = at;
    while (stop < at + size && b[stop] !== 0) stop++;
    // The SDK drops bytes that are not valid UTF-8 rather than showing U+FFFD.
    const text = utf8.decode(b.subarray(at, stop)).replace(/\uFFFD/g, '');
    return text === '' ? undefined : text;
  }
  const width = baseTypeSize(baseType);
  const count = Math.floor(size / width);
  const invalid = invalidValue(baseType);
  if (count === 1) {
    const v = readRaw(b, at, baseType, le);
    return isInvalid(v, invalid) ? undefined : v;
  }
  if (count === 0) return undefined;
  const values = new Array<number>(count);
  let anyValid = false;
  for (let i = 0; i < count; i++) {
    const v = readRaw(b, at + i * width, baseType, le);
    values[i] = v;
    if (!isInvalid(v, invalid)) anyValid = true;
  }
  return anyValid ? values : undefined;
}

/**
 * The raw values of one message by field number (a byte, so 0-255), reused
 * from message to message: clearing resets only the slots that were set,
 * where clearing a Map allocates a new table for every message.
 */
export class RawFields {
  private readonly values = new Array<RawValue | undefined>(256).fill(undefined);
  /** The field numbers set since the last clear, each once. */
  private readonly used = new Uint8Array(256);
  private usedCount = 0;

  get(num: number): RawValue | undefined {
    return this.values[num];
  }

  set(num: number, v: RawValue): void {
    if (this.values[num] === undefined) this.used[this.usedCount++] = num;
    this.values[num] = v;
  }

  clear(): void {
    for (let i = 0; i < this.usedCount; i++) this.values[this.used[i]!] = undefined;
    this.usedCount = 0;
  }
}
