/** Limits on what one import may decompress, shared by every archive it opens. */
export interface DecompressionLimits {
  /** Total bytes all archives together may expand to. */
  readonly maxDecompressedBytes: number;
  /** Total entries all zips together may list. */
  readonly maxEntries: number;
}

// 1 GiB covers a decade of activity files in a Strava export; the entry cap
// stops a zip whose central directory lists millions of empty entries.
export const DEFAULT_LIMITS: DecompressionLimits = {
  maxDecompressedBytes: 1024 ** 3,
  maxEntries: 200_000,
};

/** What remains of the limits as an import decompresses; every archive draws from the same budget. */
export class DecompressionBudget {
  bytesLeft: number;
  entriesLeft: number;

  constructor(readonly limits: DecompressionLimits) {
    this.bytesLeft = limits.maxDecompressedBytes;
    this.entriesLeft = limits.maxEntries;
  }
}
