// Accumulated fields (FIT protocol document, "Accumulated Fields"; @garmin/fitsdk
// accumulator.js): a component carries only the low `bits` of a running total,
// and the reader rebuilds the total across messages, wrapping at 2^bits.

export class Accumulator {
  /** Running total and the last component value, in the component's raw units. */
  private total = 0;
  private last = 0;

  /** A direct (full-width) value of the field restarts the total, as the SDK does. */
  reset(raw: number): void {
    this.total = raw;
    this.last = raw;
  }

  add(value: number, bits: number): number {
    const mask = bits >= 32 ? 0xffffffff : (1 << bits) - 1;
    this.total += ((value - this.last) & mask) >>> 0;
    this.last = value;
    return this.total;
  }
}

/** One accumulator per (message number, field number), for one FIT file. */
export class Accumulators {
  private readonly byKey = new Map<number, Accumulator>();

  get(mesgNum: number, fieldNum: number): Accumulator {
    const key = mesgNum * 256 + fieldNum;
    let acc = this.byKey.get(key);
    if (!acc) {
      acc = new Accumulator();
      this.byKey.set(key, acc);
    }
    return acc;
  }
}
