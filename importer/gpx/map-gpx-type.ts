// The activity type in a GPX <trk><type>. GPX 1.1 leaves its vocabulary open:
// Garmin Connect and Amazfit write names ("running", "Running", "cycling"),
// Strava writes numbers: 9 for a run (seen in Strava-style exports in public
// code), 16 for a swim (gpx/elevate__open-water-swim.gpx, which elevate's own
// spec types as Swim) and 1 for a ride.
import type { Sport, SubSport } from '../../shared/model';

export interface SportAndSub {
  readonly sport: Sport;
  readonly subSport: SubSport;
}

const STRAVA_NUMBERS: Readonly<Record<string, SportAndSub>> = {
  '1': { sport: 'cycling', subSport: 'generic' },
  '9': { sport: 'running', subSport: 'generic' },
  '16': { sport: 'swimming', subSport: 'generic' },
};

// Names compared lower-case with everything but letters removed ("Trail Running", "trail_running").
const NAMES: Readonly<Record<string, SportAndSub>> = {
  running: { sport: 'running', subSport: 'generic' },
  run: { sport: 'running', subSport: 'generic' },
  trailrunning: { sport: 'running', subSport: 'trail' },
  trailrun: { sport: 'running', subSport: 'trail' },
  treadmillrunning: { sport: 'running', subSport: 'treadmill' },
  cycling: { sport: 'cycling', subSport: 'generic' },
  biking: { sport: 'cycling', subSport: 'generic' },
  ride: { sport: 'cycling', subSport: 'generic' },
  roadbiking: { sport: 'cycling', subSport: 'road' },
  roadcycling: { sport: 'cycling', subSport: 'road' },
  mountainbiking: { sport: 'cycling', subSport: 'mountain' },
  mountainbikeride: { sport: 'cycling', subSport: 'mountain' },
  gravelride: { sport: 'cycling', subSport: 'gravel' },
  gravelcycling: { sport: 'cycling', subSport: 'gravel' },
  swimming: { sport: 'swimming', subSport: 'generic' },
  swim: { sport: 'swimming', subSport: 'generic' },
  openwaterswimming: { sport: 'swimming', subSport: 'open_water' },
  walking: { sport: 'walking', subSport: 'generic' },
  walk: { sport: 'walking', subSport: 'generic' },
  hiking: { sport: 'hiking', subSport: 'generic' },
  hike: { sport: 'hiking', subSport: 'generic' },
  rowing: { sport: 'rowing', subSport: 'generic' },
  kayaking: { sport: 'paddling', subSport: 'generic' },
  canoeing: { sport: 'paddling', subSport: 'generic' },
  paddling: { sport: 'paddling', subSport: 'generic' },
  standuppaddling: { sport: 'paddling', subSport: 'generic' },
  crosscountryskiing: { sport: 'cross_country_skiing', subSport: 'generic' },
  nordicski: { sport: 'cross_country_skiing', subSport: 'generic' },
  alpineskiing: { sport: 'alpine_skiing', subSport: 'generic' },
  alpineski: { sport: 'alpine_skiing', subSport: 'generic' },
};

const OTHER: SportAndSub = { sport: 'other', subSport: 'generic' };

/** Sport for a GPX track type; 'other' for an absent or unknown one. */
export function mapGpxType(type: string | null): SportAndSub {
  if (type === null) return OTHER;
  const trimmed = type.trim();
  return STRAVA_NUMBERS[trimmed] ?? NAMES[trimmed.toLowerCase().replace(/[^a-z]/g, '')] ?? OTHER;
}
