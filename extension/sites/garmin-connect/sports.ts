// Garmin Connect activity types (activityTypeDTO.typeKey in an activity,
// activityType.typeKey in the list) onto the model's sports. Keys as Garmin
// Connect spells them in its activity-type list; a public summary of them is
// cuivienor/infra, apps/healthlib/docs/data-reference.md ("Activity Types"),
// which also lists road_cycling, e_biking and snowboarding, kept here too.
// Unknown types (golf, surfing, ...) are 'other': the session is still
// imported, with a warning naming Garmin's type (importer/activity-json).
import type { Sport, SubSport } from '../../../shared/model';

type Mapped = readonly [Sport, SubSport];

const TYPES: Readonly<Record<string, Mapped>> = {
  running: ['running', 'generic'],
  street_running: ['running', 'road'],
  trail_running: ['running', 'trail'],
  treadmill_running: ['running', 'treadmill'],
  indoor_running: ['running', 'indoor'],
  track_running: ['running', 'track'],
  virtual_run: ['running', 'virtual'],
  cycling: ['cycling', 'generic'],
  road_biking: ['cycling', 'road'],
  road_cycling: ['cycling', 'road'],
  e_biking: ['cycling', 'generic'],
  mountain_biking: ['cycling', 'mountain'],
  gravel_cycling: ['cycling', 'gravel'],
  cyclocross: ['cycling', 'gravel'],
  indoor_cycling: ['cycling', 'indoor'],
  virtual_ride: ['cycling', 'virtual'],
  e_bike_fitness: ['cycling', 'generic'],
  e_bike_mountain: ['cycling', 'mountain'],
  bmx: ['cycling', 'other'],
  swimming: ['swimming', 'generic'],
  lap_swimming: ['swimming', 'lap_swimming'],
  open_water_swimming: ['swimming', 'open_water'],
  walking: ['walking', 'generic'],
  casual_walking: ['walking', 'generic'],
  speed_walking: ['walking', 'generic'],
  hiking: ['hiking', 'generic'],
  rowing: ['rowing', 'generic'],
  indoor_rowing: ['rowing', 'indoor'],
  cross_country_skiing_ws: ['cross_country_skiing', 'generic'],
  skate_skiing_ws: ['cross_country_skiing', 'generic'],
  backcountry_skiing: ['cross_country_skiing', 'generic'],
  cross_country_skiing: ['cross_country_skiing', 'generic'],
  resort_skiing_snowboarding_ws: ['alpine_skiing', 'generic'],
  alpine_skiing: ['alpine_skiing', 'generic'],
  snowboarding: ['alpine_skiing', 'generic'],
  paddling: ['paddling', 'generic'],
  kayaking_v2: ['paddling', 'generic'],
  stand_up_paddleboarding_v2: ['paddling', 'generic'],
  strength_training: ['strength', 'generic'],
  yoga: ['yoga', 'generic'],
  pilates: ['yoga', 'generic'],
  cardio: ['training', 'generic'],
  indoor_cardio: ['training', 'generic'],
  hiit: ['training', 'generic'],
  elliptical: ['training', 'generic'],
  stair_climbing: ['training', 'generic'],
  fitness_equipment: ['training', 'generic'],
  multi_sport: ['multisport', 'generic'],
};

export function garminSport(typeKey: string): { readonly sport: Sport; readonly subSport: SubSport } {
  const [sport, subSport] = TYPES[typeKey] ?? ['other', 'generic'];
  return { sport, subSport };
}
