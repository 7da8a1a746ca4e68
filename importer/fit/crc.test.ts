import { CrcCalculator } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import { fitCrc } from './crc';

describe('fitCrc', () => {
  it('equals the FIT SDK CRC for every length 0-64 and a large buffer (all table slices and tails)', () => {
    // Deterministic pseudo-random bytes (LCG), so a failure is reproducible.
    const bytes = new Uint8Array(100_003);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    for (let n = 0; n <= 64; n++)
      expect(fitCrc(bytes, 3, 3 + n), `length ${n}`).toBe(CrcCalculator.calculateCRC(bytes, 3, 3 + n));
    expect(fitCrc(bytes, 0, bytes.length)).toBe(CrcCalculator.calculateCRC(bytes, 0, bytes.length));
  });

  it('is 0 over a file that ends in its own CRC (FIT protocol: CRC of data + CRC is 0)', () => {
    const data = new Uint8Array([14, 0x20, 1, 2, 3, 4, 5]);
    const crc = fitCrc(data, 0, data.length);
    expect(fitCrc(new Uint8Array([...data, crc & 0xff, crc >> 8]), 0, data.length + 2)).toBe(0);
  });
});
