// The boundary between the FIT reader (bytes -> messages) and the FIT session
// builder (messages -> Session). Field and message names follow the Garmin FIT
// profile as @garmin/fitsdk names them (camelCase: "session", "deviceInfo",
// "totalElapsedTime"). Values are already scaled and offset into the profile's
// units; enum values are the profile's names ("cycling", "lapSwimming");
// date_time fields are UTC epoch milliseconds.
import type { ExtraChannel } from '../../shared/model';

export type FitValue = number | string | boolean | readonly number[] | readonly string[];

/** One decoded message: field name -> value; invalid (absent) fields are left out. */
export type FitMessage = Readonly<Record<string, FitValue>>;

/**
 * Record messages, decoded straight into columns (one entry per record message,
 * in file order). Enhanced fields win over their 16-bit originals; components
 * (compressed_speed_distance, speed/altitude -> enhanced) are expanded; missing
 * values are NaN (INVALID_SEMICIRCLE for positions).
 */
export interface FitRecordColumns {
  readonly length: number;
  /** UTC epoch ms. */
  readonly timestamp: Float64Array;
  /** Semicircles. */
  readonly positionLat: Int32Array;
  readonly positionLong: Int32Array;
  /** Metres. */
  readonly altitude: Float32Array;
  /** Cumulative metres. */
  readonly distance: Float64Array;
  /** m/s */
  readonly speed: Float32Array;
  /** bpm */
  readonly heartRate: Float32Array;
  /** W */
  readonly power: Float32Array;
  /** rpm, with fractional_cadence added. */
  readonly cadence: Float32Array;
  /** °C */
  readonly temperature: Float32Array;
  /** Developer fields seen on records, by "<app index>:<field name>" order of appearance. */
  readonly developer: readonly ExtraChannel[];
  /** Which of the named columns above hold at least one valid value. */
  readonly present: ReadonlySet<
    'positions' | 'altitude' | 'distance' | 'speed' | 'heartRate' | 'power' | 'cadence' | 'temperature'
  >;
}

export interface FitProblem {
  readonly code: 'bad-header' | 'bad-crc' | 'truncated' | 'corrupt' | 'too-large' | 'empty-file' | 'unknown-format';
  /** A plain sentence: what is wrong and what was kept. */
  readonly message: string;
  /** Byte offset in the whole input where it was noticed. */
  readonly offset: number;
}

/** One FIT file; a chained input holds several, in order. */
export interface FitFile {
  readonly protocolVersion: number;
  readonly profileVersion: number;
  readonly records: FitRecordColumns;
  /**
   * The `time` values of hrv messages (R-R intervals, s), in file order, with
   * unused (invalid, 0xFFFF) slots dropped.
   */
  readonly rrIntervals: Float32Array;
  /**
   * Every other message, by profile message name ("fileId", "session", "lap",
   * "length", "event", "deviceInfo", "activity", "sport", "hr",
   * "developerDataId", "fieldDescription", ...), in file order. Unknown message
   * numbers are kept as "mesg<N>" with field keys "field<N>". Records and hrv
   * messages are not here: they are decoded into `records` and `rrIntervals`
   * (developer fields on hrv messages are not kept).
   */
  readonly messages: Readonly<Record<string, readonly FitMessage[]>>;
}

/** What `readFit` returns. It never throws: problems are reported, and everything before a break is kept. */
export interface FitReadResult {
  readonly files: readonly FitFile[];
  readonly warnings: readonly FitProblem[];
  readonly errors: readonly FitProblem[];
}
