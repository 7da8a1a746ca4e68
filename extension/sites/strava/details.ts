// Strava's activity JSON -> the facts and details SessionsAI keeps. Field
// names are Strava's DetailedActivity (https://developers.strava.com/docs/reference/#api-models-DetailedActivity):
// name, description, private_note, perceived_exertion (1-10), gear.name,
// sport_type, start_date (UTC ISO), utc_offset (s), elapsed_time, moving_time,
// distance, total_elevation_gain, calories, trainer, commute.
import { stravaSport } from '../../../importer';
import type { ActivityFacts } from '../activity-facts';
import { asObject, num, text, utcMs } from '../json-fields';
import { rpeOfTen } from '../rpe';

/** The facts of a Strava activity, or null when the JSON lacks what every activity has (a start and a sport). */
export function stravaFacts(json: unknown): ActivityFacts | null {
  const a = asObject(json);
  const start = utcMs(text(a, 'start_date'));
  const siteSport = text(a, 'sport_type') ?? text(a, 'type');
  if (start === null || siteSport === null) return null;
  const mapped = stravaSport(siteSport);
  // Strava's flags say more than its type: a "Ride" on a trainer is indoor, a commute is a commute.
  const subSport =
    a?.commute === true
      ? 'commuting'
      : a?.trainer === true && mapped.subSport === null
        ? 'indoor'
        : (mapped.subSport ?? 'generic');
  return {
    sport: mapped.sport,
    subSport,
    siteSport,
    start,
    utcOffsetS: num(a, 'utc_offset'),
    summary: {
      elapsedS: num(a, 'elapsed_time'),
      movingS: num(a, 'moving_time'),
      distanceM: num(a, 'distance'),
      ascentM: num(a, 'total_elevation_gain'),
      calories: num(a, 'calories'),
    },
    details: {
      title: text(a, 'name'),
      description: text(a, 'description'),
      gear: text(asObject(a?.gear), 'name'),
      rpe: rpeOfTen(num(a, 'perceived_exertion')),
      privateNote: text(a, 'private_note'),
    },
  };
}
