// The growable column hrv messages are decoded into: R-R intervals in
// seconds, in file order. Capacity doubles, so 224,000 intervals (a
// multisport day) cost a few copies instead of one array per message.
import { grown } from './grow-column';

const FIRST_CAPACITY = 1024;
const f32 = (n: number) => new Float32Array(n);

export class RrIntervalColumn {
  length = 0;
  private values = new Float32Array(0);

  push(seconds: number): void {
    if (this.length === this.values.length) {
      this.values = grown(this.values, f32, Math.max(FIRST_CAPACITY, this.length * 2), 0);
    }
    this.values[this.length++] = seconds;
  }

  /** An exact-length copy, so the result holds no spare capacity. */
  finish(): Float32Array {
    return this.values.slice(0, this.length);
  }
}
