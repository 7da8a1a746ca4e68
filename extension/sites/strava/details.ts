// Strava's own-activity JSON -> the facts and details SessionsAI keeps. The
// web app's /athlete/training_activities/{id} (SauceLLC/sauce4strava@0f9bf3a,
// src/bg/hist.mjs, fetchSelfActivity) answers one model of the training list,
// whose fields Elevate's saved pages show (thomaschampagne/elevate@cc74c2dc,
// specs/fixtures/sync/rawPage0120161213.json): name, description,
// type (sport_type since Strava's change of 10-30-2024, Sauce's hist.mjs),
// start_time (UTC, "2016-12-11T14:45:50+0000"), start_date_local_raw (local
// wall-clock time written as a UTC epoch, s), elapsed_time_raw,
// moving_time_raw (s), distance_raw, elevation_gain_raw (m), trainer,
// commute, calories (gone since 2024). The display strings beside them are
// localised ("4,0", "dim. 11/12/2016") and never read. The model names gear
// by id only (athlete_gear_id, bike_id), and has no RPE or private note.
import { stravaSport } from '../../../importer';
import { type ActivityFacts, offsetFromLocalStart } from '../activity-facts';
import { asObject, num, text, utcMs } from '../json-fields';

/** The facts of a Strava activity, or null when the JSON lacks what every activity has (a start and a sport). */
export function stravaFacts(json: unknown): ActivityFacts | null {
  const a = asObject(json);
  const start = utcMs(text(a, 'start_time'));
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
  const localRaw = num(a, 'start_date_local_raw');
  return {
    sport: mapped.sport,
    subSport,
    siteSport,
    start,
    utcOffsetS: offsetFromLocalStart(localRaw === null ? null : localRaw * 1000, start),
    summary: {
      elapsedS: num(a, 'elapsed_time_raw'),
      movingS: num(a, 'moving_time_raw'),
      distanceM: num(a, 'distance_raw'),
      ascentM: num(a, 'elevation_gain_raw'),
      calories: num(a, 'calories'),
    },
    details: { title: text(a, 'name'), description: text(a, 'description'), gear: null, rpe: null, privateNote: null },
  };
}
