// intervals.icu's activity JSON (/api/v1/activity/{id}; intervals.icu API
// docs, https://intervals.icu/api/v1/docs, schema "Activity") -> the facts
// and details SessionsAI keeps. Fields: name, description, type, trainer,
// start_date (UTC ISO), start_date_local, elapsed_time, moving_time,
// distance, total_elevation_gain, calories, icu_rpe (1-10), gear { name }.
// "feel" (1 strong .. 5 weak) is how the athlete felt, not how hard the
// session was, so it is not turned into an RPE. intervals.icu keeps no
// private note apart from the description.
import { offsetFromLocalStart, type ActivityFacts } from '../activity-facts';
import { asObject, num, text, utcMs } from '../json-fields';
import { rpeOfTen } from '../rpe';
import { intervalsSport } from './sports';

export function intervalsFacts(json: unknown): ActivityFacts | null {
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
      gear: text(asObject(a?.gear), 'name'),
      rpe: rpeOfTen(num(a, 'icu_rpe')),
      privateNote: null,
    },
  };
}
