// Raw DEFLATE (RFC 1951) inflated on demand: `bytes` is the output so far and
// `grow` inflates more of the input only when asked, so a reader fed as the
// data inflates (a GPX or TCX, see read-xml-while-inflating.ts) stops the
// inflating where it stops reading. The output is counted as it is produced,
// because a bomb's headers lie about its size: past `ceiling`, inflating stops.
import { Inflate } from 'fflate';

// DEFLATE expands at most ~1032:1 (a 258-byte match per 2 bits), so one
// 16 KiB chunk can overshoot the ceiling by at most ~17 MB before we stop.
const CHUNK = 16 * 1024;
const MIN_CAPACITY = 64 * 1024;
// Workout files compress at most ~40x (GPX); a stated size beyond this many
// times the input is a lie (a bomb, or a cut file's "trailer") and is not
// allocated up front: the buffer then grows with what really comes out.
const MAX_HINTED_EXPANSION = 64;

/** `open` while input remains; `over` once the output passed the ceiling; `truncated` when the stream ends early. */
export type InflateState = 'open' | 'done' | 'over' | 'truncated' | 'failed';

export class InflateStream {
  state: InflateState = 'open';
  /** Why the state is `failed`. */
  reason = '';
  private output: Uint8Array;
  private length = 0;
  /** Input bytes handed to the inflater so far. */
  private consumed = 0;
  private readonly inflater = new Inflate((chunk) => this.append(chunk));

  /**
   * `sizeHint` is the size the container states (a gzip trailer, a zip
   * entry): right for a sound file, so its output is one buffer that is never
   * regrown or copied; bounded, since a hostile file's is not.
   */
  constructor(
    private readonly deflated: Uint8Array,
    private readonly ceiling: number,
    sizeHint = 0,
  ) {
    const believable = Math.min(sizeHint, ceiling, deflated.length * MAX_HINTED_EXPANSION);
    this.output = new Uint8Array(Math.max(MIN_CAPACITY, believable));
  }

  /** The output so far. */
  get bytes(): Uint8Array {
    return this.output.subarray(0, this.length);
  }

  /** Inflates until `atLeast` more bytes came out or the stream stopped; true when any came out. */
  grow(atLeast: number): boolean {
    if (this.state !== 'open') return false;
    const before = this.length;
    try {
      // Every chunk goes in as not-final, so fflate hands over all it could
      // inflate; only the empty final push then finds a stream cut short.
      while (this.length - before < atLeast && this.state === 'open') {
        if (this.consumed >= this.deflated.length) {
          this.inflater.push(new Uint8Array(0), true);
          this.state = 'done';
        } else {
          this.inflater.push(this.deflated.subarray(this.consumed, this.consumed + CHUNK), false);
          this.consumed += CHUNK;
        }
        if (this.length > this.ceiling) this.state = 'over';
      }
    } catch (e) {
      // fflate reports a stream that ends early as "unexpected EOF"; anything
      // else (bad block type, bad distance, ...) is damage inside the stream.
      const detail = e instanceof Error ? e.message : String(e);
      this.state = /EOF/i.test(detail) ? 'truncated' : 'failed';
      this.reason = `the compressed data is damaged (${detail})`;
    }
    return this.length > before;
  }

  /** Inflates the rest (up to the ceiling); the state then says how it ended. */
  drain(): void {
    this.grow(Number.POSITIVE_INFINITY);
  }

  private append(chunk: Uint8Array): void {
    const length = this.length + chunk.length;
    if (length > this.output.length) {
      const grown = new Uint8Array(Math.max(length, this.output.length * 2));
      grown.set(this.bytes);
      this.output = grown;
    }
    this.output.set(chunk, this.length);
    this.length = length;
  }
}
