// Today answers "how am I doing and what's next" (docs/ui.md, "Layout and
// navigation"): form and its 90-day chart, today's plan, yesterday's
// training, and the wellness check-in.
import { dayToIsoDate, localDay, localIsoDate } from '../../../shared/analytics/common/day';
import { formOutlook } from '../../../shared/analytics/days/form-outlook';
import { PROJECTION_DAYS } from '../../../shared/analytics/days/form-projection';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  fillLoadInputs,
  formGoal,
  getWellness,
  listPlans,
  readFormChoice,
  readStoredTraining,
  updateTrainingLog,
} from '../../db/first-screen';
import { useFormat } from '../common/format-context';
import { TodayReflections } from '../journal/TodayReflections';
import { counted } from '../common/plural';
import { useServices } from '../common/services';
import { useLiveQuery } from '../common/use-live-query';
import type { ViewProps } from '../common/view-props';
import { CheckIn } from './CheckIn';
import { FormSummary } from './FormSummary';
import { FormTarget } from './FormTarget';
import { TodayPlan } from './TodayPlan';
import { trainingPicture } from './training-picture';
import { YesterdaySessions } from './YesterdaySessions';

export function TodayView({ onOpenSession }: ViewProps) {
  const { db } = useServices();
  // Read once per mount: a panel left open past midnight shows the new day when the view is opened again.
  const today = localDay();
  const date = localIsoDate();
  const picture = useLiveQuery(async () => {
    const [training, ahead, choice] = await Promise.all([
      readStoredTraining(db, today, today - 1),
      listPlans(db, { from: date, to: dayToIsoDate(today + PROJECTION_DAYS - 1) }),
      readFormChoice(db),
    ]);
    const outlook = training.log && formOutlook(training.log, today, ahead, formGoal(choice));
    return { ...trainingPicture(training, today), outlook, stale: training.stale, built: training.log !== null };
  }, [db, today]);
  const plans = useLiveQuery(() => listPlans(db, { from: date, to: date }), [db, date]);
  const checkIn = useLiveQuery(() => getWellness(db, date), [db, date]);
  const readError = picture.error ?? plans.error ?? checkIn.error;
  const format = useFormat();
  const withoutInputs = picture.value?.withoutInputs ?? [];
  const [fillError, setFillError] = useState<string | null>(null);
  // The stored log catches up with what changed since it was last read (stored-training.ts); the live query then
  // reads it again. Opening costs the same whatever the library's size.
  // One update at a time; a read still stale after it (written to meanwhile) starts the next.
  const stale = picture.value?.stale === true;
  const updating = useRef(false);
  const [updateError, setUpdateError] = useState<string | null>(null);
  useEffect(() => {
    if (!stale || updating.current) return;
    updating.current = true;
    updateTrainingLog(db)
      .then(() => setUpdateError(null))
      .catch((e: unknown) => setUpdateError(e instanceof Error ? e.message : String(e)))
      .finally(() => (updating.current = false));
  }, [db, stale, picture.value]);
  const error = readError ?? (updateError === null ? null : new Error(updateError));
  // Older rows get their load inputs once; the live query then re-scores them from their samples' inputs.
  // Started when some appear, not again on every re-read while they are being filled.
  const filling = withoutInputs.length > 0;
  useEffect(() => {
    if (filling)
      fillLoadInputs(db, withoutInputs).catch((e: unknown) => setFillError(e instanceof Error ? e.message : String(e)));
  }, [db, filling]);

  return (
    <div class="today-view">
      <h2>Today</h2>
      {error && <p role="alert">Your training could not be read from this browser's storage: {error.message}</p>}
      {picture.value?.built === false && picture.value.stale && (
        <p class="today-note" role="status">
          Adding up your training…
        </p>
      )}
      {picture.value?.today === null && !picture.value.stale && (
        <p class="today-empty">
          Nothing here yet. Import your training to see your form: drop FIT, GPX or TCX files, folders or your
          Strava/Garmin export zip anywhere on this panel.
        </p>
      )}
      {filling && (
        <p class="today-note" role="status">
          {fillError === null
            ? `Reading the samples of ${counted(withoutInputs.length, 'older session', 'older sessions', format.number)} to score them as their details do…`
            : `The loads of ${counted(withoutInputs.length, 'older session', 'older sessions', format.number)} come from summaries only: their samples could not be read (${fillError}). Reopen Today to try again.`}
        </p>
      )}
      {picture.value?.today && (
        <FormSummary
          today={picture.value.today}
          days={picture.value.days}
          unscored={picture.value.unscored}
          estimated={picture.value.estimated}
        />
      )}
      {picture.value?.today && picture.value.outlook && <FormTarget outlook={picture.value.outlook} />}
      {plans.value && <TodayPlan plans={plans.value} />}
      {picture.value && picture.value.sessions > 0 && (
        <YesterdaySessions sessions={picture.value.yesterday} onOpenSession={onOpenSession} />
      )}
      {checkIn.value !== undefined && <CheckIn date={date} existing={checkIn.value ?? undefined} />}
      <TodayReflections onOpenSession={onOpenSession} />
    </div>
  );
}
