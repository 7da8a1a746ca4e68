import type { ChannelPicks, ChannelSources } from './channel-sources';
import type { Sport, SubSport } from './sport';
import type { Streams } from './streams';
import type { Bpm, Celsius, EpochMs, Kilocalories, Meters, MetersPerSecond, Rpm, Seconds, Watts } from './units';

/**
 * The numbers an athlete reads off any stretch of training: a whole session,
 * one multisport leg, or one lap. Absent values are null, never 0: an indoor
 * ride has no distance, which is not the same as riding nowhere.
 */
export interface Summary {
  readonly sport: Sport;
  readonly subSport: SubSport;
  readonly start: EpochMs;
  readonly elapsedS: Seconds;
  /** Time actually moving (timer running and not stopped); equals elapsed when unknown. */
  readonly movingS: Seconds;
  readonly distanceM: Meters | null;
  readonly ascentM: Meters | null;
  readonly descentM: Meters | null;
  readonly avgHr: Bpm | null;
  readonly maxHr: Bpm | null;
  readonly avgPowerW: Watts | null;
  readonly maxPowerW: Watts | null;
  readonly avgCadence: Rpm | null;
  readonly maxCadence: Rpm | null;
  readonly avgSpeed: MetersPerSecond | null;
  readonly maxSpeed: MetersPerSecond | null;
  readonly calories: Kilocalories | null;
  readonly avgTempC: Celsius | null;
}

export interface Lap extends Summary {
  /** Why the lap ended, as the device said ('manual', 'distance', 'time', 'position', 'session_end', ...). */
  readonly trigger: string | null;
}

/** One pool length (FIT `length` message). Idle lengths are rest. */
export interface PoolLength {
  readonly start: EpochMs;
  readonly elapsedS: Seconds;
  readonly active: boolean;
  readonly strokes: number | null;
  /** Stroke style as the device recorded it: 'freestyle', 'backstroke', 'breaststroke', 'butterfly', 'drill', 'mixed', ... */
  readonly stroke: string | null;
}

export interface PoolSwim {
  readonly poolLengthM: Meters;
  readonly lengths: readonly PoolLength[];
  /** Active lengths only. */
  readonly activeLengths: number;
  /** Average SWOLF per active length: seconds + strokes for one pool length. Null without stroke counts. */
  readonly swolf: number | null;
}

/** A multisport leg (swim, T1, bike, T2, run), summarised like a session. */
export interface Leg extends Summary {
  readonly laps: readonly Lap[];
  readonly pool?: PoolSwim;
}

export interface Device {
  readonly manufacturer: string | null;
  readonly product: string | null;
  readonly serial: string | null;
  readonly softwareVersion: string | null;
}

/** 'activity-json': a training site's activity data (streams and details) that the site adapters write in SessionsAI's own JSON document (importer/activity-json). */
export type SourceFormat = 'fit' | 'gpx' | 'tcx' | 'activity-json';

export const SITES = ['strava', 'garmin-connect', 'intervals.icu'] as const;
export type SiteName = (typeof SITES)[number];

/** The training-site activity a source was fetched from, so a second import of it is recognised before any download. */
export interface SiteRef {
  readonly site: SiteName;
  /** The site's own activity id, as it appears in the activity's URL. */
  readonly activityId: string;
  readonly url: string;
}

/** The sensors a source names (FIT device_info), which tell how good its heart rate and power are. */
export interface Sensors {
  /** 'strap': a chest or arm strap paired over ANT+ or Bluetooth; 'optical': the watch's own wrist sensor. */
  readonly heartRate: 'strap' | 'optical' | null;
  /** True when a power meter was paired (ANT+ bike power, Bluetooth cycling power). */
  readonly powerMeter: boolean;
}

/** Where a session came from: one file, possibly inside an archive. */
export interface SourceRef {
  readonly format: SourceFormat;
  /** File name as the athlete knows it, with its path inside any archive: "export.zip/activities/1001.fit.gz". */
  readonly file: string;
  /** Hex SHA-256 of the decoded (decompressed) activity file's bytes. */
  readonly contentHash: string;
  readonly sizeBytes: number;
  readonly device: Device | null;
  /** Set when the file names its sensors (FIT). */
  readonly sensors?: Sensors;
  /** Set when the file or data came from a training site rather than from the athlete's disk. */
  readonly site?: SiteRef;
}

export interface Session extends Summary {
  /** Stable id derived from the first source's content hash. */
  readonly id: string;
  /** UTC offset of the local clock at the start, in seconds, when the file tells it. */
  readonly utcOffsetS: Seconds | null;
  readonly title: string | null;
  readonly notes: string | null;
  /** Perceived exertion 0-10, when known. */
  readonly rpe: number | null;
  readonly gear: string | null;
  readonly laps: readonly Lap[];
  /** Non-empty only for multisport sessions. */
  readonly legs: readonly Leg[];
  readonly pool?: PoolSwim;
  /** R-R intervals in seconds, in order, when the file carries HRV. */
  readonly rrIntervalsS?: Float32Array;
  readonly sources: readonly SourceRef[];
  /** Per-session notes on the data: what was repaired, estimated or left out. */
  readonly warnings: readonly string[];
  /** Set when sources were merged: which one each channel and summary value came from. */
  readonly channelSources?: ChannelSources;
  /** The athlete's choice of source for some channels, over the automatic one. */
  readonly channelPicks?: ChannelPicks;
  /** Samples; dropped from lists, stored apart. */
  readonly streams?: Streams;
}
