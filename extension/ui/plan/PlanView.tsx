// The Plan view: three ISO weeks (the one chosen and its neighbours) of
// planned and done sessions with compliance, moved a week at a time, and a
// form to add a planned session.
import { useEffect, useRef, useState } from 'preact/hooks';
import { dayToIsoDate, isoDateToDay, weekStartDay } from '../../../shared/analytics';
import type { PlanRow } from '../../db';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { useLiveQuery } from '../common/use-live-query';
import type { ViewProps } from '../common/view-props';
import { AddPlanForm } from './AddPlanForm';
import { DeletePlanPrompt } from './DeletePlanPrompt';
import { buildCalendar } from './plan-calendar';
import { dayMs, localToday } from './plan-days';
import { readPlanWeeks } from './plan-weeks-query';
import { WeekRow } from './WeekRow';
import { WorkoutForm } from './WorkoutForm';

/** The weeks shown: the chosen one, with one before and one after. */
const WEEKS_SHOWN = 3;

export function PlanView({ onOpenSession }: ViewProps) {
  const { db } = useServices();
  const today = localToday();
  const [centre, setCentre] = useState(() => weekStartDay(today));
  const first = centre - 7;
  const last = first + WEEKS_SHOWN * 7 - 1;
  const data = useLiveQuery(() => readPlanWeeks(db, first, last), [db, first]);
  const weeks = data.value && buildCalendar(first, WEEKS_SHOWN, data.value, today);
  const [toDelete, setToDelete] = useState<PlanRow | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const askDelete = (plan: PlanRow) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setToDelete(plan);
  };
  // When the question closes, focus goes back to the button that asked it (if its plan is still there).
  useEffect(() => {
    if (toDelete === null && opener.current?.isConnected) opener.current.focus();
  }, [toDelete]);

  return (
    <div class="view plan-view">
      <h2 class="visually-hidden">Plan</h2>
      <nav class="plan-nav" aria-label="Weeks">
        <button type="button" onClick={() => setCentre((c) => c - 7)}>
          Previous week
        </button>
        <button type="button" onClick={() => setCentre(weekStartDay(today))} disabled={centre === weekStartDay(today)}>
          This week
        </button>
        <button type="button" onClick={() => setCentre((c) => c + 7)}>
          Next week
        </button>
      </nav>
      {data.error && <p role="alert">The plan could not be read from this browser's storage: {data.error.message}</p>}
      {toDelete && <DeletePlanPrompt plan={toDelete} onClose={() => setToDelete(null)} />}
      {weeks && (
        <div class="plan-calendar">
          <WeekdayNames />
          {weeks.map((week) => (
            <WeekRow key={week.monday} week={week} today={today} onOpenSession={onOpenSession} onDelete={askDelete} />
          ))}
        </div>
      )}
      <AddPlanForm defaultDate={dayToIsoDate(today)} onSaved={(date) => setCentre(weekStartDay(isoDateToDay(date)))} />
      <WorkoutForm today={dayToIsoDate(today)} onSaved={(date) => setCentre(weekStartDay(isoDateToDay(date)))} />
    </div>
  );
}

/** Monday to Sunday in the browser's language, above the columns (each cell also names its full date for screen readers). */
function WeekdayNames() {
  const { locale } = useFormat();
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // Day 4 (1970-01-05) was a Monday.
  return (
    <ol class="plan-weekdays" aria-hidden="true">
      {Array.from({ length: 7 }, (_, i) => (
        <li key={i}>{weekday.format(dayMs(4 + i))}</li>
      ))}
    </ol>
  );
}
