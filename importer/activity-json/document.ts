// SessionsAI's own JSON document for a training site's activity when the site
// keeps no original file we may download (another athlete's activity, a file
// the site will not export): the samples and the totals the site states,
// written by the site adapters (extension/sites) and read by the importer like
// any workout file. Title, notes, gear and RPE are deliberately left out: they
// are the athlete's edits, applied after import (extension/sites/apply-details.ts),
// so renaming an activity on the site does not change these bytes and a second
// import stays a byte-identical duplicate.
import type { SiteRef, Sport, SubSport } from '../../shared/model';

export const ACTIVITY_JSON_FORMAT = 'sessionsai.activity';
export const ACTIVITY_JSON_VERSION = 1;

/** Totals as the site shows them; null when the site does not say. */
export interface ActivitySummary {
  readonly elapsedS: number | null;
  readonly movingS: number | null;
  readonly distanceM: number | null;
  readonly ascentM: number | null;
  readonly calories: number | null;
}

/**
 * Samples as plain arrays of equal length, one entry per `time` entry; a
 * channel the site does not have is absent, a missing sample is null.
 */
export interface ActivityStreams {
  /** Seconds since `start`. */
  readonly time: readonly number[];
  /** Degrees. */
  readonly lat?: readonly (number | null)[];
  readonly lon?: readonly (number | null)[];
  /** Metres above sea level. */
  readonly altitude?: readonly (number | null)[];
  /** Cumulative metres. */
  readonly distance?: readonly (number | null)[];
  /** m/s */
  readonly speed?: readonly (number | null)[];
  readonly heartRate?: readonly (number | null)[];
  /** W */
  readonly power?: readonly (number | null)[];
  /** rpm (FIT's convention: running cadence in strides per minute). */
  readonly cadence?: readonly (number | null)[];
  /** °C */
  readonly temperature?: readonly (number | null)[];
}

export const STREAM_CHANNELS = [
  'lat',
  'lon',
  'altitude',
  'distance',
  'speed',
  'heartRate',
  'power',
  'cadence',
  'temperature',
] as const;
export type StreamChannel = (typeof STREAM_CHANNELS)[number];

export interface ActivityDocument {
  readonly format: typeof ACTIVITY_JSON_FORMAT;
  readonly version: typeof ACTIVITY_JSON_VERSION;
  readonly site: SiteRef;
  readonly sport: Sport;
  readonly subSport: SubSport;
  /** The site's own name for the sport ("Golf"), kept so an activity mapped to 'other' still says what it was. */
  readonly siteSport: string | null;
  /** UTC epoch ms of the first sample (or of the activity, without samples). */
  readonly start: number;
  readonly utcOffsetS: number | null;
  readonly summary: ActivitySummary;
  readonly streams: ActivityStreams;
}
