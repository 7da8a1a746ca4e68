import type { ImportLimits } from '../limits';

/** Limits on what one import may decompress, shared by every archive it opens. */
export type DecompressionLimits = Pick<ImportLimits, 'maxDecompressedBytes' | 'maxEntries'>;

/** What remains of the limits as an import decompresses; every archive draws from the same budget. */
export class DecompressionBudget {
  bytesLeft: number;
  entriesLeft: number;

  constructor(readonly limits: DecompressionLimits) {
    this.bytesLeft = limits.maxDecompressedBytes;
    this.entriesLeft = limits.maxEntries;
  }
}
