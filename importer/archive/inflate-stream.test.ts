import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InflateStream } from './inflate-stream';

// 1 MiB of random nibbles, which deflate about 2:1, so output comes out a little at a time.
let seed = 1;
const data = new Uint8Array(1024 * 1024).map(() => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed >>> 28;
});
const deflated = deflateSync(data);

describe('InflateStream', () => {
  it('inflates only as far as asked, then the rest on demand, to the same bytes', () => {
    const stream = new InflateStream(deflated, 2 * data.length, data.length);
    expect(stream.grow(1000)).toBe(true);
    expect(stream.state).toBe('open');
    expect(stream.bytes.length).toBeGreaterThanOrEqual(1000);
    expect(stream.bytes.length).toBeLessThan(data.length / 4);
    expect(stream.bytes).toEqual(data.subarray(0, stream.bytes.length));
    stream.drain();
    expect(stream.state).toBe('done');
    expect(stream.bytes).toEqual(data);
    expect(stream.grow(1)).toBe(false);
  });

  it('fills one buffer of the stated size, never regrown, when the size is right', () => {
    const stream = new InflateStream(deflated, 2 * data.length, data.length);
    stream.drain();
    expect(stream.bytes.buffer.byteLength).toBe(data.length);
  });

  it('grows past a stated size that is too small, and stops past the ceiling', () => {
    const small = new InflateStream(deflated, 2 * data.length, 10);
    small.drain();
    expect([small.state, small.bytes]).toEqual(['done', data]);
    const capped = new InflateStream(deflated, 100_000, data.length);
    capped.drain();
    expect(capped.state).toBe('over');
    expect(capped.bytes.length).toBeGreaterThan(100_000);
    expect(capped.bytes).toEqual(data.subarray(0, capped.bytes.length));
  });

  it('tells a stream cut short from a damaged one', () => {
    const cut = new InflateStream(deflated.subarray(0, deflated.length / 2), data.length, 0);
    cut.drain();
    expect(cut.state).toBe('truncated');
    expect(cut.bytes).toEqual(data.subarray(0, cut.bytes.length));
    const damaged = new InflateStream(Uint8Array.of(0xff, 0xff, 0xff), data.length, 0);
    damaged.drain();
    expect(damaged.state).toBe('failed');
    expect(damaged.reason).toMatch(/^the compressed data is damaged \(/);
  });
});
