// intervals.icu's activity JSON (/api/activity/{id}, schema "Activity" of
// the API docs, https://intervals.icu/api/v1/docs) -> the facts and details
// SessionsAI keeps. Fields: name, description, type, trainer, start_date
// (UTC ISO), start_date_local, elapsed_time, moving_time, distance,
// total_elevation_gain, calories, icu_rpe (1-10), icu_athlete_id (the
// owner), gear. gear carries an id ("b987"); its name is resolved from the
// athlete's gear list, GET /athlete/{id}/gear{ext} (a list of { id, name, ...
// }: API docs, operation "getGear", as 0x3639/node-intervals-icu's
// GearResource calls it), or left out. "feel" (1 strong .. 5 weak) is how the athlete felt, not
// how hard the session was, so it is not turned into an RPE. intervals.icu
// keeps no private note apart from the description.
import { type ActivityFacts, offsetFromLocalStart } from '../activity-facts';
import { asObject, idText, list, num, text, utcMs } from '../json-fields';
import { rpeOfTen } from '../rpe';
import { intervalsSport } from './sports';

/** The id of the gear an activity names, or null. */
export function intervalsGearId(json: unknown): string | null {
  return idText(asObject(asObject(json)?.gear), 'id');
}

/** The name of gear `id` in the athlete's gear list, or null when it is not there. */
export function intervalsGearName(gearList: unknown, id: string): string | null {
  const gear = (list(gearList) ?? []).map(asObject).find((g) => idText(g, 'id') === id);
  return gear === undefined ? null : text(gear, 'name');
}

/** `gearName` is the name resolved from the athlete's gear list, or null to leave gear out. */
export function intervalsFacts(json: unknown, gearName: string | null = null): ActivityFacts | null {
  const a = asObject(json);
  const start = utcMs(text(a, 'start_date'));
  const type = text(a, 'type');
  if (start === null || type === null) return null;
  const local = utcMs(text(a, 'start_date_local'));
  return {
    ...intervalsSport(type, a?.trainer === true),
    siteSport: type,
    start,
    utcOffsetS: offsetFromLocalStart(local, start),
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
      gear: gearName,
      rpe: rpeOfTen(num(a, 'icu_rpe')),
      privateNote: null,
    },
  };
}
