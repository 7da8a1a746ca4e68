// Three ISO weeks (the one chosen and its neighbours) of planned and done
// sessions with compliance, moved a week at a time.
import { weekStartDay } from '../../../shared/analytics';
import { useServices } from '../common/services';
import { useLiveQuery } from '../common/use-live-query';
import type { CalendarProps } from './calendar-props';
import { buildCalendar } from './plan-calendar';
import { readPlanWeeks } from './plan-weeks-query';
import { WeekdayNames } from './WeekdayNames';
import { WeekRow } from './WeekRow';

/** The weeks shown: the chosen one, with one before and one after. */
const WEEKS_SHOWN = 3;

export function ThreeWeeks({ anchor, onAnchor, today, actions }: CalendarProps) {
  const { db } = useServices();
  const centre = weekStartDay(anchor);
  const first = centre - 7;
  const last = first + WEEKS_SHOWN * 7 - 1;
  const data = useLiveQuery(() => readPlanWeeks(db, first, last), [db, first]);
  const weeks = data.value && buildCalendar(first, WEEKS_SHOWN, data.value, today);
  return (
    <>
      <nav class="plan-nav" aria-label="Weeks">
        <button type="button" onClick={() => onAnchor((a) => a - 7)}>
          Previous week
        </button>
        <button type="button" onClick={() => onAnchor(today)} disabled={centre === weekStartDay(today)}>
          This week
        </button>
        <button type="button" onClick={() => onAnchor((a) => a + 7)}>
          Next week
        </button>
      </nav>
      {data.error && <p role="alert">The plan could not be read from this browser's storage: {data.error.message}</p>}
      {weeks && (
        <div class="plan-calendar">
          <WeekdayNames />
          {weeks.map((week) => (
            <WeekRow key={week.monday} week={week} today={today} actions={actions} />
          ))}
        </div>
      )}
    </>
  );
}
