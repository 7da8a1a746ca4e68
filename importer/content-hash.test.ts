import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../shared/model';
import { contentHash } from './content-hash';

describe('contentHash', () => {
  it('is the lower-case hex SHA-256 of the bytes, as node:crypto and the pure-JS fallback give it', async () => {
    for (const length of [0, 3, 64, 100_003]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 131 + length) & 0xff);
      const expected = createHash('sha256').update(bytes).digest('hex');
      expect(await contentHash(bytes), `length ${length}`).toBe(expected);
      expect(sha256Hex(bytes)).toBe(expected);
    }
  });

  it('hashes only the view it is given, not the whole buffer behind it', async () => {
    const buffer = new Uint8Array(256).map((_, i) => i);
    const view = buffer.subarray(10, 50);
    expect(await contentHash(view)).toBe(createHash('sha256').update(view).digest('hex'));
  });
});
