// The known track (tests/support/known-track.ts) as an activity-json document,
// so tests know every value the importer must return.
import type { SiteRef } from '../../shared/model';
import type { KnownTrack } from '../../tests/support/known-track';
import { ACTIVITY_JSON_FORMAT, ACTIVITY_JSON_VERSION, type ActivityDocument, type ActivitySummary } from './document';

export const KNOWN_REF: SiteRef = {
  site: 'strava',
  activityId: '12345678901',
  url: 'https://www.strava.com/activities/12345678901',
};

export const NO_SUMMARY: ActivitySummary = {
  elapsedS: null,
  movingS: null,
  distanceM: null,
  ascentM: null,
  calories: null,
};

export function knownTrackDocument(track: KnownTrack, over: Partial<ActivityDocument> = {}): ActivityDocument {
  const p = track.points;
  return {
    format: ACTIVITY_JSON_FORMAT,
    version: ACTIVITY_JSON_VERSION,
    site: KNOWN_REF,
    sport: track.sport,
    subSport: 'road',
    siteSport: track.sport === 'cycling' ? 'Ride' : 'Run',
    start: track.start,
    utcOffsetS: 7200,
    summary: NO_SUMMARY,
    streams: {
      time: p.map((x) => x.t),
      lat: p.map((x) => x.lat),
      lon: p.map((x) => x.lon),
      altitude: p.map((x) => x.altitude),
      distance: p.map((x) => x.distance),
      speed: p.map((x) => x.speed),
      heartRate: p.map((x) => x.hr),
      power: p.map((x) => x.power),
      cadence: p.map((x) => x.cadence),
      temperature: p.map((x) => x.temperature),
    },
    ...over,
  };
}
