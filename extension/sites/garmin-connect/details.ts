// Garmin Connect's activity JSON (activity-service/activity/{id}, the
// endpoint garminexport's get_activity_summary reads: garminexport/garminclient.py)
// -> the facts and details SessionsAI keeps. Fields: activityName,
// description, activityTypeDTO.typeKey, summaryDTO { startTimeGMT,
// startTimeLocal, elapsedDuration, movingDuration, duration, distance,
// elevationGain, calories, directWorkoutRpe }. directWorkoutRpe is Garmin's
// post-workout RPE on 10-100 (10 per step of its 1-10 scale), hence /10.
// Garmin keeps no private note apart from the description; gear lives in a
// separate gear-service and is not read.
import { offsetFromLocalStart, type ActivityFacts } from '../activity-facts';
import { asObject, num, text, utcMs } from '../json-fields';
import { rpeOfTen } from '../rpe';
import { garminSport } from './sports';

export function garminFacts(json: unknown): ActivityFacts | null {
  const a = asObject(json);
  const s = asObject(a?.summaryDTO);
  const start = utcMs(text(s, 'startTimeGMT'));
  const typeKey = text(asObject(a?.activityTypeDTO), 'typeKey');
  if (start === null || typeKey === null) return null;
  const local = utcMs(text(s, 'startTimeLocal'));
  const workoutRpe = num(s, 'directWorkoutRpe');
  return {
    ...garminSport(typeKey),
    siteSport: typeKey,
    start,
    utcOffsetS: offsetFromLocalStart(local, start),
    summary: {
      elapsedS: num(s, 'elapsedDuration') ?? num(s, 'duration'),
      movingS: num(s, 'movingDuration'),
      distanceM: num(s, 'distance'),
      ascentM: num(s, 'elevationGain'),
      calories: num(s, 'calories'),
    },
    details: {
      title: text(a, 'activityName'),
      description: text(a, 'description'),
      gear: null,
      rpe: workoutRpe === null ? null : rpeOfTen(workoutRpe / 10),
      privateNote: null,
    },
  };
}
