// Every bound on what an import may cost, in one place. The time budget and
// the decompression limits can be overridden per import (ImportOptions.limits);
// the structural caps scale with the bytes a file holds, so a small file can
// never claim a large amount of memory or time.

/** What one import may spend; `ImportOptions.limits` overrides any of them. */
export interface ImportLimits {
  /** Total bytes all archives together may expand to. */
  readonly maxDecompressedBytes: number;
  /** Total entries all zips together may list. */
  readonly maxEntries: number;
  /** Wall-clock time one workout file may take to decode and build its sessions, ms. */
  readonly fileTimeMs: number;
}

// 1 GiB covers a decade of activity files in a Strava export; the entry cap
// stops a zip whose central directory lists millions of empty entries. The
// slowest real file (a 24 h FIT, a 10 MB TCX) reads in well under a second, so
// 20 s per file is generous and still stops a hostile one.
export const DEFAULT_LIMITS: ImportLimits = {
  maxDecompressedBytes: 1024 ** 3,
  maxEntries: 200_000,
  fileTimeMs: 20_000,
};

/**
 * FIT data messages of every kind: at most this many plus one per
 * MIN_FIT_MESSAGE_BYTES of data. Real messages average 15-40 bytes (a SIGMA
 * file writes an empty message between records, still 16 bytes on average);
 * 2 MiB of zero bytes after an empty definition would otherwise be 2 million.
 */
export const FIT_MESSAGES_FLOOR = 4096;
export const MIN_FIT_MESSAGE_BYTES = 4;

/** Data messages with no fields in a row: devices write one or two between records; a longer run carries nothing. */
export const MAX_EMPTY_FIT_MESSAGE_RUN = 64;

/**
 * Laps and activities in a TCX or tracks in a GPX: at most this many plus one
 * per MIN_XML_STRUCTURE_BYTES of the file. A TCX lap with its required totals
 * takes over 200 bytes before any point; `<Lap/>` repeated would otherwise cost
 * ~500 bytes of memory per 6 bytes of file.
 */
export const XML_STRUCTURES_FLOOR = 64;
export const MIN_XML_STRUCTURE_BYTES = 200;

/** Elements nested deeper than this end the document: GPX and TCX need fewer than 10 levels. */
export const MAX_XML_DEPTH = 256;

/**
 * A stretch of an XML document longer than this without markup (or one tag,
 * comment or declaration this long) ends it: a GPX or TCX has a tag every few
 * dozen bytes, and its longest text (a description) is kilobytes.
 */
export const MAX_XML_RUN_BYTES = 1024 * 1024;

/** How many structures (laps, tracks, messages) `bytes` of a file may hold under the caps above. */
export function structureCap(bytes: number, floor: number, minBytesEach: number): number {
  return floor + Math.floor(bytes / minBytesEach);
}

/**
 * One compressed file (a .gz, a zip entry) may expand to at most MAX_EXPANSION
 * times its compressed size, or EXPANSION_FLOOR_BYTES when that is more.
 * Workout files compress 2-4x (FIT) to 10-40x (GPX, TCX); a run of zeros
 * compresses ~1000x, so a 261 KB bomb would otherwise become 256 MiB.
 */
export const MAX_EXPANSION = 200;
export const EXPANSION_FLOOR_BYTES = 8 * 1024 * 1024;

/** The most `compressedBytes` of one file may expand to. */
export function expansionCap(compressedBytes: number): number {
  return Math.max(EXPANSION_FLOOR_BYTES, compressedBytes * MAX_EXPANSION);
}
