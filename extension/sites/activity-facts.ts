// What every adapter reads from a site's metadata before building the
// activity-json document from its streams: sport, start, totals, details.
import type { SiteRef, Sport, SubSport } from '../../shared/model';
import {
  ACTIVITY_JSON_FORMAT,
  ACTIVITY_JSON_VERSION,
  STREAM_CHANNELS,
  type ActivityDocument,
  type ActivityStreams,
  type ActivitySummary,
} from '../../importer';
import type { SiteDetails } from './site-adapter';

export interface ActivityFacts {
  readonly sport: Sport;
  readonly subSport: SubSport;
  /** The site's own name for the sport, as it wrote it. */
  readonly siteSport: string | null;
  /** UTC epoch ms. */
  readonly start: number;
  readonly utcOffsetS: number | null;
  readonly summary: ActivitySummary;
  readonly details: SiteDetails;
}

/**
 * The UTC offset a site's pair of start times states (its local start read as
 * if UTC, minus its UTC start), to the nearest minute: the fields carry
 * fractions of a second, offsets are whole minutes.
 */
export function offsetFromLocalStart(localAsUtcMs: number | null, startMs: number): number | null {
  return localAsUtcMs === null ? null : Math.round((localAsUtcMs - startMs) / 60_000) * 60;
}

/**
 * The channels the importer can use: one value per sample (a channel of
 * another length is dropped, as is one with no value at all), and positions
 * only as a latitude and longitude pair.
 */
function aligned(streams: ActivityStreams): ActivityStreams {
  const n = streams.time.length;
  const out: Record<string, readonly (number | null)[]> = { time: streams.time };
  for (const channel of STREAM_CHANNELS) {
    const values = streams[channel];
    if (values && values.length === n && values.some((v) => v !== null)) out[channel] = values;
  }
  if (!out.lat || !out.lon) {
    delete out.lat;
    delete out.lon;
  }
  return out as unknown as ActivityStreams;
}

/** The activity-json document of a site activity: its facts and its samples. */
export function activityDocument(site: SiteRef, facts: ActivityFacts, streams: ActivityStreams): ActivityDocument {
  return {
    format: ACTIVITY_JSON_FORMAT,
    version: ACTIVITY_JSON_VERSION,
    site,
    sport: facts.sport,
    subSport: facts.subSport,
    siteSport: facts.siteSport,
    start: facts.start,
    utcOffsetS: facts.utcOffsetS,
    summary: facts.summary,
    streams: aligned(streams),
  };
}
