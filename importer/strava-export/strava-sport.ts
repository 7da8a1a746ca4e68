// Strava activity types onto the model's sports. The names are Strava's
// SportType values (https://developers.strava.com/docs/reference/#api-models-SportType);
// activities.csv spells them for display ("Virtual Ride", "E-Bike Ride"),
// so they are compared with spaces, hyphens and case removed.
import type { Sport, SubSport } from '../../shared/model';

export interface StravaSport {
  readonly sport: Sport;
  /** Null when the type says nothing beyond the sport (a "Ride" may be road or indoor). */
  readonly subSport: SubSport | null;
}

const TYPES: Readonly<Record<string, StravaSport>> = {
  ride: { sport: 'cycling', subSport: null },
  ebikeride: { sport: 'cycling', subSport: null },
  handcycle: { sport: 'cycling', subSport: null },
  velomobile: { sport: 'cycling', subSport: null },
  virtualride: { sport: 'cycling', subSport: 'virtual' },
  mountainbikeride: { sport: 'cycling', subSport: 'mountain' },
  emountainbikeride: { sport: 'cycling', subSport: 'mountain' },
  gravelride: { sport: 'cycling', subSport: 'gravel' },
  run: { sport: 'running', subSport: null },
  trailrun: { sport: 'running', subSport: 'trail' },
  virtualrun: { sport: 'running', subSport: 'virtual' },
  swim: { sport: 'swimming', subSport: null },
  walk: { sport: 'walking', subSport: null },
  hike: { sport: 'hiking', subSport: null },
  snowshoe: { sport: 'hiking', subSport: null },
  rowing: { sport: 'rowing', subSport: null },
  virtualrow: { sport: 'rowing', subSport: 'indoor' },
  nordicski: { sport: 'cross_country_skiing', subSport: null },
  backcountryski: { sport: 'cross_country_skiing', subSport: null },
  rollerski: { sport: 'cross_country_skiing', subSport: null },
  alpineski: { sport: 'alpine_skiing', subSport: null },
  snowboard: { sport: 'alpine_skiing', subSport: null },
  canoeing: { sport: 'paddling', subSport: null },
  kayaking: { sport: 'paddling', subSport: null },
  standuppaddling: { sport: 'paddling', subSport: null },
  weighttraining: { sport: 'strength', subSport: null },
  crossfit: { sport: 'strength', subSport: null },
  yoga: { sport: 'yoga', subSport: null },
  pilates: { sport: 'yoga', subSport: null },
  workout: { sport: 'training', subSport: null },
  highintensityintervaltraining: { sport: 'training', subSport: null },
  elliptical: { sport: 'training', subSport: null },
  stairstepper: { sport: 'training', subSport: null },
};

/** The model's sport for a Strava activity type; unknown types (golf, surfing, ...) are 'other'. */
export function stravaSport(type: string): StravaSport {
  return TYPES[type.toLowerCase().replace(/[^a-z]/g, '')] ?? { sport: 'other', subSport: null };
}
