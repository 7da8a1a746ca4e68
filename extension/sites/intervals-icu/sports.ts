// intervals.icu activity types onto the model's sports. intervals.icu uses
// Strava's type names ("Ride", "VirtualRide", "Run", "Swim", "WeightTraining",
// ...: the "type" enum of the intervals.icu API, https://intervals.icu/api/v1/docs),
// so Strava's mapping (importer/strava-export/strava-sport.ts) is reused.
import type { Sport, SubSport } from '../../../shared/model';
import { stravaSport } from '../../../importer';

export function intervalsSport(type: string, trainer: boolean): { readonly sport: Sport; readonly subSport: SubSport } {
  const mapped = stravaSport(type);
  return { sport: mapped.sport, subSport: mapped.subSport ?? (trainer ? 'indoor' : 'generic') };
}
